import type { Rule, RuleFinding } from '../types.js';
import { FIRST_PERSON, defineLexicon, q } from '../text/index.js';
import { findDatesOfBirth } from './identifiers.js';
import { patientContext } from './context.js';
import { tokensOf } from './shared.js';

/** Words that introduce a date of birth; the date pattern only runs where one occurs. */
const DOB_CUES = defineLexicon('confidentiality/dob-cues', 'dob\nd o b\ndate of birth\nborn');

/** A full date with a year of birth ("14.07.2003", "3/11/1948"). */
const FULL_DATE = /\b(\d{1,2})[./-](\d{1,2})[./-]((?:19|20)\d{2})\b/g;
/** Just before the date: initials ("K.T."), a titled name ("Mrs Dale") or a first name and surname ("Jean Hirst,"). */
const NAMED_BEFORE = /(?:\b[A-Z]\.\s?[A-Z]\.(?:\s?[A-Z]\.)?|\b(?:Mr|Mrs|Ms|Miss|Mx)\.?\s+[A-Z][A-Za-z'-]+|\b[A-Z][a-z]+\s+[A-Z][a-z'-]+)[\s,:(-]*$/;
/** Words of care that make a person's date of birth a patient's ("your blood results", "the ward"). */
const CARE_WORDS = new Set(['results', 'bloods', 'blood', 'ward', 'clinic', 'mau', 'ed', 'a&e', 'discharge', 'discharged', 'admitted', 'admission', 'appointment', 'referral', 'scan', 'x-ray', 'notes', 'gp', 'nhs', 'patient', 'pt']);
const LAST_BIRTH_YEAR = 2015;

/**
 * Fourth pass (issue 6): a date with a year of birth written straight after a person's initials or name, with no "DOB"
 * ("K.T. 14.07.2003 — ring me, your blood results are fine"), in a post about care. Appointment and booking dates are
 * recent years; a birth year ends by 2015 here.
 */
function namedDates(t: Parameters<Rule['check']>[1]['text']): RuleFinding[] {
  const out: RuleFinding[] = [];
  let about: boolean | undefined;
  for (const m of t.text.matchAll(FULL_DATE)) {
    const day = Number(m[1]);
    const month = Number(m[2]);
    const year = Number(m[3]);
    if (day < 1 || day > 31 || month < 1 || month > 12 || year > LAST_BIRTH_YEAR) continue;
    if (!NAMED_BEFORE.test(t.text.slice(Math.max(0, m.index - 40), m.index))) continue;
    about ??= patientContext(t) || t.findKey(0, t.tokens.length, CARE_WORDS) >= 0;
    if (!about) continue;
    const ev = t.rawSpan(m.index, m.index + m[0].length);
    out.push({
      topic: 'confidentiality.identifier',
      severity: 'high',
      confidence: 0.75,
      message: `Gives what looks like a person's date of birth next to their name or initials (${q(ev)}). With a name, a date of birth identifies a service user.`,
      evidence: [ev],
    });
  }
  return out;
}

export const dateOfBirthRule: Rule = {
  meta: {
    id: 'confidentiality/date-of-birth',
    concern: 'confidentiality',
    topics: ['confidentiality.identifier'],
    description: 'Dates of birth ("DOB 12/03/1948", "born on 3rd March 1948"), unless clearly the user\'s own.',
    severity: 'high',
  },
  check(_post, { text: t }) {
    if (t.digits >= 6 && !t.has(DOB_CUES)) return namedDates(t);
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
