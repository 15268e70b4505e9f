/**
 * Pieces of information that can identify a patient when combined: where they are (bed, bay,
 * ward, named hospital, street), how old they are, their name or initials, their job or public
 * role, their town, when it happened, what is wrong with them, anything unusual about them, and
 * whether they are famous. Each is found once per post on demand.
 */
import type { Evidence } from '../../model/finding.js';
import type { TextAnalysis } from '../text/index.js';
import { BREAK, CLAUSE, NUM, defineLexicon, loadLexicon } from '../text/index.js';
import { patientRefs } from '../common/lexicons.js';
import { personNames, ukPlaces } from '../common/people.js';
import { LastPost } from '../common/memo.js';

export const CONDITIONS = loadLexicon(new URL('./conditions.txt', import.meta.url));
export const RECENCY = loadLexicon(new URL('./recency.txt', import.meta.url));
export const FAMOUS = loadLexicon(new URL('./famous.txt', import.meta.url));
/** Jobs and roles that, with a place, point to one person ("the vicar from St Mark's"). */
export const ROLES = loadLexicon(new URL('./roles.txt', import.meta.url));
/** Words that head a location ("bed", "bay", "ward", "hospital"), so locations() looks only where one occurs. */
export const PLACE_WORDS = loadLexicon(new URL('./place-words.txt', import.meta.url));
/** Words that introduce a name ("Mrs", "called"), a prefilter for names. */
export const NAME_CUES = defineLexicon('confidentiality/name-cues', 'mr\nmrs\nms\nmiss\nmx\nmaster\nmstr\nbaby\ncalled\nnamed\nname\nnames');
/** Things that single a person out ("the youngest on my caseload", "a former Olympic rower", "103 today"). */
export const UNUSUAL = defineLexicon(
  'confidentiality/unusual',
  [
    'youngest', 'oldest', 'first ever', 'only one', 'the only', 'record-breaking', 'world record', 'former olympic/olympian/international/champion/professional/pro/premier_league',
    'twins', 'triplets', 'quads', 'quadruplets', 'famous', 'well-known', 'well known', 'everyone knows', 'everybody knows', 'many of you will know', 'you all know',
    'you will know', "you'll know", 'you might know', 'guess which', 'guess what famous', 'local legend', 'local celebrity', 'rare', 'one in a million', 'centenarian', '100th birthday', '100th',
    "won't say who", "can't say who", 'cannot say who', 'no names', 'naming no names', 'you know who', 'you know who you are', "you'd be shocked",
    'you would be shocked', 'nobody knows', 'nobody at church knows', 'nobody at work knows', 'never guess', 'guess who', 'always in the', 'in the paper',
    'on the news', 'in the news',
    // Issue 6: rarity by count ("only 3 patients in Thornhill with ...", "the only child in Year 3 with ..."),
    // large families, and winners and newsmakers.
    'only 1/2/3/4/5/6/two/three/four/five/six/handful', 'only child/kid/boy/girl/patient/person/family/woman/man',
    '5/6/7/8/9/10/11/12/five/six/seven/eight/nine/ten/eleven/twelve kids/children/sons/daughters', 'lottery winner', 'won the lottery/euromillions/jackpot',
    'known to everyone', 'everyone round here', 'everyone in the village', 'everyone in town', 'whole village', 'whole town',
    // Second pass (issue 6): rarity as a superlative or a share of a country ("the rarest blood type I've
    // seen", "one of 40 in the country", "first case in the UK").
    // Fifth pass (issue 6): the hyphenated "one-in-a-million", and the most memorable case of a career ("Weirdest case this
    // year", "Today's weirdest x-ray", "the most unusual case I've ever seen").
    'one-in-a-million', 'one in a million', 'weirdest/strangest/oddest/wildest/craziest/most_unusual/most_bizarre/most_interesting case/cases/x-ray/xray/film/scan/presentation/injury/one/referral',
    'rarest', 'one of the rarest', 'one of 2/3/4/5/6/7/8/9/10/12/15/20/30/40/50/100/a_handful/only_a_few in the country/uk/world/county/region/england/britain',
    'first/only case in the/this country/uk/world/county/region/trust/hospital', 'only known case', 'first ever case', 'never seen before',
    // Fourth pass (issue 6): a count of known cases ("maybe the third case ever seen in the UK").
    'first/second/third/fourth/fifth/2nd/3rd/4th/5th case/cases ever', 'case ever seen/recorded/reported', 'handful of cases',
  ].join('\n'),
);
/**
 * Odd mechanisms of injury that make a case memorable and newsworthy ("swallowed 14 batteries for a
 * bet", "got her hand stuck in a wheelie bin"): both a health detail and something unusual.
 */
export const ODD = defineLexicon(
  'confidentiality/odd',
  // "stuck" is odd only after a body part ("got her hand stuck"), which the rule checks.
  // Fourth pass (issue 6): something through or still in a body part ("the harpoon through his thigh", "the nail gun
  // still in his hand"), only beside a body part, as for "stuck".
  ['swallowed', 'impaled', 'lodged', 'superglued', 'for a bet', 'for a dare', 'got stuck', 'foreign body', 'foreign object', 'inserted', 'wedged', 'stuck | weak', 'right through his/her/their | weak', 'through his/her/their | weak', 'still in/stuck_in his/her/their | weak'].join('\n'),
);
/** Signs that a post describes one real person cared for or visited (see case.txt). */
export const CASE = loadLexicon(new URL('./case.txt', import.meta.url));
/** Words before a venue that make it the poster's own community ("my son's school", "our local pub"). */
const LOCAL = new Set(['local', 'village', "son's", "daughter's", "kids'", "kid's", "children's", "sons'", "daughters'", 'own', "mum's", "dad's", "nan's", "partner's"]);
const MY = new Set(["son's", "daughter's", "kids'", "kid's"]);
/** Venues that, with a town or a name, narrow a person down ("the school in Batley", "Hebden Bridge market"). */
const VENUES = new Set(['school', 'market', 'gym', 'church', 'mosque', 'pub', 'club', 'centre', 'college', 'academy', 'chapel', 'temple', 'gurdwara', 'synagogue', 'library', 'shop', 'salon', 'garage', 'surgery', 'cafe', 'café', 'chippy', 'factory', 'station', 'nursery', 'high']);

export interface Piece {
  t0: number;
  t1: number;
}

