/** Helpers the trust rules share: who did it, and whether they were at work. */
import type { Hit, TextAnalysis } from '../text/index.js';
import { FIRST_PERSON, THIRD_PERSON } from '../text/index.js';
import { PATIENT, workRefs } from '../common/lexicons.js';

/** People other than the poster who can be the subject ("the patient was drunk"). */
const OTHERS = new Set([
  ...THIRD_PERSON, 'man', 'woman', 'guy', 'bloke', 'lad', 'girl', 'boy', 'people', 'everyone', 'someone', 'somebody', 'anyone', 'driver', 'drivers',
  'mum', 'dad', 'family', 'relatives', 'relative', 'drunks', 'students', 'student', 'colleague', 'colleagues', 'manager', 'friend', 'friends', 'mate',
  'mates', 'husband', 'wife', 'partner', 'boyfriend', 'girlfriend', 'kids', 'lads', 'girls', 'folk', 'punters', 'customers', 'fans', 'crowd', 'lady', 'gent',
  'gentleman', 'teenager', 'teenagers', 'youths', 'he', 'she', 'they', 'who', 'bro', 'brother', 'sister',
]);

export type Subject = 'self' | 'implicit' | 'other';

/** Who the hit is about: the nearest person word before it in its sentence decides. */
export function subjectOf(t: TextAnalysis, h: Hit): Subject {
  const sent = t.sentenceOf(h.t0);
  const patients = t.hits(PATIENT);
  for (let i = h.t0 - 1; i >= sent.t0; i--) {
    const k = t.key(i);
    if (FIRST_PERSON.has(k)) return 'self';
    if (OTHERS.has(k) || patients.some((p) => p.t0 <= i && p.t1 > i)) return 'other';
  }
  return 'implicit';
}

/** An explicit I/we before the hit in its sentence. */
export function explicitSelf(t: TextAnalysis, h: Hit): boolean {
  return subjectOf(t, h) === 'self';
}

/** Work context that places the poster on duty (not "after my shift" or "post nights"). */
export function onDuty(t: TextAnalysis): Hit | undefined {
  for (const w of workRefs(t)) {
    if (t.negated(w.t0)) continue; // "not on shift till Monday"
    const first = t.key(w.t0);
    const before = t.key(w.t0 - 1);
    if (first === 'after' || before === 'after' || before === 'post' || first === 'post') continue;
    return w;
  }
  return undefined;
}
