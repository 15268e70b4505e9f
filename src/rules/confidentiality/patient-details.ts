import type { Rule } from '../types.js';
import { qList, tidy } from '../text/index.js';
import { PATIENT, patientRefs } from '../common/lexicons.js';
import { CONDITIONS, FAMOUS, NAME_CUES, PLACE_WORDS, RECENCY, ROLES, ages, evidenceOf, locations, names, towns, type Piece } from './context.js';

/**
 * How much each kind of detail narrows down who a patient is. A post is flagged when it is about a
 * patient and either names a place, a name or a famous person, or adds up to three points.
 */
const WEIGHT = { location: 2, name: 2, famous: 3, age: 1, condition: 1, when: 1, town: 1, role: 1 } as const;

/** Someone is being described, not a piece of equipment ("bed 4 is broken"). */
const PERSON = new Set([
  'he', 'she', 'him', 'her', 'his', 'hers', "he's", "she's", 'lady', 'gent', 'gentleman', 'man', 'woman', 'chap', 'fella', 'bloke', 'guy', 'girl', 'boy',
  'baby', 'child', 'kid', 'toddler', 'mum', 'dad', 'gran', 'nan', 'granny', 'grandad', 'family', 'relatives', 'son', 'daughter', 'wife', 'husband', 'lad',
  'sir', 'madam', 'bless', 'legend', 'twins', 'triplets',
]);

export const patientDetailsRule: Rule = {
  meta: {
    id: 'confidentiality/patient-details',
    concern: 'confidentiality',
    topics: ['confidentiality.identifiable'],
    description: 'Combinations of details that can identify a patient: bed/bay/ward numbers, names or initials, age with condition and place or date, famous patients.',
    severity: 'high',
  },
  check(_post, { text: t, ownAccounts }) {
    // Cheap exit: nothing here is about a patient.
    if (!t.has(PLACE_WORDS) && !t.has(FAMOUS) && !t.has(CONDITIONS) && !t.has(NAME_CUES) && !t.has(ROLES) && !(t.digits > 0 && t.has(PATIENT))) return [];
    const refs = patientRefs(t, true);
    const locs = locations(t);
    const famous = t.hits(FAMOUS);
    if (refs.length === 0 && locs.length === 0 && famous.length === 0) return [];
    const ageList = ages(t);
    const conditions = t.hits(CONDITIONS);
    const nameList = names(t, ownAccounts);
    // "Jean, 84, ...", "Derek (84)": a capitalised word just before an age names the person.
    for (const a of ageList) {
      const i = a.t0 - 1;
      if (i >= 0 && t.capitalised(i) && /^[a-z][a-z'-]+$/.test(t.key(i)) && !['the', 'a', 'our', 'my', 'aged', 'age'].includes(t.key(i))) nameList.push({ t0: i, t1: i + 1 });
    }
    // "Gary from bed 9": a capitalised word (not starting the sentence) just before "in/from bed N".
    const namedAt = locs.some((l) => ['in', 'from', 'on'].includes(t.key(l.t0 - 1)) && l.t0 >= 2 && t.capitalised(l.t0 - 2) && t.sentenceOf(l.t0).t0 !== l.t0 - 2);
    const person = namedAt || t.findKey(0, t.tokens.length, PERSON) >= 0 || nameList.length > 0 || ageList.length > 0 || conditions.length > 0;
    const anchored =
      refs.length > 0 ||
      (person && locs.some((l) => ['bed', 'bay', 'cubicle', 'resus', 'majors', 'minors', 'side', 'trolley', 'chair', 'cot', 'incubator', 'isolette'].includes(t.key(l.t0)))) ||
      (ageList.length > 0 && conditions.length > 0) ||
      (nameList.length > 0 && locs.length > 0);
    if (!anchored) return [];
    const when = t.hits(RECENCY);
    const townList = towns(t);
    const roles = t.hits(ROLES);
    const score =
      (townList.length ? WEIGHT.town : 0) +
      (roles.length ? WEIGHT.role : 0) +
      (locs.length ? WEIGHT.location : 0) +
      (nameList.length ? WEIGHT.name : 0) +
      (famous.length ? WEIGHT.famous : 0) +
      (ageList.length ? WEIGHT.age : 0) +
      (conditions.length ? WEIGHT.condition : 0) +
      (when.length ? WEIGHT.when : 0);
    // A role at a named place ("the vicar from St Mark's") points to one person as surely as a name.
    const roleAtPlace = roles.length > 0 && (locs.length > 0 || townList.length > 0);
    const strongDetail = locs.length > 0 || nameList.length > 0 || famous.length > 0 || roleAtPlace;
    if (!strongDetail && score < 3) return [];
    // Ages and conditions alone are a teaching case, not a person.
    if (!strongDetail && !(when.length > 0 && (ageList.length > 0 || refs.length > 0))) return [];
    const pieces: Piece[] = [...locs, ...nameList, ...famous, ...roles.slice(0, 1), ...townList.slice(0, 2), ...ageList, ...conditions.slice(0, 2), ...when.slice(0, 1), ...refs.slice(0, 1)];
    const evidence = tidy(evidenceOf(t, pieces));
    const high = score >= 4 || nameList.length > 0 || famous.length > 0 || roleAtPlace;
    return [
      {
        topic: 'confidentiality.identifiable',
        severity: high ? 'high' : 'medium',
        confidence: Math.min(0.95, 0.5 + score * 0.08),
        message: `Describes a patient with details that could identify them (${qList(evidence.slice(0, 4))}). Together, details like these can let others recognise a service user.`,
        evidence,
      },
    ];
  },
};
