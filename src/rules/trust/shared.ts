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

/**
 * "Nothing like a cheeky line to get you through nights", "nothing beats a pint after": praise opened by "nothing",
 * not a negation of what follows. True when a "nothing" within four tokens before i is followed by such a word.
 * Sixth pass, issue 6.
 */
export function nothingLike(t: TextAnalysis, i: number): boolean {
  for (let j = i - 1; j >= Math.max(0, i - 4); j--) {
    if (t.key(j) === 'nothing' || t.key(j) === 'nowt') return NOTHING_PRAISE.has(t.key(j + 1));
  }
  return false;
}
const NOTHING_PRAISE = new Set(['like', 'beats', 'better', 'quite', 'compares', 'finer', 'sets']);

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
  // Passed "and"/"then" with no subject after it ("restrained a kid and gave him a crack"): the clause shares the
  // earlier clause's subject, so a person named as an object there ("a kid", "the lad") is not the doer.
  let shared = false;
  for (let i = h.t0 - 1; i >= sent.t0; i--) {
    // A lead-in ends at its colon ("Tip nobody tells you: put in for ...", "Confession: ..."): what follows has its own subject.
    if (colonAfter(t, i)) break;
    const k = t.key(i);
    if (FIRST_PERSON.has(k)) return 'self';
    if (CONJ.has(k) && !FIRST_PERSON.has(t.key(i + 1)) && !OTHERS.has(t.key(i + 1)) && !DETERMINERS.has(t.key(i + 1))) shared = true;
    if (shared && isObject(t, i, sent.t0)) continue;
    // A possessive names an owner, not the doer ("popped the patient's tramadol", "my mate's CPD log").
    if (owners && (k.endsWith("'s") || k.endsWith("s'")) && !CONTRACTED.has(k)) continue;
    if (OTHERS.has(k) || patients.some((p) => p.t0 <= i && p.t1 > i)) return 'other';
  }
  return 'implicit';
}

/** A colon between token i and the next ("Tip: ..."), looking only at the characters between them. */
function colonAfter(t: TextAnalysis, i: number): boolean {
  const end = t.tokens[i + 1]!.s;
  for (let c = t.tokens[i]!.e; c < end; c++) if (t.norm.charCodeAt(c) === 58) return true;
  return false;
}
const CONJ = new Set(['and', 'then', '&', 'n', 'an']);
const DETERMINERS = new Set(['a', 'an', 'the', 'this', 'that', 'some', 'one', 'my', 'our', 'his', 'her', 'their']);
/** Prepositions after which a noun is not a verb's object but may still be a place or a companion. */
const OBJECT_BEFORE = new Set(['a', 'an', 'the', 'this', 'that', 'some', 'one']);
/** Token i is a person named as an object: after a determiner that itself follows a word (a verb), not at the clause start. */
function isObject(t: TextAnalysis, i: number, start: number): boolean {
  const det = i - 1;
  if (det <= start || !OBJECT_BEFORE.has(t.key(det))) return false;
  const before = t.key(det - 1);
  return !CONJ.has(before) && !FIRST_PERSON.has(before) && before !== '';
}

/**
 * A statement about an act in general, not an admission: the sentence opens with the act as a gerund and says
 * what it is ("Getting drunk before a shift is a disciplinary matter", "Stealing from patients is gross misconduct").
 */
export function generalStatement(t: TextAnalysis, h: Hit): boolean {
  const s = t.sentenceOf(h.t0);
  if (h.t0 - s.t0 > 1 || !t.key(s.t0).endsWith('ing')) return false;
  // "Drinking before my shift is the only way I cope" is the poster's own.
  for (let i = s.t0; i < s.t1; i++) if (FIRST_PERSON.has(t.key(i)) || t.key(i) === 'my' || t.key(i) === 'our') return false;
  for (let i = h.t1; i < Math.min(s.t1, h.t1 + 5); i++) if (GENERAL_VERBS.has(t.key(i))) return true;
  return false;
}
const GENERAL_VERBS = new Set(['is', "isn't", 'isnt', 'was', 'can', 'could', 'will', 'would', 'should', 'must', 'means', 'gets', 'costs', 'leads', 'puts', 'ends', 'kills', 'risks', 'counts']);

