import { isValidPhoneNumber } from 'libphonenumber-js';
import type { Rule, RuleFinding } from '../types.js';
import type { TextAnalysis } from '../text/index.js';
import { FIRST_PERSON, q } from '../text/index.js';
import { patientRefs } from '../common/lexicons.js';
import { FAMILY } from '../common/people.js';
import { findUkPhones, type Found } from './identifiers.js';
import { businessPost, offeredNumber, tokensOf } from './shared.js';

/** Someone else's number: "her number", "the patient's mobile", "his daughter", "Jean Begum's son". */
const THIRD = new Set([
  'his', 'her', 'their', 'him', 'them', "patient's", "patients'", "mum's", "dad's", "wife's", "husband's", "daughter's", "son's", "family's", "carer's",
  "relative's", "partner's", "brother's", "sister's", "mother's", "father's", "granddaughter's", "grandson's", "resident's", "client's", 'nok', "nok's", 'kin',
]);
/** Determiners that make a family word someone else's ("his daughter", "the son") or the user's own ("my mum"). */
const THEIRS = new Set(['his', 'her', 'their', 'the', 'a', 'whose', "patient's", "patients'"]);
/** The user's own or their organisation's number ("call us", "our clinic", "the duty line"): not a patient's. */
const OWN = new Set([
  ...FIRST_PERSON, 'bookings', 'booking', 'enquiries', 'appointments', 'reception', 'helpline', 'freephone', 'line', 'hub', 'team', 'clinic', 'office', 'service',
  'switchboard', 'desk', 'department', 'practice', 'surgery', 'ward', 'unit', 'hospital', 'pharmacy', 'centre', 'number:', 'tel', 'telephone', 'contact',
]);
/** Words that make a run of digits a phone number, for numbers libphonenumber-js does not accept. */
const PHONE_WORDS = new Set(['phone', 'mobile', 'mob', 'number', 'no', 'tel', 'landline', 'ring', 'ringing', 'rang', 'call', 'calling', 'called', 'text', 'texting', 'whatsapp', 'on', 'contact', 'callback', 'reach', 'dial', 'from']);

