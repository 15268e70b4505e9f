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
  // Roles that name someone else ("the local MP was drunk as a lord", "your favourite landlord, hammered")
  'mp', 'mps', 'landlord', 'landlady', 'neighbour', 'neighbours', 'celebrity', 'footballer', 'player', 'players', 'councillor', 'politician', 'boss', 'consultant',
  'doctor', 'nurse', 'porter', 'reg', 'surgeon', 'paramedic', 'crew', 'uncle', 'aunt', 'auntie', 'nan', 'grandad', 'son', 'daughter', 'kid', 'child', 'cousin',
  'fella', 'chap', 'geezer', 'officer', 'copper', 'visitor', 'visitors', 'stag', 'groom', 'bride', 'bestie', 'housemate', 'flatmate',
  // The reader addressed in advice ("you can still be over the limit after a big night") is not the poster.
  'you', "you're", 'youre', "you've", "you'd", "you'll", 'u',
]);

/** "he's", "who's": a pronoun and "is", not a possessive. */
const CONTRACTED = new Set(["he's", "she's", "it's", "that's", "who's", "what's", "there's", "here's", "let's", "where's", "everyone's", "someone's", "somebody's", "everybody's", "one's"]);

export type Subject = 'self' | 'implicit' | 'other';

/**
 * Who the hit is about: the nearest person word before it in its sentence decides. With `owners`
 * (the hit is a thing, such as a medicine or a record), a possessive names its owner, not the doer
 * ("popped the patient's tramadol", "signed my mate's CPD log").
 */
export function subjectOf(t: TextAnalysis, h: Hit, owners = false): Subject {
  const sent = t.sentenceOf(h.t0);
  // Care events ("a home visit", "came in") are not people.
  const patients = t.hits(PATIENT).filter((p) => p.entry.tag !== 'event');
  for (let i = h.t0 - 1; i >= sent.t0; i--) {
    const k = t.key(i);
    if (FIRST_PERSON.has(k)) return 'self';
    // A possessive names an owner, not the doer ("popped the patient's tramadol", "my mate's CPD log").
    if (owners && (k.endsWith("'s") || k.endsWith("s'")) && !CONTRACTED.has(k)) continue;
    if (OTHERS.has(k) || patients.some((p) => p.t0 <= i && p.t1 > i)) return 'other';
  }
  return 'implicit';
}

/** An explicit I/we before the hit in its sentence. */
export function explicitSelf(t: TextAnalysis, h: Hit): boolean {
  return subjectOf(t, h) === 'self';
}

/** Work nouns a time can qualify: "my 8am clinic", "an early shift", "the 7am list". */
const WORK_NOUNS = new Set(['clinic', 'shift', 'list', 'round', 'rounds', 'nights', 'handover', 'placement', 'visits', 'caseload', 'theatre', 'surgery', 'start', 'assessments', 'assessment', 'sessions', 'session', 'appointments', 'patients', 'clients', 'visit', 'list']);
const TIME = /^(\d{1,2}(?:[:.]\d\d)?(?:am|pm)?|early|earlies|late|lates|morning|afternoon|evening|night|long|twelve|next|first)$/;
const OWNER = new Set(['my', 'our', 'the', 'an', 'a', 'this']);

/** "my 8am clinic", "an early shift": a time-qualified piece of work, as a hit-like range. */
function timedWork(t: TextAnalysis): Hit | undefined {
  for (let i = 1; i < t.tokens.length; i++) {
    if (!WORK_NOUNS.has(t.key(i))) continue;
    // "a 7am start" is work; "an early start" could be a flight, so a start needs a clock time.
    if (TIME.test(t.key(i - 1)) && OWNER.has(t.key(i - 2)) && (t.key(i) !== 'start' || /^\d/.test(t.key(i - 1)))) return { entry: { term: 'work', tag: 'strong', fields: [], lexicon: PATIENT }, t0: i - 2, t1: i + 1 };
    // "Clinic at 8", "shift at 7am", "on the ward at 7"
    if ((t.key(i + 1) === 'at' || t.key(i + 1) === 'from') && /^\d{1,2}(?:[:.]\d\d)?(?:am|pm)?$/.test(t.key(i + 2))) return { entry: { term: 'work', tag: 'strong', fields: [], lexicon: PATIENT }, t0: i, t1: i + 3 };
  }
  return undefined;
}

/** Words that put work behind the poster: "after my shift", "post nights", "finished nights", "done with clinic". */
const AFTER_WORK = new Set(['after', 'post', 'finished', 'finishing', 'finish', 'done', 'off', 'survived', 'ended', 'completed', 'since']);

/** Work context that places the poster on duty (not "after my shift" or "post nights"). */
export function onDuty(t: TextAnalysis): Hit | undefined {
  return dutyHits(t)[0];
}

/** Every piece of work context that places the poster on duty, in order. */
export function dutyHits(t: TextAnalysis): Hit[] {
  const out: Hit[] = [];
  for (const w of workRefs(t)) {
    if (t.negated(w.t0)) continue; // "not on shift till Monday"
    const first = t.key(w.t0);
    const before = t.key(w.t0 - 1);
    if (AFTER_WORK.has(first) || AFTER_WORK.has(before)) continue;
    out.push(w);
  }
  const timed = timedWork(t);
  if (timed && !AFTER_WORK.has(t.key(timed.t0 - 1))) out.push(timed);
  return out;
}

/**
 * Duty context near a hit: in its sentence or the one before or after. A long post can mention a glass
 * of wine with dinner and, three sentences on, walking to work in the snow; those are not one event.
 */
export function dutyNear(t: TextAnalysis, h: Hit): Hit | undefined {
  const sn = t.tokens[h.t0]!.sn;
  return dutyHits(t).find((w) => Math.abs(t.tokens[w.t0]!.sn - sn) <= 1);
}