/** An explicit I/we before the hit in its sentence. */
export function explicitSelf(t: TextAnalysis, h: Hit): boolean {
  return subjectOf(t, h) === 'self';
}

/** Work nouns a time can qualify: "my 8am clinic", "an early shift", "the 7am list". */
const WORK_NOUNS = new Set(['clinic', 'shift', 'list', 'round', 'rounds', 'nights', 'handover', 'placement', 'visits', 'caseload', 'theatre', 'surgery', 'start', 'assessments', 'assessment', 'sessions', 'session', 'appointments', 'patients', 'clients', 'visit', 'list',
  // Sixth pass: a shift by its name after a clock time ("the 7.30 early"), the crew's vehicle or the ward at a time ("on the ambulance at 7").
  'early', 'late', 'earlies', 'lates', 'ambulance', 'ambo', 'ward']);
const TIME = /^(\d{1,2}(?:[:.]\d\d)?(?:am|pm)?|early|earlies|late|lates|morning|afternoon|evening|night|long|twelve|next|first)$/;
const OWNER = new Set(['my', 'our', 'the', 'an', 'a', 'this']);
/** A clock time ("7am", "7.30", "19:00"). */
const CLOCK = /^\d{1,2}(?:[:.]\d\d)?(?:am|pm)?$/;
/** Shift names that are work only after a clock time ("the 7.30 early"), not after "an" ("an early night" has no noun here). */
const SHIFT_NAMES = new Set(['early', 'late', 'earlies', 'lates']);
/** Plural work nouns a count can qualify ("8 back assessments", "twelve patients"), and the count. */
const COUNTED = new Set(['assessments', 'patients', 'clients', 'visits', 'appointments', 'referrals', 'admissions', 'scans', 'x-rays', 'xrays']);
const COUNT = /^(?:\d{1,2}|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)$/;

/** "my 8am clinic", "an early shift": a time-qualified piece of work, as a hit-like range. */
function timedWork(t: TextAnalysis): Hit | undefined {
  for (let i = 1; i < t.tokens.length; i++) {
    // "8 back assessments", "12 patients", "six home visits": a count of pieces of work.
    if (COUNTED.has(t.key(i)) && (COUNT.test(t.key(i - 1)) || (i > 1 && COUNT.test(t.key(i - 2)) && /^\p{L}+$/u.test(t.key(i - 1))))) return { entry: { term: 'work', tag: 'strong', fields: [], lexicon: PATIENT }, t0: COUNT.test(t.key(i - 1)) ? i - 1 : i - 2, t1: i + 1 };
    if (!WORK_NOUNS.has(t.key(i))) continue;
    // "a 7am start" is work; "an early start" could be a flight, so a start needs a clock time.
    if (TIME.test(t.key(i - 1)) && OWNER.has(t.key(i - 2)) && (t.key(i) !== 'start' || /^\d/.test(t.key(i - 1))) && (CLOCK.test(t.key(i - 1)) || !SHIFT_NAMES.has(t.key(i)))) return { entry: { term: 'work', tag: 'strong', fields: [], lexicon: PATIENT }, t0: i - 2, t1: i + 1 };
    // "the 7am MSK list", "my 9am hand therapy clinic": a clock time, one or two words naming the kind of work, then the work.
    for (let q = 2; q <= 3 && i > q; q++) {
      if (!/^\p{L}+$/u.test(t.key(i - q + 1)) || SHIFT_NAMES.has(t.key(i))) break;
      if (CLOCK.test(t.key(i - q)) && OWNER.has(t.key(i - q - 1))) return { entry: { term: 'work', tag: 'strong', fields: [], lexicon: PATIENT }, t0: i - q - 1, t1: i + 1 };
    }
    // "Clinic at 8", "shift at 7am", "on the ward at 7"
    if ((t.key(i + 1) === 'at' || t.key(i + 1) === 'from') && /^\d{1,2}(?:[:.]\d\d)?(?:am|pm)?$/.test(t.key(i + 2))) return { entry: { term: 'work', tag: 'strong', fields: [], lexicon: PATIENT }, t0: i, t1: i + 3 };
  }
  return undefined;
}