const CALL_VERBS = new Set(['rang', 'rings', 'ring', 'ringing', 'called', 'calls', 'calling', 'phoned', 'phones', 'phoning', 'texted', 'texts', 'texting', 'messaged', 'whatsapped', 'buzzed']);
const PERSONISH = new Set(['family', 'mum', 'dad', 'lady', 'man', 'woman', 'gent', 'bloke', 'lad', 'girl', 'boy', 'client', 'patient', 'carer', 'daughter', 'son', 'wife', 'husband', 'resident', 'fella', 'couple']);
/** Whose number: the nearest owner word before it decides ("gave me HIS number" vs "text ME on"), then a possessive name. */
function ownerOf(t: TextAnalysis, a: number, b: number): 'patient' | 'own' | null {
  const refs = patientRefs(t);
  // (Sixth pass: back to the start of the number's sentence when that is longer, up to 14 words: "client's number if anyone
  // on duty tonight needs it, she's in crisis: 07700 ...".)
  for (let i = a - 1; i >= Math.max(0, Math.min(a - 10, Math.max(t.sentenceOf(a).t0, a - 14))); i--) {
    const k = t.key(i);
    if (THIRD.has(k) || refs.some((r) => r.t0 <= i && r.t1 > i)) return 'patient';
    // Sixth pass (issue 6): "my client", "our service user": the poster's own service user, whose "my" owns no number.
    // (Only as the object of a call: "ring my client back on ...", not "my clients can ring me on ...".)
    if ((t.key(i - 1) === 'my' || t.key(i - 1) === 'our') && (CALL_VERBS.has(t.key(i - 2)) || CALL_BASE.has(t.key(i - 2))) && patientRefs(t, true).some((r) => r.t0 === i && r.entry.tag !== 'event')) return 'patient';
    // "his daughter", "Jean Begum's son" are someone else's family; "my mum" is the user's own.
    if (FAMILY.has(k.replace(/'s$/, '')) && k !== 'friend') {
      const d = t.key(i - 1);
      if (d === 'my' || d === 'our') return 'own';
      if (THEIRS.has(d) || d.endsWith("'s") || k.endsWith("'s")) return 'patient';
    }
    // "Jean Begum's son", "Mr Hepworth's": a named person's number.
    if (k.endsWith("'s") && t.capitalised(i) && t.sentenceOf(i).t0 !== i) return 'patient';
    // (Fifth pass: not "me" called by someone, "patient's mum rang me on 07700 ...", nor "I" inside a clause about someone
    // else, "the family I'm supporting can be reached on ...": the caller or that someone owns the number.)
    if (OWN.has(k) && !(FIRST_PERSON.has(k) && (CALL_VERBS.has(t.key(i - 1)) || PERSONISH.has(t.key(i - 1)) || t.key(i - 1) === 'who' || t.key(i - 1) === 'that'))) return 'own';
  }
  if (t.findKey(b, Math.min(t.tokens.length, b + 4), THIRD) >= 0) return 'patient';
  return null;
}

/** A third person's word within three tokens before the number ("her mobile 07700 ...", "ring his daughter on ..."). */
function nearThird(t: TextAnalysis, a: number): boolean {
  if (t.findKey(Math.max(0, a - 3), a, THIRD) >= 0) return true;
  // Sixth pass (issue 6): a service user as the object of the call verb ("can u ring my client back on 07700 ...", "text the
  // patient on ..."): the number is theirs, not one offered to the reader.
  const refs = patientRefs(t);
  return refs.some((r) => r.entry.tag !== 'event' && r.t1 <= a && a - r.t1 <= 3 && t.findKey(Math.max(0, r.t0 - 3), r.t0, CALL_VERBS) >= 0);
}
const CALL_BASE = new Set(['call', 'phone', 'text', 'message', 'whatsapp', 'contact']);
/** Sixth pass (issue 6): words that name a phone number outright, looked for back to the start of its sentence ("client's number if anyone needs it: 07700 ..."). */
const STRONG_PHONE_WORDS = new Set(['number', "number's", 'mobile', 'phone', 'landline', 'tel', 'mob']);

export const phoneNumberRule: Rule = {
  meta: {
    id: 'confidentiality/phone-number',
    concern: 'confidentiality',
    topics: ['confidentiality.identifier'],
    description:
      "UK phone numbers (a UK pattern of our own, validated by libphonenumber-js or by a phone word near it, so Ofcom's drama ranges count) given as a patient's or their family's. The user's own or a business number is not flagged.",
    severity: 'high',
  },
  check(_post, { text: t }) {
    // Expensive: only posts with enough digits for a UK number and someone else to own it.
    if (t.digits < 10) return [];
    // A UK-shaped number must be there before anything else runs (libphonenumber-js is the expensive part).
    const shaped = findUkPhones(t.text);
    if (shaped.length === 0) return [];
    const refs = patientRefs(t);
    if (refs.length === 0 && patientRefs(t, true).length === 0 && t.findKey(0, t.tokens.length, THIRD) < 0 && !/[A-Z][a-z]+'s\b/.test(t.text) && t.findKey(0, t.tokens.length, FAMILY) < 0) return [];
    // Each UK-shaped number counts if libphonenumber-js accepts it as a valid GB number, or, for the
    // ranges it rejects (Ofcom's drama numbers), if a phone word stands near it ("mobile", "ring", "on").
    const found: Found[] = [];
    for (const f of shaped) {
      const [a] = tokensOf(t, f.start, f.end);
      // (Fifth pass: "Her number's 07700 ...": a phone word with "'s".)
      if (t.findKey(Math.max(0, a - 5), a, PHONE_WORDS) >= 0 || PHONE_WORDS.has(t.key(a - 1).replace(/'s$/, '')) || t.findKey(Math.max(t.sentenceOf(a).t0, a - 14), a, STRONG_PHONE_WORDS) >= 0 || isValidPhoneNumber(f.text, 'GB')) found.push(f);
    }
    const out: RuleFinding[] = [];
    const business = found.length > 0 && businessPost(t);
    for (const m of found) {
      const [a, b] = tokensOf(t, m.start, m.end);
      if (ownerOf(t, a, b) !== 'patient') continue;
      // "Taking bookings ... ring 0113 496 0456": in an advert, or offered to the reader, the number is the business's,
      // unless a third person's word stands right before it ("his mobile is ...").
      if ((business || offeredNumber(t, a)) && !nearThird(t, a)) continue;
      const ev = t.rawSpan(m.start, m.end);
      out.push({
        topic: 'confidentiality.identifier',
        severity: 'high',
        confidence: 0.8,
        message: `Gives a phone number (${q(ev)}) that appears to belong to a patient or their family. Contact details identify a service user and must stay confidential.`,
        evidence: [ev],
      });
    }
    return out;
  },
};
