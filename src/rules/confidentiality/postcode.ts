import type { Rule, RuleFinding } from '../types.js';
import { FIRST_PERSON, q } from '../text/index.js';
import { findPostcodes } from './identifiers.js';
import { patientContext } from './context.js';
import { ID_CONTEXT, businessPost, contextNear, tokensOf } from './shared.js';

const PERSON = new Set(['he', 'she', 'him', 'her', 'his', 'man', 'woman', 'lady', 'gent', 'fella', 'bloke', 'lad', 'girl', 'boy', 'mum', 'dad', 'family', 'client', 'kids', 'child']);

const OWN = new Set([...FIRST_PERSON, 'clinic', 'practice', 'venue', 'office', 'surgery', 'studio', 'conference']);
const OWN_AFTER = new Set(['our', 'us', 'clinic', 'practice', 'venue', 'office', 'studio', 'conference']);

export const postcodeRule: Rule = {
  meta: {
    id: 'confidentiality/postcode',
    concern: 'confidentiality',
    topics: ['confidentiality.identifier'],
    description: 'Full UK postcodes (Presidio\'s strict pattern) in a post about a patient. A business address on its own is not flagged.',
    severity: 'high',
  },
  check(_post, { text: t }) {
    if (t.digits < 2) return [];
    const found = findPostcodes(t.text);
    if (found.length === 0) return [];
    // "postcode is WF13 2AB ..., elderly man on the floor": an address word and one person stand in for a patient word.
    const context = patientContext(t) || (t.has(ID_CONTEXT) && t.findKey(0, t.tokens.length, PERSON) >= 0);
    if (!context) return [];
    // An advert ("bookings", "book now", "open Saturdays") gives the business's own address.
    const business = businessPost(t);
    const out: RuleFinding[] = [];
    for (const p of found) {
      const [a, b] = tokensOf(t, p.start, p.end);
      // "find us at ...", "our clinic is at ...": the user's or their organisation's address.
      // (Words after it count only when they say whose: "SE11 4BU (our clinic)", not "on my way home".)
      if (t.findKey(Math.max(0, a - 8), a, OWN) >= 0 || t.findKey(b, b + 3, OWN_AFTER) >= 0) continue;
      if (business && t.findKey(Math.max(0, a - 8), a, PERSON) < 0) continue;
      const address = contextNear(t, a, b, 'address');
      const ev = t.rawSpan(p.start, p.end);
      out.push({
        topic: 'confidentiality.identifier',
        severity: 'high',
        confidence: address ? 0.9 : 0.75,
        message: `Gives a full postcode (${q(ev)}) in a post about a patient. A postcode narrows a person down to a handful of homes, so it can identify a service user.`,
        evidence: [ev],
      });
    }
    return out;
  },
};
