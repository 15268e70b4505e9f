import { findPhoneNumbersInText } from 'libphonenumber-js';
import type { Rule, RuleFinding } from '../types.js';
import { FIRST_PERSON, q } from '../text/index.js';
import { patientRefs } from '../common/lexicons.js';
import { tokensOf } from './shared.js';

/** Someone else's number: "her number", "the patient's mobile". */
const THIRD = new Set(['his', 'her', 'their', "patient's", "patients'", "mum's", "dad's", "wife's", "husband's", "daughter's", "son's", "family's", 'him', 'them']);
/** The user's own or their organisation's number ("call us", "our clinic"): not a patient's. */
const OWN = new Set([...FIRST_PERSON, 'bookings', 'enquiries', 'appointments', 'reception', 'helpline', 'freephone']);

export const phoneNumberRule: Rule = {
  meta: {
    id: 'confidentiality/phone-number',
    concern: 'confidentiality',
    topics: ['confidentiality.identifier'],
    description: 'UK phone numbers (libphonenumber-js) given as a patient\'s or their family\'s. The user\'s own or a business number is not flagged.',
    severity: 'high',
  },
  check(_post, { text: t }) {
    // Expensive: only posts with enough digits for a UK number and some patient reference.
    if (t.digits < 10) return [];
    const refs = patientRefs(t);
    if (refs.length === 0 && t.findKey(0, t.tokens.length, THIRD) < 0) return [];
    const out: RuleFinding[] = [];
    for (const m of findPhoneNumbersInText(t.text, 'GB')) {
      const [a, b] = tokensOf(t, m.startsAt, m.endsAt);
      // Whose number: the nearest owner word before it decides ("gave me HIS number" vs "text ME on").
      let owner: 'patient' | 'own' | null = null;
      for (let i = a - 1; i >= Math.max(0, a - 10) && owner === null; i--) {
        const k = t.key(i);
        if (THIRD.has(k) || refs.some((r) => r.t0 <= i && r.t1 > i)) owner = 'patient';
        else if (OWN.has(k)) owner = 'own';
      }
      if (owner === null && t.findKey(b, Math.min(t.tokens.length, b + 4), THIRD) >= 0) owner = 'patient';
      if (owner !== 'patient') continue;
      const ev = t.rawSpan(m.startsAt, m.endsAt);
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