const LOCATION_NOUNS = new Set(['bed', 'bay', 'ward', 'room', 'cubicle', 'cubie', 'resus', 'majors', 'minors', 'chair', 'pod', 'trolley', 'bedspace', 'sideroom', 'cubicles', 'beds', 'rm', 'cot', 'incubator', 'isolette', 'space']);
const BED_SPOTS = new Set(['end', 'corner', 'window', 'middle', 'door', 'first', 'last']);
const LETTER_PLACES = new Set(['bay', 'ward', 'room', 'pod', 'cubicle']);
const PLACE_HEADS = new Set([
  'ward', 'unit', 'hospital', 'infirmary', 'hospice', 'surgery', 'practice', 'centre', 'lodge', 'manor', 'street', 'road', 'avenue', 'lane', 'close', 'drive',
  'crescent', 'terrace', 'grove', 'estate', 'school', 'high', 'academy', 'college', 'church', 'mosque', 'gurdwara', 'temple', 'synagogue', 'prison', 'general',
  'way', 'walk', 'place', 'court', 'gardens', 'square', 'row', 'mews', 'rise', 'view', 'green', 'vale', 'fold', 'croft', 'gate', 'parade', 'market', 'house',
  'home', 'park', 'juniors', 'infants', 'primary', 'secondary', 'grammar', 'nursery',
]);
/** Heads that make even a sentence-initial pair a place ("Rowan Ward was busy"). */
const STRONG_HEADS = new Set(['ward', 'unit', 'hospital', 'infirmary', 'hospice', 'lodge', 'manor', 'street', 'road', 'avenue', 'lane', 'crescent', 'terrace', 'grove', 'academy', 'general']);
const LOWER_HEADS = new Set(['estate', 'street', 'road', 'lane', 'avenue', 'drive', 'crescent', 'close', 'park', 'flats', 'tower', 'towers', 'round', 'school', 'primary', 'academy', 'juniors', 'infants', 'nursery', 'hospice']);
/** Care homes written in lower case after their name: "Sunnybank care home", "Oakwood nursing home". */
const HOME_KINDS = new Set(['care', 'nursing', 'residential']);
/** Street words, for addresses with a house number ("7 Beech Grove", "54 Crossley Street"). */
const STREETS = new Set(['street', 'road', 'avenue', 'lane', 'close', 'drive', 'crescent', 'terrace', 'grove', 'way', 'walk', 'place', 'court', 'gardens', 'square', 'row', 'mews', 'rise', 'view', 'green', 'vale', 'fold', 'croft', 'gate', 'parade', 'hill', 'st', 'rd', 'ave']);
const NOT_NAMES = new Set(['quality', 'coronation', 'sesame', 'downing', 'fleet', 'the', 'a', 'an', 'my', 'our', 'this', 'that', 'i', 'we', 'nhs', 'a&e', 'and', 'on', 'in', 'at', 'to', 'of', 'for', 'with', 'today', 'tonight', 'new', 'old']);
const AGE_UNITS = new Set(['year', 'years', 'yr', 'yrs', 'yo', 'y', 'yrold', 'yearold', 'year-old']);
const DECADE_WORDS = new Set(['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties', 'teens']);
/** Words before "at 15" that make it an age ("pregnant at 15", "diagnosed at 12"). */
const TURNED = new Set(['turned', 'turns', 'turning', 'reached', 'hit']);
const AND_WITH = new Set(['and', 'with', 'but']);
/** "she's 92", "who's 104", "she was 101" (fifth pass). */
const AGE_SUBJECT = new Set(["she's", "he's", "who's", 'whos', 'shes']);
const AGE_PRONOUN = new Set(['she', 'he', 'who']);
const AGE_COPULA = new Set(['is', 'was', 'turns', 'turned']);
const PATIENT_AFTER = new Set(['patient', 'patients', 'client', 'resident', 'service', 'lady', 'gent', 'gentleman', 'man', 'woman', 'chap', 'fella', 'bloke', 'lad', 'girl', 'boy']);
const OWN_AGE = new Set(["i'm", 'im', "i've", 'ive']);
const AGE_AFTER = new Set(['today', 'tonight', 'now', 'and', 'but', 'next', 'this', 'tomorrow', 'yesterday', 'on', 'in', 'with', 'going']);
const AT_AGE = new Set(['pregnant', 'diagnosed', 'died', 'widowed', 'mum', 'dad', 'mother', 'father', 'married', 'retired', 'started', 'stroke', 'dementia', 'cancer', 'sectioned', 'arrested', 'excluded', 'expelled', 'homeless']);

// ---------------------------------------------------------------------------------------------
// One pass per post: each token's word classes as bits, and which classes occur at all, so the
// piece finders below and the rule read array slots instead of each scanning the tokens again.

export const C_MORE_HEAD = 1;
export const C_SAINT = 2;
export const C_PREP = 4;
export const C_VENUE = 8;
export const C_PERSON = 16;
export const C_CLINICAL = 32;
export const C_TEACHING = 64;
export const C_MY = 128;
export const C_OWN_FAMILY = 256;
export const C_DIGIT = 512;
export const C_DECADE = 1024;
export const C_YOU = 2048;
/** Talk about confidentiality itself ("is a bed number identifying?", "anonymise your reflections"). */
export const C_META = 4096;

/** Someone is being described, not a piece of equipment ("bed 4 is broken"). */
export const PERSON_WORDS = [
  'he', 'she', 'him', 'her', 'his', 'hers', "he's", "she's", 'lady', 'gent', 'gentleman', 'man', 'woman', 'chap', 'fella', 'bloke', 'guy', 'girl', 'boy',
  'baby', 'child', 'kid', 'toddler', 'mum', 'dad', 'gran', 'nan', 'granny', 'grandad', 'family', 'relatives', 'son', 'daughter', 'wife', 'husband', 'lad',
  'sir', 'madam', 'bless', 'legend', 'twins', 'triplets', 'they', 'them', 'their', 'teenager', 'teen', 'youngster', 'pensioner', 'people', 'couple', 'pair',
  // Fourth pass (issue 6).
  'kids', 'children', 'pupils', 'lass', 'woman', 'grandma', 'grandpa',
  // Fifth pass.
  'teenage',
];
/** With a titled name ("Mrs Henderson's hip"), words that put the person in someone's care. */
export const CLINICAL_WORDS = [
  'hip', 'knee', 'leg', 'arm', 'wrist', 'ankle', 'shoulder', 'back', 'neck', 'spine', 'heart', 'lungs', 'bowel', 'bladder', 'foot', 'feet', 'hand', 'eye', 'eyes',
  'wound', 'bloods', 'results', 'scan', 'x-ray', 'xray', 'op', 'operation', 'stitches', 'cast', 'sugars', 'meds', 'medication', 'tablets', 'dressing', 'cannula',
  'catheter', 'obs', 'born', 'lost', 'heartbroken', 'overnight', 'rip', 'discharge', 'discharged', 'admitted', 'appointment', 'referral', 'visit', 'visited',
  'rehab', 'physio', 'walking', 'walked', 'mobilising', 'recovery', 'recovering', 'surgery', 'treatment', 'diagnosis', 'ward', 'clinic', 'bed', 'unit', 'bay',
];
/** Teaching and hypothetical frames: a case built for learning, not a real person. */
export const TEACHING_WORDS = ['case', 'scenario', 'vignette', 'hypothetical', 'fictional', 'simulation', 'sim', 'quiz', 'differential', 'differentials', 'discuss', 'imagine', 'example', 'students', 'exam', 'osce', 'anonymised', 'anonymized', 'mock', 'revision'];
/** Own family: "my nan Joan", "my dad had a stroke". */
/** Words of talk about confidentiality itself: a post that discusses what identifies a person is not a disclosure (fourth pass, issue 6). */
export const META_WORDS = ['identifying', 'identifiable', 'unidentifiable', 'anonymise', 'anonymize', 'anonymising', 'anonymizing', 'anonymisation', 'anonymization', 'confidentiality', 'gdpr', 'caldicott', 'jigsaw', 'redact', 'redacting', 'redaction', 'de-identified'];
export const OWN_FAMILY_WORDS = ['mum', 'mam', 'mom', 'dad', 'nan', 'nana', 'gran', 'granny', 'grandma', 'grandad', 'grandpa', 'sister', 'brother', 'son', 'daughter', 'wife', 'husband', 'partner', 'aunt', 'auntie', 'uncle', 'cousin', 'niece', 'nephew', 'friend', 'mate', 'bestie', 'boyfriend', 'girlfriend', 'father', 'mother', 'kids', 'children', 'baby', 'boy', 'girl', 'dog', 'cat'];

