import type { TextAnalysis } from '../text/index.js';
import { defineLexicon, loadLexicon } from '../text/index.js';

export const ID_CONTEXT = loadLexicon(new URL('./id-context.txt', import.meta.url));

/**
 * Fifth pass (issue 6): notices of a service or an event to the public ("New hours for the student SLT service",
 * "No booking needed", "Free blood pressure checks outside ...", "New address from Monday", "I'm speaking at ..."):
 * the places, days and numbers in them are the service's, not a service user's. Written by the project (MIT).
 */
export const ANNOUNCE = defineLexicon(
  'confidentiality/announce',
  [
    'new/opening/clinic/summer/winter/christmas/easter opening/clinic hours',
    'new/opening/clinic/summer/winter/christmas/easter hours',
    'no booking/appointment/referral/appointments needed/required/necessary',
    'drop-in/drop_in session/sessions/clinic/clinics/event',
    'referrals/self-referrals/self-referral through/via/welcome',
    'self-refer/self_refer',
    'free blood_pressure/bp/health/hearing/eye/mole/skin/posture/foot/balance/diabetes checks/check/screening/screenings/assessments/mot/mots',
    'our/my new address/premises/location/base',
    'new address from',
    "we've/we_have/we're/we_are/we_are_now/we've_now moved/moving",
    "i'm/i_am/we're/we_are speaking/presenting at/on",
    'come [and] say hi/hello',
  ].join('\n'),
);

/** Token range [a, b) covering original text [start, end). */
export function tokensOf(t: TextAnalysis, start: number, end: number): [number, number] {
  const a = t.tokenAt(start);
  if (a < 0) return [t.tokens.length, t.tokens.length];
  let b = a;
  while (b < t.tokens.length && t.span(b, b + 1).start < end) b++;
  return [a, Math.max(b, a + 1)];
}

/** A context word of the given kind within `before` tokens before or `after` tokens after [a, b). */
export function contextNear(t: TextAnalysis, a: number, b: number, kind: string, before = 8, after = 6): boolean {
  for (const h of t.hits(ID_CONTEXT)) {
    if (h.entry.tag !== kind) continue;
    if (h.t1 <= a && a - h.t1 <= before) return true;
    if (h.t0 >= b && h.t0 - b <= after) return true;
    if (h.t0 >= a && h.t1 <= b) return true;
  }
  return false;
}

/**
 * A post that advertises a service ("taking bookings", "enquiries", "book now", "open Saturdays"):
 * its phone numbers and addresses are the business's, not a patient's. (Second pass for issue 6.)
 */
const BUSINESS = new Set(['bookings', 'booking', 'enquiries', 'enquiry', 'appointments', 'opening', 'prices', 'consultations', 'availability', 'slots']);
const BOOK_AFTER = new Set(['now', 'in', 'online', 'today', 'your', 'a', 'an', 'via', 'with', 'on']);
export function businessPost(t: TextAnalysis): boolean {
  if (t.findKey(0, t.tokens.length, BUSINESS) >= 0 || t.has(ANNOUNCE)) return true;
  for (let i = 0; i < t.tokens.length; i++) {
    const k = t.key(i);
    if ((k === 'book' || k === 'open') && (BOOK_AFTER.has(t.key(i + 1)) || t.key(i - 1) === 'to' || t.key(i - 1) === 'now')) return true;
  }
  return false;
}

/** "ring 0113 ...", "call us on ...", "text 07700 ...": a number offered to the reader, not someone else's. */
const OFFER = new Set(['ring', 'call', 'phone', 'text', 'whatsapp', 'dial', 'tel', 'tel:', 'contact']);
export function offeredNumber(t: TextAnalysis, a: number): boolean {
  const p = t.key(a - 1);
  if (OFFER.has(p)) return t.sentenceOf(a - 1).t0 === a - 1 || !THIRD_OWNER.has(t.key(a - 2));
  return p === 'on' && (OFFER.has(t.key(a - 2)) || (t.key(a - 2) === 'us' && OFFER.has(t.key(a - 3))));
}
const THIRD_OWNER = new Set(['his', 'her', 'their', "patient's", "mum's", "dad's", "client's", "carer's"]);