/** Words that put work behind the poster: "after my shift", "post nights", "finished nights", "done with clinic". */
const AFTER_WORK = new Set(['after', 'post', 'finished', 'finishing', 'finish', 'done', 'off', 'survived', 'ended', 'completed', 'since',
  // "my colleague from the ward", "a mate from work": where someone is from, not being on duty
  'from']);

/** Words that declare a piece of work finished when they follow it ("shift done", "nights over", "block of lates complete"). */
const FINISHED = new Set(['done', 'over', 'finished', 'complete', 'completed', 'ended', 'survived', 'smashed', 'nailed', 'sorted']);
/** Words a finished-work phrase may carry between the work and its "done" ("last night shift of the block done"). */
const FINISH_GAP = new Set(['of', 'the', 'this', 'that', 'my', 'block', 'week', 'weekend', 'run', 'stint', 'set', 'is', 'are', "it's", 'all', 'finally', 'now', 'officially', 'and', 'dusted', 'for', 'another', 'one']);
function finishedAfter(t: TextAnalysis, w: Hit): boolean {
  const sent = t.sentenceOf(w.t0);
  for (let i = w.t1; i < Math.min(sent.t1, w.t1 + 5); i++) {
    if (FINISHED.has(t.key(i))) return true;
    if (!FINISH_GAP.has(t.key(i))) return false;
  }
  return false;
}

/**
 * A question that only asks, not one that confesses: a tag after the act ("K-hole at the weekend ... anyone else?",
 * "keeps a hip flask in their tunic ... just me?") or "asking for me" makes the sentence the poster's own admission.
 */
export function asking(t: TextAnalysis, h: Hit): boolean {
  const s = t.sentenceOf(h.t0);
  if (!s.question) return false;
  // The tag may be a short sentence of its own after the act ("... for the 4am slump? just me?").
  const next = t.sentences[t.tokens[h.t0]!.sn + 1];
  const end = next && next.t1 - next.t0 <= 3 ? next.t1 : s.t1;
  for (let i = h.t1; i < end; i++) {
    const k = t.key(i);
    if ((k === 'anyone' || k === 'anybody' || k === 'who') && t.key(i + 1) === 'else') return false;
    if (k === 'just' && t.key(i + 1) === 'me') return false;
  }
  return !OWN_ASKING.test(t.norm);
}
const OWN_ASKING = /\basking for (?:me|myself)\b|\b(?:asking|enquiring) for a (?:\w+ )?(?:friend|mate)\b.*(?:😉|😏|🤫|😂|lol)/;

/**
 * A repost ("RT @x: ...") shares someone else's words as the poster's own endorsement; the analysis counts them as
 * quoted. True when token i lies after such a prefix with no quotation mark opening between the prefix and it.
 */
export function reposted(t: TextAnalysis, i: number): boolean {
  const rt = RT.exec(t.norm);
  if (!rt || i >= t.tokens.length) return false;
  const between = t.norm.slice(rt[0].length, t.tokens[i]!.s);
  return !between.includes('"') && !/(?:^|[^a-z0-9])'[a-z0-9]/.test(between);
}
const RT = /^\s*rt @[a-z0-9_]+:?/;

/**
 * "Not saying I've ever X, but ...": a disclaimer that asserts what it denies. True when token i is negated only by a
 * "not saying" (or "I'm not saying") opening its sentence, with a "but" after i in the sentence.
 */
export function disclaimed(t: TextAnalysis, i: number): boolean {
  const s = t.sentenceOf(i);
  let cue = -1;
  for (let j = s.t0; j < i; j++) if (t.key(j) === 'saying' && (t.key(j - 1) === 'not' || t.key(j - 1) === "i'm" || t.key(j - 1) === 'im')) cue = j;
  if (cue < 0 || cue - s.t0 > 3) return false;
  for (let j = i + 1; j < s.t1; j++) if (t.key(j) === 'but') return true;
  return false;
}

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
    // "last night shift of the block done", "nights over": the work named and then declared finished.
    if (finishedAfter(t, w)) continue;
    // "nights out", "a night out": a social night, not night shifts.
    if (t.key(w.t1) === 'out' && /^nights?$/.test(t.key(w.t1 - 1))) continue;
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