const CLASS_OF = new Map<string, number>();
function markAll(words: Iterable<string>, bit: number): void {
  for (const w of words) CLASS_OF.set(w, (CLASS_OF.get(w) ?? 0) | bit);
}

export interface Classes {
  /** Bits per token. */
  cls: Uint16Array;
  /** All bits that occur. */
  any: number;
}

const classCache = new LastPost<Classes>();

export function classes(t: TextAnalysis): Classes {
  const hit = classCache.get(t);
  if (hit) return hit;
  if (CLASS_OF.size === 0) {
    markAll(MORE_HEADS, C_MORE_HEAD);
    markAll(['st', 'saint'], C_SAINT);
    markAll(['in', 'at', 'from', 'near'], C_PREP);
    markAll(VENUES, C_VENUE);
    markAll(PERSON_WORDS, C_PERSON);
    markAll(CLINICAL_WORDS, C_CLINICAL);
    markAll(TEACHING_WORDS, C_TEACHING);
    markAll(['my', 'our'], C_MY);
    markAll(OWN_FAMILY_WORDS, C_OWN_FAMILY);
    markAll(DECADE_WORDS, C_DECADE);
    markAll(['you', 'your', "you're", 'youre', 'ur', 'u'], C_YOU);
    markAll(META_WORDS, C_META);
  }
  const toks = t.tokens;
  const cls = new Uint16Array(toks.length);
  let any = 0;
  for (let i = 0; i < toks.length; i++) {
    const k = toks[i]!.k;
    let c = CLASS_OF.get(k) ?? 0;
    const c0 = k.charCodeAt(0);
    if (c0 >= 48 && c0 <= 57) c |= C_DIGIT;
    cls[i] = c;
    any |= c;
  }
  const out = { cls, any };
  classCache.set(t, out);
  return out;
}

/** Place heads too common to put in the shared matcher ("Park", "House", "Green"): looked for only when a location is wanted. */
const MORE_HEADS = new Set(['general', 'way', 'walk', 'place', 'court', 'gardens', 'square', 'row', 'mews', 'rise', 'view', 'green', 'vale', 'fold', 'croft', 'gate', 'parade', 'market', 'house', 'home', 'park']);

/** "bed 4", "bay C", "side room 2", "Rowan Ward", "St Mary's Hospital", "Crossley Street", "St Mark's". */
export function locations(t: TextAnalysis): Piece[] {
  const out: Piece[] = [];
  const starts: number[] = t.hits(PLACE_WORDS).map((h) => h.t0);
  const toks = t.tokens;
  const { cls, any } = classes(t);
  if (any & C_MORE_HEAD) for (let i = 1; i < toks.length; i++) if (cls[i]! & C_MORE_HEAD && t.capitalised(i)) starts.push(i);
  for (const i of starts) {
    const k = t.key(i);
    // "the end bed", "the corner bay": a bed named by where it is.
    if ((k === 'bed' || k === 'bay') && BED_SPOTS.has(t.key(i - 1)) && t.key(i - 2) === 'the') {
      out.push({ t0: i - 1, t1: i + 1 });
      continue;
    }
    if (LOCATION_NOUNS.has(k) || (k === 'side' && t.key(i + 1) === 'room')) {
      const j = k === 'side' ? i + 2 : i + 1;
      const next = t.tokens[j];
      if (next && (next.flags & NUM || /^\d{1,3}[a-z]?$/.test(next.k) || (LETTER_PLACES.has(k) && /^[a-h]$/.test(next.k) && t.capitalised(j)))) {
        out.push({ t0: i, t1: j + 1 });
        continue;
      }
    }
    // "Sunnybank care home", "the Oakwood nursing home": a name before a lower-case kind of home.
    if (HOME_KINDS.has(k) && t.key(i + 1) === 'home' && !t.capitalised(i) && i > 0 && t.capitalised(i - 1) && !NOT_NAMES.has(t.key(i - 1)) && t.tokens[i - 1]!.sn === t.tokens[i]!.sn) {
      out.push({ t0: i - 1, t1: i + 2 });
      continue;
    }
    // "the Hollins estate", "Crossley road": a name before a lower-case street or estate word.
    if (LOWER_HEADS.has(k) && !t.capitalised(i) && i > 1 && t.capitalised(i - 1) && t.sentenceOf(i).t0 !== i - 1 && !NOT_NAMES.has(t.key(i - 1)) && (t.key(i - 2) === 'the' || t.key(i - 2) === 'on' || t.key(i - 2) === 'from' || t.key(i - 2) === 'in' || t.key(i - 2) === 'at')) {
      out.push({ t0: i - 1, t1: i + 1 });
      continue;
    }
    if (PLACE_HEADS.has(k) && t.capitalised(i) && i > 0) {
      // Walk back over capitalised words: "Rowan Ward", "St Mary's Hospital".
      let a = i;
      while (a > 0 && a > i - 3 && t.capitalised(a - 1) && !NOT_NAMES.has(t.key(a - 1)) && t.tokens[a - 1]!.sn === t.tokens[i]!.sn && a - 1 !== t.sentenceOf(i).t0) a--;
      if (a === i && i - 1 === t.sentenceOf(i).t0 && t.capitalised(i - 1) && !NOT_NAMES.has(t.key(i - 1)) && STRONG_HEADS.has(k)) a = i - 1;
      if (a < i) out.push({ t0: a, t1: i + 1 });
    }
  }
  // "Market St", "Leeds Rd", "Park Ave": an abbreviated street after a capitalised name, not a saint
  // (the next word is not capitalised: "St Mary's" is a saint). Second pass, issue 6.
  for (let i = 1; i < toks.length; i++) {
    const k = t.key(i);
    if ((k !== 'st' && k !== 'rd' && k !== 'ave' && k !== 'st.' && k !== 'rd.') || !t.capitalised(i) || !t.capitalised(i - 1) || (i + 1 < toks.length && t.capitalised(i + 1))) continue;
    if (NOT_NAMES.has(t.key(i - 1)) || t.tokens[i - 1]!.sn !== t.tokens[i]!.sn || t.sentenceOf(i).t0 === i - 1 || out.some((p) => p.t0 <= i && p.t1 > i)) continue;
    out.push({ t0: i - 1, t1: i + 1 });
  }
  // "St Mark's", "St Luke's": a saint's name is a church, school or hospital.
  if (any & C_SAINT) for (let i = 0; i + 1 < toks.length; i++) {
    if (cls[i]! & C_SAINT && t.capitalised(i) && t.capitalised(i + 1) && t.key(i + 1).endsWith("'s") && !out.some((p) => p.t0 <= i && p.t1 > i)) out.push({ t0: i, t1: i + 2 });
  }
  return out;
}

