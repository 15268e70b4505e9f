import type { Rule, RuleFinding } from '../types.js';
import { FIRST_PERSON, defineLexicon, q } from '../text/index.js';
import { findDatesOfBirth } from './identifiers.js';
import { patientContext } from './context.js';
import { tokensOf } from './shared.js';

/** Words that introduce a date of birth; the date pattern only runs where one occurs. */
const DOB_CUES = defineLexicon('confidentiality/dob-cues', 'dob\nd o b\ndate of birth\nborn');

export const dateOfBirthRule: Rule = {
  meta: {
    id: 'confidentiality/date-of-birth',
    concern: 'confidentiality',
    topics: ['confidentiality.identifier'],
    description: 'Dates of birth ("DOB 12/03/1948", "born on 3rd March 1948"), unless clearly the user\'s own.',
    severity: 'high',
  },
  check(_post, { text: t }) {
    if (t.digits < 4 || !t.has(DOB_CUES)) return [];
    const out: RuleFinding[] = [];
    for (const d of findDatesOfBirth(t.text)) {
      const [a] = tokensOf(t, d.start, d.end);
      // "my DOB", "I was born on ...": the user's own.
      if (t.findKey(Math.max(t.sentenceOf(a).t0, a - 3), a, FIRST_PERSON) >= 0) continue;
      // A labelled date of birth ("DOB", "date of birth") of someone other than the poster is an identifier by itself.
      const labelled = !d.label.startsWith('born');
      const patient = patientContext(t) || labelled;
      if (!patient && d.label.startsWith('born')) continue;
      const ev = t.rawSpan(d.start, d.end);
      out.push({
        topic: 'confidentiality.identifier',
        severity: patient ? 'high' : 'medium',
        confidence: patient ? 0.85 : 0.55,
        message: `Gives a date of birth (${q(ev)}). With almost anything else, a date of birth identifies a person, so it must not be shared about a service user.`,
        evidence: [ev],
      });
    }
    return out;
  },
};