/** "7 Beech Grove", "54 Crossley Street, Pudsey": a house number and a street. */
export function addresses(t: TextAnalysis): Piece[] {
  const out: Piece[] = [];
  if (t.digits === 0) return out;
  for (let i = 0; i + 2 < t.tokens.length; i++) {
    if (!(t.tokens[i]!.flags & NUM) || !/^\d{1,4}[a-z]?$/.test(t.key(i))) continue;
    let j = i + 1;
    while (j < t.tokens.length && j < i + 4 && t.capitalised(j) && !STREETS.has(t.key(j))) j++;
    if (j > i + 1 && j < t.tokens.length && STREETS.has(t.key(j)) && t.capitalised(j)) out.push({ t0: i, t1: j + 1 });
    // Sixth pass (issue 6): the same in lower case, as typed on a phone ("section a man at 14 oakfield rd"), after a word of
    // place and with one name word before a plain street word ("at 3 main roads" is plural, "at 5 and close" no name).
    else if (ADDRESS_PREPS.has(t.key(i - 1)) && LOWER_STREETS.has(t.key(i + 2)) && /^[a-z]{3,}$/.test(t.key(i + 1)) && !NOT_NAMES.has(t.key(i + 1)) && t.tokens[i + 2]!.sn === t.tokens[i]!.sn) out.push({ t0: i, t1: i + 3 });
  }
  return out;
}
const ADDRESS_PREPS = new Set(['at', 'outside', 'to', 'from', 'on', 'in', 'lives', 'number', 'no']);
const LOWER_STREETS = new Set(['street', 'road', 'avenue', 'lane', 'close', 'drive', 'crescent', 'terrace', 'grove', 'st', 'rd', 'ave', 'gardens', 'mews']);

const FROM = new Set(['from', 'in', 'of', 'near']);
/** "84-year-old", "84yo", "aged 84", "in her 80s", "pregnant at 15", "Jean, 84,", "today: 84, postman". */
export function ages(t: TextAnalysis): Piece[] {
  const out: Piece[] = [];
  const n = t.tokens.length;
  const { cls, any } = classes(t);
  if (!(any & (C_DIGIT | C_DECADE))) return out;
  for (let i = 0; i < n; i++) {
    const c = cls[i]!;
    // Only tokens starting with a digit, or decade words ("in her eighties"), can be ages.
    if (!(c & (C_DIGIT | C_DECADE))) continue;
    const tok = t.tokens[i]!;
    const k = tok.k;
    if (c & C_DECADE) {
      if (['his', 'her', 'their'].includes(t.key(i - 1)) && t.key(i - 2) === 'in') out.push({ t0: i - 2, t1: i + 1 });
      continue;
    }
    if (tok.flags & NUM) {
      const v = Number(k);
      if (!(v >= 0 && v <= 115)) continue;
      const unit = t.key(i + 1);
      if (AGE_UNITS.has(unit)) {
        // "84 years old", "84-year-old", "84yo", "84 y/o"; "31 years in the job" is a duration.
        // ("94 years young" is the same age, said warmly.)
        const old = t.key(i + 2) === 'old' || t.key(i + 2) === 'o' || t.key(i + 2) === 'young';
        if (!old && unit !== 'yo') continue;
        // (Fifth pass: the poster's own age, "I'm 35 years old and still giggling", identifies no service user.)
        if (OWN_AGE.has(t.key(i - 1)) || (t.key(i - 2) === 'i' && (AGE_COPULA.has(t.key(i - 1)) || t.key(i - 1) === 'am'))) continue;
        // (Nor "my 6yo", "my 3 year old": the poster's own child, unless a patient word follows, "my 85 year old patient".)
        if (t.key(i - 1) === 'my' && !PATIENT_AFTER.has(t.key(i + (old ? 3 : 2)))) continue;
        out.push({ t0: i, t1: i + (old ? 3 : 2) });
      } else if (t.key(i - 1) === 'aged' || (t.key(i - 1) === 'age' && t.key(i - 2) !== 'retirement')) {
        out.push({ t0: i - 1, t1: i + 1 });
      } else if (t.key(i - 1) === 'at' && AT_AGE.has(t.key(i - 2)) && v >= 1 && v <= 110) {
        out.push({ t0: i - 2, t1: i + 1 }); // "pregnant at 15"
      } else if (v >= 90 && v <= 115 && (AGE_SUBJECT.has(t.key(i - 1)) || (AGE_COPULA.has(t.key(i - 1)) && AGE_PRONOUN.has(t.key(i - 2))))) {
        // Fifth pass: "She was 101, no family left", "a lady who's 104 today": a person said to be a great age (90 and over:
        // younger ages said this way are as often the poster's own family's), with nothing after the number that makes it a
        // count ("she was 100 metres away").
        const next = t.tokens[i + 1];
        if (!next || (next.flags & (CLAUSE | BREAK)) !== 0 || AGE_AFTER.has(next.k)) out.push({ t0: AGE_SUBJECT.has(t.key(i - 1)) ? i - 1 : i - 2, t1: i + 1 });
      } else if (TURNED.has(t.key(i - 1)) && v >= 1 && v <= 115 && !AGE_UNITS.has(t.key(i + 1)) && t.key(i + 1) !== 'minutes' && t.key(i + 1) !== 'mins') {
        out.push({ t0: i - 1, t1: i + 1 }); // "turned 100 today"
      } else if ((t.key(i - 1) === 'only' || t.key(i - 1) === 'just') && v >= 2 && v <= 110 && AND_WITH.has(t.key(i + 1))) {
        out.push({ t0: i - 1, t1: i + 1 }); // "only 34 and terminal"
      } else if (v >= 1 && v <= 110 && i > 0 && t.capitalised(i - 1) && t.text.charAt(t.span(i, i + 1).start - 1) === '(' && t.text.charAt(t.span(i, i + 1).end) === ')') {
        out.push({ t0: i, t1: i + 1 }); // "Arthur (91)"
      } else if (v >= 1 && i > 0 && tok.flags & CLAUSE && (i + 1 >= n || t.tokens[i + 1]!.flags & (CLAUSE | BREAK))) {
        // "Jean, 84, ...", "Home visit today: 84, postman, ...": a bare number set off by commas.
        // (Fourth pass: also after a person word, "Young lad, 17, on a motorbike".)
        if (t.capitalised(i - 1) || (cls[i - 1]! & C_PERSON && v >= 1 && v <= 110) || (v >= 16 && t.tokens[i + 1] !== undefined && t.hits(ROLES).some((r) => r.t0 === i + 1))) out.push({ t0: i, t1: i + 1 });
      } else if (v >= 1 && v <= 110 && i > 0 && cls[i - 1]! & C_PERSON && !(tok.flags & CLAUSE) && t.clauseStart(i - 1) === i - 1 && t.tokens[i + 1] !== undefined && t.tokens[i + 1]!.flags & (CLAUSE | BREAK)) {
        out.push({ t0: i - 1, t1: i + 1 }); // "Mum 19, baby 8 weeks": a person word opening a clause, then the age
      } else if (v >= 16 && v <= 115 && (tok.flags & CLAUSE || t.sentenceOf(i).t0 === i) && t.key(i + 1) === 'and' && !(t.tokens[i + 2] && t.tokens[i + 2]!.flags & NUM) && personWithin(cls, i, 6)) {
        // Sixth pass (issue 6): a bare age set off after the person and carried on with "and" ("a lovely lady today, 102 and
        // still does her own baking", "the lad ... who came off his Ducati. 22 and both femurs gone").
        out.push({ t0: i, t1: i + 1 });
      } else if (v >= 1 && v <= 110 && t.sentenceOf(i).t0 === i && t.tokens[i + 1] !== undefined && t.tokens[i + 1]!.flags & CLAUSE && FROM.has(t.key(i + 1)) && t.capitalised(i + 2)) {
        out.push({ t0: i, t1: i + 1 }); // "34, from Skipton, ...": a sentence that opens with the age and a place
      }
      continue;
    }
    // "19F", "45M": clinical shorthand for age and sex, written in capitals (fourth pass, issue 6).
    if (/^\d{1,3}[mf]$/.test(k) && Number(k.slice(0, -1)) <= 110 && /[MF]$/.test(t.original(i))) {
      out.push({ t0: i, t1: i + 1 });
      continue;
    }
    const m = /^(\d{1,3})(yo|y|yr|yrs|yrold|yearold)$/.exec(k);
    if (m && Number(m[1]) <= 115) {
      const end = i + (t.key(i + 1) === 'old' ? 2 : 1);
      // (Fifth pass: "my 6yo broke her wrist" is the poster's own child.)
      if (!(t.key(i - 1) === 'my' && !PATIENT_AFTER.has(t.key(end)))) out.push({ t0: i, t1: end });
      continue;
    }
    // "Happy 90th", "her 100th birthday"
    const ord = /^(\d{1,3})(?:st|nd|rd|th)$/.exec(k);
    if (ord && Number(ord[1]) >= 16 && Number(ord[1]) <= 115 && (t.key(i + 1) === 'birthday' || t.key(i - 1) === 'happy')) {
      out.push({ t0: i, t1: i + (t.key(i + 1) === 'birthday' ? 2 : 1) });
      continue;
    }
    if (/^\d0s$/.test(k) && ['his', 'her', 'their'].includes(t.key(i - 1)) && t.key(i - 2) === 'in') out.push({ t0: i - 2, t1: i + 1 });
    // "Man, 80s, from Sowerby Bridge": a decade set off by commas after a person word (fourth pass).
    else if (/^\d0s$/.test(k) && i > 0 && cls[i - 1]! & C_PERSON && tok.flags & CLAUSE && t.tokens[i + 1] !== undefined && t.tokens[i + 1]!.flags & (CLAUSE | BREAK)) out.push({ t0: i - 1, t1: i + 1 });
  }
  return out;
}

/** A person word within `d` tokens before i (sixth pass). */
function personWithin(cls: Uint16Array, i: number, d: number): boolean {
  for (let j = i - 1; j >= Math.max(0, i - d); j--) if (cls[j]! & C_PERSON) return true;
  return false;
}

/** Words after "in/at/from" that are capitalised but not places. */
const NOT_TOWNS = new Set(['a', 'a&e', 'resus', 'icu', 'itu', 'hdu', 'nicu', 'the', 'my', 'our', 'march', 'may', 'june', 'july', 'april', 'august', 'january', 'february', 'september', 'october', 'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'christmas', 'easter', 'i', 'nhs', 'uk', 'clinic', 'work', 'hospital', 'home', 'ward', 'bay', 'bed', 'theatre', 'majors', 'minors', 'tesco', 'asda', 'aldi', 'lidl', 'sainsbury', "sainsbury's", 'morrisons', 'boots', 'costa', 'greggs', 'primark', 'ikea', 'facebook', 'instagram', 'twitter', 'tiktok']);

/** Towns: UK places from the shared list as written, a capitalised word after "in/at/from/near", and road numbers ("the A629"). */
export function towns(t: TextAnalysis): Piece[] {
  const out: Piece[] = ukPlaces(t).slice();
  const { cls, any } = classes(t);
  if (t.digits > 0) {
    for (let i = 0; i < t.tokens.length; i++) {
      const c0 = t.tokens[i]!.k.charCodeAt(0);
      if ((c0 === 97 || c0 === 98 || c0 === 109) && /^[abm]\d{1,4}$/.test(t.key(i)) && t.capitalised(i)) out.push({ t0: i, t1: i + 1 });
    }
  }
  // "the BD5 area", "the DN22 estate": a postcode district (outward code, in capitals) named as a place (fourth pass, issue 6).
  if (t.digits > 0) {
    for (let i = 0; i + 1 < t.tokens.length; i++) {
      if (DISTRICT_AFTER.has(t.key(i + 1)) && /^[A-Z]{1,2}\d{1,2}[A-Z]?$/.test(t.original(i)) && !out.some((p) => p.t0 <= i && p.t1 > i)) out.push({ t0: i, t1: i + 2 });
    }
  }
  if (!(any & C_PREP)) return out;
  for (let i = 1; i < t.tokens.length; i++) {
    if (!(cls[i - 1]! & C_PREP)) continue;
    if (!t.capitalised(i) || NOT_TOWNS.has(t.key(i)) || t.sentenceOf(i).t0 === i || t.tokens[i]!.k.length < 3) continue;
    if (out.some((p) => p.t0 <= i && p.t1 > i)) continue;
    let j = i + 1;
    while (j < t.tokens.length && j < i + 3 && t.capitalised(j) && t.tokens[j]!.sn === t.tokens[i]!.sn) j++;
    out.push({ t0: i, t1: j });
  }
  return out;
}

const DISTRICT_AFTER = new Set(['area', 'estate', 'postcode', 'district', 'end', 'side', 'patch']);

/** Venues tied to a town or a name: "the school in Batley", "Hebden Bridge market", "Brighouse High". */
export function venues(t: TextAnalysis, townList: readonly Piece[]): Piece[] {
  const out: Piece[] = [];
  const { cls, any } = classes(t);
  if (!(any & C_VENUE)) return out;
  for (let i = 0; i < t.tokens.length; i++) {
    if (!(cls[i]! & C_VENUE)) continue;
    // "Shipley market", "Brighouse High"
    const before = townList.find((p) => p.t1 === i);
    // "the school in Batley", "the gym on Station Road"
    const after = (t.key(i + 1) === 'in' || t.key(i + 1) === 'at' || t.key(i + 1) === 'on') && townList.find((p) => p.t0 === i + 2);
    if (before) out.push({ t0: before.t0, t1: i + 1 });
    else if (after) out.push({ t0: i, t1: after.t1 });
    // "my son's school", "our local pub", "the village church": the poster's own community.
    else if (LOCAL.has(t.key(i - 1)) && (t.key(i - 2) === 'my' || t.key(i - 2) === 'our' || t.key(i - 2) === 'the' || MY.has(t.key(i - 1)))) out.push({ t0: i - 1, t1: i + 1 });
  }
  return out;
}

/** Anything in the post that makes it about a patient (used as context by the identifier rules). */
export function patientContext(t: TextAnalysis): boolean {
  return (
    patientRefs(t, true).length > 0 ||
    t.has(CONDITIONS) ||
    t.has(CASE) ||
    locations(t).length > 0 ||
    personNames(t, NO_ACCOUNTS).some((p) => p.kind !== 'given' && p.kind !== 'called') ||
    described(t).length > 0
  );
}

const NO_ACCOUNTS: ReadonlySet<string> = new Set();

export function evidenceOf(t: TextAnalysis, pieces: readonly Piece[]): Evidence[] {
  return pieces.map((p) => t.span(p.t0, p.t1));
}

// ---------------------------------------------------------------------------------------------
// Issue 6: more ways a post points to one person. Each runs only when the rule has already found
// that the post is about care or health, and reads tokens the analysis has already made.

/** Person nouns that a relative clause can single out ("the lad who overdosed", "a resident who keeps escaping"). */
const INDIVIDUALS = new Set([
  'lady', 'man', 'woman', 'bloke', 'lad', 'girl', 'boy', 'fella', 'fellow', 'chap', 'guy', 'gent', 'gentleman', 'kid', 'child', 'resident', 'client', 'patient',
  'teenager', 'teen', 'pensioner', 'couple', 'family', 'one', 'mum', 'dad', 'mother', 'father', 'granny', 'grandad', 'grandma', 'student', 'pupil', 'baby',
  'toddler', 'youngster', 'wife', 'husband', 'user', 'person',
]);
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'our', 'my', 'one']);
const RELATIVE = new Set(['who', 'whose', "who's", 'whos', 'that', 'which']);
/** "the lad who overdosed", "the woman in Barnsley who ...", "a resident who keeps escaping", "the one who threw a kettle". */
export function described(t: TextAnalysis): Piece[] {
  const out: Piece[] = [];
  const n = t.tokens.length;
  for (let i = 0; i < n; i++) {
    if (!INDIVIDUALS.has(t.key(i))) continue;
    // A determiner (or a named home or place right before: "Sunnybank care home resident who") within two words before.
    let d = -1;
    for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
      if (DETERMINERS.has(t.key(j))) {
        d = j;
        break;
      }
    }
    // (Or the person starts the post: "Woman who got a fork stuck in her throat ...".)
    if (d < 0 && !(i > 0 && (t.key(i - 1) === 'home' || t.capitalised(i - 1))) && t.sentenceOf(i).t0 !== i) continue;
    let r = i + 1;
    // "the woman in Barnsley who": a place between the person and the clause.
    if ((t.key(r) === 'in' || t.key(r) === 'from' || t.key(r) === 'on') && t.tokens[r + 1] && t.capitalised(r + 1)) {
      r += 2;
      while (r < n && r < i + 5 && t.capitalised(r)) r++;
    }
    // "the bloke with the gangrenous toe who ...": a short "with" phrase between (fourth pass, issue 6).
    if (t.key(r) === 'with') for (let q = r + 1; q < Math.min(n, r + 6); q++) if (RELATIVE.has(t.key(q)) && t.key(q) !== 'that') { r = q; break; }
    if (!RELATIVE.has(t.key(r)) || t.tokens[r]!.sn !== t.tokens[i]!.sn) continue;
    // "that" must start a clause about the person ("the man that swallowed"), not be a demonstrative ("told the lady that day").
    if (t.key(r) === 'that' && (t.key(r + 1) === 'day' || t.key(r + 1) === 'time' || t.key(r + 1) === 'night' || t.key(r + 1) === 'i' || t.key(r + 1) === 'we')) continue;
    out.push({ t0: d >= 0 ? d : i, t1: r + 1 });
  }
  return out;
}

/** Acronyms written in capitals that are not a person's initials. */
const ACRONYMS = new Set([
  'nhs', 'gp', 'gps', 'ae', 'icu', 'itu', 'hdu', 'ed', 'dv', 'mnd', 'bmi', 'tb', 'ot', 'ots', 'slt', 'odp', 'hca', 'rta', 'ct', 'mri', 'ecg', 'uti', 'sti', 'hiv',
  'dnr', 'rip', 'omg', 'lol', 'fml', 'tbh', 'imo', 'uk', 'us', 'usa', 'eu', 'pe', 'id', 'mp', 'mps', 'ceo', 'bbc', 'itv', 'rt', 'dm', 'pm', 'am', 'aka', 'ok',
  'tv', 'bp', 'hr', 'it', 'rn', 'mh', 'ld', 'ms', 'cf', 'ra', 'oa', 'mi', 'pt', 'pts', 'ng', 'iv', 'im', 'sc', 'od', 'cpr', 'aed', 'dna', 'tia', 'cva', 'gcs',
  'obs', 'nok', 'dob', 'ni', 'dwp', 'nfa', 'ama', 'ptsd', 'ocd', 'adhd', 'asd', 'eupd', 'bpd', 'pd', 'sw', 'cp', 'lac', 'cin', 'cic', 'fgm', 'cse', 'sen',
  'send', 'ehcp', 'ta', 'ta\'s', 'dj', 'ufc', 'afc', 'fc', 'rfc', 'cc', 'bc', 'pc', 'pcso', 'cid', 'ssd', 'cqc', 'hcpc', 'nmc', 'gmc', 'rcn', 'csp', 'bda',
  'rcot', 'rcslt', 'ahp', 'ahps', 'msk', 'a&e', 'er', 'or', 'aa', 'gcse', 'gcses', 'mot', 'diy', 'vip', 'ppe', 'rsv', 'flu', 'rsi', 'acl', 'mcl', 'spf', 'uva', 'uvb',
  'bmj', 'who', 'nice', 'rcp', 'rcs', 'ons', 'bma', 'dhsc', 'ukhsa', 'phe', 'pcn', 'icb', 'ccg', 'cmo', 'ae', 'bsl', 'mp', 'lgbt', 'bame', 'sos', 'faq', 'qa',
]);
/** A service user's initials: "JB from Ossett", "Client K.M. (Hebden Bridge)", "patient AB, 34,". */
export function initials(t: TextAnalysis): Piece[] {
  const out: Piece[] = [];
  const n = t.tokens.length;
  for (let i = 0; i < n; i++) {
    const tok = t.tokens[i]!;
    const k = tok.k;
    if (k.length > 3 || !t.capitalised(i)) continue;
    let j = i;
    if (k.length === 1) {
      // "K.M.", "K. M.": single capitals written with full stops.
      if (!/^[a-z]$/.test(k)) continue;
      while (j + 1 < n && j < i + 2 && t.key(j + 1).length === 1 && /^[a-z]$/.test(t.key(j + 1)) && t.capitalised(j + 1) && t.text.charAt(t.span(j, j + 1).end) === '.') j++;
      if (j === i) continue;
    } else {
      const raw = t.original(i);
      if (!/^[A-Z]{2,3}$/.test(raw) || ACRONYMS.has(k)) continue;
    }
    const after = t.key(j + 1);
    const before = t.key(i - 1);
    const placeAfter = (after === 'from' || after === 'in' || after === 'of') && t.tokens[j + 2] !== undefined && t.capitalised(j + 2);
    const bracketPlace = t.tokens[j + 1] !== undefined && t.capitalised(j + 1) && t.text.slice(t.span(j, j + 1).end, t.span(j + 1, j + 2).start).includes('(');
    // "JB, 34, Pudsey": an age set off by a comma (not "SPF 30").
    const aged = t.tokens[j + 1] !== undefined && t.tokens[j + 1]!.flags & NUM && Number(after) >= 1 && Number(after) <= 110 && t.text.slice(t.span(j, j + 1).end, t.span(j + 1, j + 2).start).includes(',');
    const headed = before === 'client' || before === 'patient' || before === 'pt' || before === 'resident' || before === 'service' || before === 'user';
    if (placeAfter || bracketPlace || aged || headed) out.push({ t0: i, t1: j + 1 });
  }
  return out;
}

const FAMILY_GROUPS = new Set(['family', 'kids', 'children', 'twins', 'triplets', 'boys', 'girls', 'household', 'brothers', 'sisters', 'siblings', 'clan']);
const NOT_FAMILY_NAMES = new Set(['royal', 'the', 'our', 'my', 'your', 'addams', 'modern', 'nhs', 'ward', 'year', 'polish', 'new', 'whole']);
/** "the Hartley kids", "the Okafor family": a family named by its surname. */
export function familyNames(t: TextAnalysis): Piece[] {
  const out: Piece[] = [];
  for (let i = 1; i + 1 < t.tokens.length; i++) {
    if (t.key(i - 1) !== 'the' || !FAMILY_GROUPS.has(t.key(i + 1)) || !t.capitalised(i) || t.capitalised(i + 1)) continue;
    const k = t.key(i);
    if (!/^[a-z][a-z'-]+$/.test(k) || NOT_FAMILY_NAMES.has(k) || t.tokens[i]!.sn !== t.tokens[i + 1]!.sn) continue;
    // "the ISIS brothers": a word in capitals is an acronym, not a surname.
    if (t.original(i) === t.original(i).toUpperCase()) continue;
    out.push({ t0: i - 1, t1: i + 2 });
  }
  return out;
}

/** Relations and people the reader knows: "your ex", "ur mum", "your old headteacher". */
const RELATIONS = new Set([
  'ex', 'mum', 'mam', 'mom', 'dad', 'nan', 'nana', 'gran', 'grandad', 'grandma', 'brother', 'sister', 'cousin', 'aunt', 'auntie', 'uncle', 'husband', 'wife',
  'bf', 'gf', 'boyfriend', 'girlfriend', 'partner', 'mate', 'boss', 'neighbour', 'neighbor', 'teacher', 'headteacher', 'landlord', 'landlady', 'ex-husband',
  'ex-wife', 'ex-boyfriend', 'ex-girlfriend', 'son', 'daughter', "sister's", "brother's", 'friend', 'bestie', 'fella', 'missus', 'hubby', 'stepdad', 'stepmum',
  // Fourth pass (issue 6).
  'fiance', 'fiancé', 'fiancee', 'fiancée', 'crush', 'coach', 'tutor', 'lecturer', 'vicar', 'mother-in-law', 'father-in-law', 'sister-in-law', 'brother-in-law',
]);
/** The poster's workplace people, whose relations the poster knows ("my new manager's brother"). Fifth pass. */
const WORK_OWNERS = new Set(['manager', 'colleague', 'boss', 'supervisor', 'mentor']);
/** After "my", the poster's own people ("my ex", "my old PE teacher"): known to the poster, not family (family is ownFamilyOnly's). */
const MY_KNOWN = new Set(['ex', 'ex-husband', 'ex-wife', 'ex-boyfriend', 'ex-girlfriend', 'boss', 'neighbour', 'neighbor', 'teacher', 'headteacher', 'landlord', 'landlady', 'crush', 'coach', 'tutor', 'lecturer', 'vicar']);
const OLD = new Set(['old', 'former', 'ex', 'childhood', 'primary', 'secondary', 'school', 'pe', 'maths', 'english', 'science', 'form', 'next-door', 'new', 'best', 'driving']);
const base = (k: string): string => (k.endsWith("'s") ? k.slice(0, -2) : k);
/** "saw your ex at the fertility clinic": someone the person addressed knows. */
export function knownPersons(t: TextAnalysis): Piece[] {
  const out: Piece[] = [];
  const { any } = classes(t);
  if (!(any & C_YOU)) return out;
  const { cls } = classes(t);
  for (let i = 0; i + 1 < t.tokens.length; i++) {
    if (!(cls[i]! & C_YOU) || (t.key(i) !== 'your' && t.key(i) !== 'ur')) continue;
    let j = i + 1;
    // Up to two words between: "your old PE teacher", "ur best mate".
    for (let m = 0; m < 2 && !RELATIONS.has(base(t.key(j))) && j < i + 3; m++) j++;
    // Not "your own boss" (an idiom) nor "your friend request" (a thing).
    if (t.key(i + 1) === 'own' || NOT_A_PERSON_NEXT.has(t.key(j + 1))) continue;
    if (RELATIONS.has(base(t.key(j)))) out.push({ t0: i, t1: j + 1 });
  }
  return out;
}

/**
 * Fourth pass (issue 6): someone the poster knows from outside work: a relation of their own people
 * ("my cousin's fiance", "my auntie Pat's best mate", "my son's teacher"), their own ex, boss or old
 * teacher ("my old PE teacher"), or "someone I went to sixth form with" (case.txt, `known`).
 */
export function acquaintances(t: TextAnalysis): Piece[] {
  const out: Piece[] = [];
  for (const h of t.hits(CASE)) if (h.entry.tag === 'known') out.push({ t0: h.t0, t1: h.t1 });
  const { any } = classes(t);
  if (!(any & C_MY)) return out;
  for (let i = 0; i + 1 < t.tokens.length; i++) {
    if (t.key(i) !== 'my') continue;
    // "my cousin's fiance", "my auntie pat's best mate": a possessive of the poster's own person, then another person.
    let j = i + 1;
    let owner = -1;
    for (; j < Math.min(t.tokens.length, i + 4); j++) {
      const k = t.key(j);
      if (k.endsWith("'s") && (OWN_FAMILY_SET.has(base(k)) || RELATIONS.has(base(k)) || WORK_OWNERS.has(base(k)) || (j > i + 1 && OWN_FAMILY_SET.has(t.key(j - 1))))) {
        owner = j;
        break;
      }
      // (Sixth pass: "my own nan's neighbour".)
      if (!OWN_FAMILY_SET.has(k) && !OLD.has(k) && k !== 'own') break;
    }
    if (owner >= 0) {
      let m = owner + 1;
      for (let n = 0; n < 2 && m < t.tokens.length && !RELATIONS.has(base(t.key(m))) && !MATE_LIKE.has(t.key(m)); n++) m++;
      if (RELATIONS.has(base(t.key(m))) || MATE_LIKE.has(t.key(m))) {
        out.push({ t0: i, t1: m + 1 });
        continue;
      }
      // (Fifth pass: no one after it, so "'s" was "is" or "has": "My neighbour's started coming to the clinic" is the neighbour.)
    }
    // "my ex", "my old PE teacher", "my next-door neighbour".
    let m = i + 1;
    for (let n = 0; n < 2 && m < t.tokens.length && OLD.has(t.key(m)); n++) m++;
    if (MY_KNOWN.has(base(t.key(m)))) out.push({ t0: i, t1: m + 1 });
  }
  return out;
}
const NOT_A_PERSON_NEXT = new Set(['request', 'requests', 'list', 'lists', 'zone', 'code', 'codes', 'group', 'rates', 'suggestions']);
const MATE_LIKE = new Set(['mate', 'friend', 'bestie', 'teacher', 'neighbour', 'neighbor', 'boss', 'fella', 'bloke', 'girlfriend', 'boyfriend', 'partner', 'fiance', 'fiancé', 'fiancee', 'fiancée', 'ex', 'colleague', 'housemate', 'flatmate', 'landlord', 'landlady']);
const OWN_FAMILY_SET = new Set(['mum', 'mam', 'mom', 'dad', 'nan', 'nana', 'gran', 'granny', 'grandma', 'grandad', 'grandpa', 'sister', 'brother', 'son', 'daughter', 'wife', 'husband', 'partner', 'aunt', 'auntie', 'aunty', 'uncle', 'cousin', 'niece', 'nephew', 'friend', 'mate', 'bestie', 'boyfriend', 'girlfriend', 'kids', 'kid', 'children', 'child', 'best', 'fella', 'missus', 'hubby', 'ex']);

// (Sixth pass: or a postcode district, "anyone from the S71 postcode know the family at number 22?".)
const HOUSE_STREETS = new Set(['street', 'road', 'lane', 'avenue', 'close', 'drive', 'crescent', 'terrace', 'grove', 'estate', 'flats', 'cul-de-sac', 'st', 'rd', 'block', 'postcode']);
/** "Number 23 has a catheter" on a street the post names: a house as good as an address. */
export function houseNumbers(t: TextAnalysis): Piece[] {
  const out: Piece[] = [];
  if (t.digits === 0 || (t.findKey(0, t.tokens.length, HOUSE_STREETS) < 0 && !t.tokens.some((x) => x.k.endsWith("'s") && HOUSE_STREETS.has(x.k.slice(0, -2))))) return out;
  for (let i = 0; i + 1 < t.tokens.length; i++) {
    const k = t.key(i);
    if (k !== 'number' && k !== 'no' && k !== 'flat' && k !== 'house') continue;
    const next = t.tokens[i + 1]!;
    if (next.flags & NUM && /^\d{1,3}[a-z]?$/.test(next.k) && t.key(i - 1) !== 'a' && t.key(i - 1) !== 'the') out.push({ t0: i, t1: i + 2 });
  }
  return out;
}

/** Words before a capitalised name that make a nickname ("Big Trev", "Little Maisie", "Old Stan"). */
const NICK_LEADS = new Set(['big', 'little', 'lil', 'old', 'young', 'wee', 'auntie', 'aunty', 'uncle', 'nana', 'grandad', 'granny']);
const NOT_NICKS = new Set(['ben', 'mac', 'chef', 'trafford', 'bang', 'brother', 'sister', 'carers', 'people', 'ones', 'man', 'lady', 'boy', 'girl', 'one', 'mrs', 'mr', 'miss', 'the', 'and', 'i']);
/** "Big Trev", "Little Maisie": a nickname, a name in all but form. */
export function nicknames(t: TextAnalysis): Piece[] {
  const out: Piece[] = [];
  for (let i = 0; i + 1 < t.tokens.length; i++) {
    if (!NICK_LEADS.has(t.key(i)) || !t.capitalised(i) || !t.capitalised(i + 1)) continue;
    const k = t.key(i + 1).replace(/'s$/, '');
    if (!/^[a-z][a-z'-]+$/.test(k) || NOT_NICKS.has(k) || t.tokens[i + 1]!.sn !== t.tokens[i]!.sn || PLACE_HEADS.has(k)) continue;
    // An all-capitals sentence capitalises everything: not a name then.
    if (t.original(i) === t.original(i).toUpperCase() && t.original(i + 1) === t.original(i + 1).toUpperCase()) continue;
    out.push({ t0: i, t1: i + 2 });
  }
  return out;
}

/** "Year 5", "Y9": a child's school year, which with a school or a town narrows them down. */
export function schoolYears(t: TextAnalysis): Piece[] {
  const out: Piece[] = [];
  if (t.digits === 0) return out;
  for (let i = 0; i < t.tokens.length; i++) {
    const k = t.key(i);
    if (k === 'year' && t.capitalised(i) && t.tokens[i + 1] && t.tokens[i + 1]!.flags & NUM && Number(t.key(i + 1)) >= 1 && Number(t.key(i + 1)) <= 13) out.push({ t0: i, t1: i + 2 });
    else if (/^y(?:[1-9]|1[0-3])$/.test(k) && t.capitalised(i)) out.push({ t0: i, t1: i + 1 });
  }
  return out;
}
