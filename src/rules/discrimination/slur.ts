import type { Rule, RuleFinding } from '../types.js';
import { BREAK, CLAUSE, INSULT_LEAD, MASKED, META, OBFUSCATED, REPORT, SECOND_PERSON, q } from '../text/index.js';
import type { Hit, TextAnalysis } from '../text/index.js';
import { CHARACTERISTIC, NOT_SLURS, SLURS, predicateHits } from './lexicons.js';

/** Strong signs that a word with a harmless meaning is being thrown at someone. */
const STRONG_LEAD = new Set([
  ...SECOND_PERSON, 'fucking', 'fuckin', 'effing', 'filthy', 'dirty', 'stupid', 'disgusting', 'bloody', 'such', 'what', 'like', 'typical', 'absolute',
  'little', 'fat', 'ugly', 'bunch', 'load', 'thick', 'bastard', 'sick', 'lazy', 'stinking', 'smelly',
]);

/** Quantifiers that pick a person out ("every retard in this town", "some poof", "a certain ch!nk"). */
const PICK = new Set(['every', 'some', 'another', 'certain', 'any', 'two', 'three', 'few', 'couple', 'loads', 'lots']);

/** Copulas that make the word describe a person ("he's a bit of a poof", "she is a proper lezza"). */
const COPULA = new Set(['is', "is'", 'was', "he's", "she's", 'hes', 'shes', "they're", 'theyre', 'are', 'were', 'be', 'being', "you're", 'youre', 'am', "i'm", 'im', "it's", 'its', 'look', 'looks', 'looked', 'sounds', 'sounded', 'acting', 'proper']);
/** Hedges and intensifiers inside "a ... X" ("a bit of a", "a right", "a total"). */
const NOUN_LEAD = new Set(['a', 'an', 'bit', 'of', 'right', 'proper', 'total', 'complete', 'real', 'massive', 'huge', 'big', 'such', 'typical', 'absolute', 'raging', 'flaming', 'screaming', 'little', 'bloody', 'fucking']);

/** Insult-mode words with an everyday sense said of a person ("she's a cracker", "he's a right little tinker"). */
const EVERYDAY_PERSON = new Set([
  'cracker', 'crackers', 'tinker', 'tinkers', 'fairy', 'fairies', 'nip', 'nips', 'paddy', 'paddies', 'cabbage', 'cabbages', 'vegetable', 'ponce', 'ponces', 'nutter',
  'nutters', 'psycho', 'psychos', 'loony', 'loonies', 'looney', 'headcase', 'headcases', 'mentalist', 'mentalists', 'schizo', 'heifer', 'whale', 'breeder', 'breeders',
  'wrinkly', 'crumbly', 'mongol', 'fenian', 'cripple', 'midget',
]);

const PERFORMED = new Set(['voice', 'voices', 'accent', 'accents', 'impression', 'face', 'eyes', 'noise', 'noises', 'walk']);
const PEOPLE_PLACES = new Set([
  'bus', 'train', 'tube', 'ladies', 'gents', 'toilets', 'toilet', 'loos', 'loo', 'queue', 'shop', 'pub', 'gym', 'office', 'waiting', 'ward', 'street', 'corner', 'park',
  'canteen', 'lift', 'changing', 'staffroom', 'staff', 'surgery', 'pharmacy', 'supermarket', 'bar', 'club', 'school', 'playground', 'team', 'course', 'placement', 'desk',
]);
const PLACES = new Set(['bed', 'bay', 'cubicle', 'room', 'resus', 'side', 'majors', 'minors', 'chair', 'clinic']);

/** Self-description that reclaims a word ("as a queer woman", "proud dyke"). */
const RECLAIM = new Set(['i', "i'm", 'im', 'am', 'as', 'we', "we're", 'us', 'proud', 'proudly', 'fellow']);

function aimed(t: TextAnalysis, h: Hit, lead: ReadonlySet<string>, ambig: boolean): boolean {
  for (let i = h.t0 - 1; i >= Math.max(0, h.t0 - 2); i--) {
    // Quantifiers pick out people only for words whose other sense is not a thing ("some crackers").
    if (lead.has(t.key(i)) || (ambig && PICK.has(t.key(i)))) return true;
  }
  // "the place is full of ...": the word names the people there.
  if (ambig && t.key(h.t0 - 1) === 'of' && t.key(h.t0 - 2) === 'full') return true;
  // "X is a bit of a poof", "she's a right lezza": a copula, then only "a ..." hedges up to the word
  // (not for words whose everyday sense is said of people: "she's a cracker", "a little tinker").
  for (let i = h.t0 - 1; i >= Math.max(0, h.t0 - 6) && !EVERYDAY_PERSON.has(t.key(h.t0)); i--) {
    const k = t.key(i);
    if (COPULA.has(k)) return i < h.t0 - 1;
    if (!NOUN_LEAD.has(k)) break;
  }
  // "faggot in bed 6": the word naming a particular person.
  if (['in', 'from', 'on'].includes(t.key(h.t1)) && PLACES.has(t.key(h.t1 + 1))) return true;
  // "the tranny on the bus", "that tranny in the ladies": a person somewhere people are.
  if (['in', 'on', 'at'].includes(t.key(h.t1)) && t.key(h.t1 + 1) === 'the' && PEOPLE_PLACES.has(t.key(h.t1 + 2)) && !EVERYDAY_PERSON.has(t.key(h.t0))) return true;
  // "dykes are disgusting": the word used as a group name in a derogatory statement.
  for (const p of predicateHits(t)) {
    if (p.t0 < h.t1 || p.t0 - h.t1 > 3 || p.entry.fields[0] === 'before') continue;
    // Flagged predicates only as plain descriptions closing their clause ("fags are gross"), not "dramatic community".
    const flags = p.entry.fields[1];
    const next = t.tokens[p.t1];
    if (!flags || (flags === 'end' && (!next || next.flags & (BREAK | CLAUSE)))) return true;
  }
  return false;
}

/** After "I"/"we", verbs that make the word someone else ("if I see that ...", "we had a ..."). */
const OTHER_VERB = new Set(['see', 'saw', 'seen', 'met', 'meet', 'had', 'have', 'got', 'get', 'hate', 'hit', 'told', 'tell', 'called', 'call', 'treated', 'treat', 'found', 'caught', 'spotted', 'heard', 'watched', 'served', 'sat']);
/** Verbs between a self-reference and the word make the word someone else's ("we saw a ..."). */
const VERBISH = new Set(['see', 'saw', 'seen', 'met', 'meet', 'had', 'have', 'got', 'get', 'hate', 'hit', 'told', 'tell', 'called', 'call', 'treated', 'treat']);

/** Masks or leet inside the word, not a trailing "*" ("*spits out animal cracker*"). */
function isLetter(s: string, i: number): boolean {
  const c = s.charCodeAt(i) | 32;
  return c >= 97 && c <= 122;
}

/** "called him a mong to his face", "I called her a ...": the poster did the calling. */
function ownCalling(t: TextAnalysis, h: Hit): boolean {
  for (let i = h.t0 - 1; i >= Math.max(0, h.t0 - 4); i--) {
    const k = t.key(i);
    if (k !== 'called' && k !== 'calling') continue;
    if (!OBJECT.has(t.key(i + 1))) return false;
    const s = t.sentenceOf(i);
    return i === s.t0 || SELF_SUBJECT.has(t.key(i - 1)) || (SELF_SUBJECT.has(t.key(i - 2)) && ADVERB.has(t.key(i - 1)));
  }
  return false;
}
const OBJECT = new Set(['him', 'her', 'them', 'the', 'that', 'this']);

/** Verbs of calling or shouting abuse at someone ("called the student a ...", "shouted ... at"). */
// Spelling variants count as the verb (Scots "caw'd", "ca'd"; sixth pass).
const CALL_VERB = new Set(['called', 'calls', 'calling', 'shouted', 'shouting', 'yelled', 'yelling', 'screamed', 'screaming', 'hissed', 'muttered', "caw'd", 'cawed', "ca'd", 'cald', 'calld']);
/** Third parties who may be the subject of that verb: someone else did the calling. */
const OTHER_CALLER = new Set([
  'he', 'she', 'they', 'someone', 'somebody', 'some1', 'sum1', 'sumone', 'sumbody', 'man', 'woman', 'bloke', 'guy', 'lad', 'lads', 'fella', 'patient', 'patients', 'relative', 'relatives', 'visitor',
  'visitors', 'kid', 'kids', 'driver', 'passenger', 'customer', 'stranger', 'boy', 'girl', 'teenager', 'teenagers', 'men', 'women', 'people', 'group', 'gang',
]);

/**
 * Abuse someone else gave ("Bloke on the bus called the student next to me a p*ki"): a calling verb
 * earlier in the sentence whose subject is a third party, not the poster (fifth pass).
 */
function calledByOther(t: TextAnalysis, h: Hit): boolean {
  const s = t.sentenceOf(h.t0);
  for (let i = h.t0 - 1; i > s.t0 && i >= h.t0 - 10; i--) {
    if (!CALL_VERB.has(t.key(i))) continue;
    if (SELF_SUBJECT.has(t.key(i - 1))) return false;
    return t.findKey(s.t0, i, OTHER_CALLER) >= 0 && t.findKey(s.t0, i, SELF_SUBJECT) < 0;
  }
  return false;
}
const SELF_SUBJECT = new Set(['i', 'we', "i've", 'ive', "we've"]);
const ADVERB = new Set(['just', 'literally', 'actually', 'basically', 'only', 'then', 'once', 'proper']);

function visibleLetters(word: string): number {
  let n = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i) | 32;
    if (c >= 97 && c <= 122) n++;
  }
  return n;
}

function reclaimed(t: TextAnalysis, h: Hit): boolean {
  // "Proud to be a queer dietitian", "proud of being a ...": pride in being it (fifth pass).
  let j = h.t0 - 1;
  if (t.key(j) === 'a' || t.key(j) === 'an') j--;
  if (t.key(j) === 'be' || t.key(j) === 'being') {
    j--;
    if (t.key(j) === 'to' || t.key(j) === 'of') j--;
    if (t.key(j) === 'proud' || t.key(j) === 'proudly' || t.key(j) === 'happy' || t.key(j) === 'glad') return true;
  }
  for (let i = h.t0 - 1; i >= Math.max(0, h.t0 - 3); i--) {
    const k = t.key(i);
    if (k === 'you' || k === 'ur' || k === 'u') return false;
    // "I" or "we" reclaim only as the subject of a copula ("I am a ...", "we are ..."), not "if I see that ...".
    if ((k === 'i' || k === 'we') && OTHER_VERB.has(t.key(i + 1))) return false;
    if (k === 'us' && i !== h.t0 - 1) continue;
    if (RECLAIM.has(k)) return true;
    if (VERBISH.has(k)) return false;
  }
  return false;
}

/**
 * The word alone is in quotation marks ('"Mong" is not a funny word', 'still get called "pikeys"'):
 * the post talks about the word rather than using it. A longer quotation may be words shared with
 * approval, so only a quotation of the word and at most one more is let off.
 */
function quotedAlone(t: TextAnalysis, h: Hit): boolean {
  const n = t.tokens.length;
  // "doing the 'ching chong' voice": the quoted word is performed, not discussed.
  if (PERFORMED.has(t.key(h.t1)) || PERFORMED.has(t.key(h.t1 + 1))) return false;
  const quote = (c: string): boolean => c === '"' || c === "'";
  const opensBefore = (i: number): boolean => i >= 0 && quote(t.norm.charAt(t.tokens[i]!.s - 1));
  const closesAfter = (i: number): boolean => i < n && quote(t.norm.charAt(t.tokens[i]!.e));
  return (opensBefore(h.t0) || opensBefore(h.t0 - 1)) && (closesAfter(h.t1 - 1) || closesAfter(h.t1));
}

/** Words of a post that took abuse to someone who deals with it ("handed it to HR", "told security", "Datix'd"). */
const ESCALATED = new Set([
  'hr', 'security', 'datix', 'datixed', "datix'd", 'police', 'reported', 'reporting', 'logged', 'complaint', 'complained', 'incident', 'guardian', 'union', 'escalated',
]);

/**
 * The post took a quoted slur to someone who deals with abuse ("someone left 'X not welcome' on my
 * locker, handed it to HR"): the words are evidence of abuse received, not the poster's own. Only for
 * quoted words, so a poster's own slur beside "reported" still counts.
 */
function escalated(t: TextAnalysis): boolean {
  return t.findKey(0, t.tokens.length, ESCALATED) >= 0;
}

/** Demonstratives that point at one person ("that queer in anatomy", "those poofs at the gym"). */
const POINTING = new Set(['that', 'this', 'those', 'these']);
const AFTER_PERSON = new Set(['in', 'on', 'at', 'from', 'with', 'near', 'next', 'behind', 'who']);
/** Words that may follow a plural predicate word at its clause's end ("are poofs if you ask me", "are queers lol"). */
const TRAILING = new Set(['if', 'lol', 'lmao', 'tbh', 'imo', 'ngl', 'mate', 'though', 'tho', 'honestly', 'innit', 'and', 'but', 'obviously', 'clearly']);
/** Copulas after which a plural word describes the people ("the lads in theatre are poofs"). */
const PLURAL_COPULA = new Set(['are', 'were', "they're", 'theyre', 'all']);

/**
 * Plainer ways an insult-mode word names a person: pointed at ("not sitting next to that queer in
 * anatomy") or said of people after a copula, closing its clause ("most of the ODPs are poofs,").
 * Not for words whose everyday sense is said of people ("those fairies", "they're crackers").
 */
function named(t: TextAnalysis, h: Hit): boolean {
  if (EVERYDAY_PERSON.has(t.key(h.t0))) return false;
  const next = t.tokens[h.t1];
  const closing = !next || (next.flags & (BREAK | CLAUSE)) !== 0;
  if (POINTING.has(t.key(h.t0 - 1)) && (closing || AFTER_PERSON.has(next.k))) return true;
  const word = t.key(h.t1 - 1);
  if (word.endsWith('s') && !THING_SENSE.has(word)) {
    // "a coachload of chinks", "one of them trannies": a plural counted out as people (fifth pass).
    if (t.key(h.t0 - 1) === 'of' && PEOPLE_LOAD.has(t.key(h.t0 - 2))) return true;
    if (t.key(h.t0 - 1) === 'them' && t.key(h.t0 - 2) === 'of' && (closing || AFTER_PERSON.has(next.k) || TRAILING.has(next.k))) return true;
  }
  return PLURAL_COPULA.has(t.key(h.t0 - 1)) && word.endsWith('s') && (closing || TRAILING.has(next.k));
}
/** Plurals whose everyday sense is a thing people buy or eat ("one of them fags from the machine"). */
const THING_SENSE = new Set(['fags', 'faggots', 'benders', 'fannies']);
/** Nouns that count people out ("a coachload of ...", "a gang of ..."). */
const PEOPLE_LOAD = new Set(['coachload', 'busload', 'vanload', 'carload', 'boatload', 'planeload', 'gang', 'crowd', 'horde', 'hordes', 'group', 'groups', 'pack', 'queue', 'family', 'families']);

export const slurRule: Rule = {
  meta: {
    id: 'discrimination/slur',
    concern: 'discrimination',
    topics: ['discrimination.slur'],
    description: 'Slurs against people for a protected characteristic, including disguised spellings.',
    severity: 'high',
  },
  check(_post, { text: t }) {
    const hits = t.hits(SLURS);
    if (hits.length === 0) return [];
    const safe = t.hits(NOT_SLURS);
    const out: RuleFinding[] = [];
    const done = new Set<number>();
    for (const h of hits) {
      // One finding per word, whichever of its readings matched ("n*****").
      if (done.has(h.t0)) continue;
      if (safe.some((s) => s.t0 <= h.t0 && s.t1 >= h.t1)) continue;
      // Reporting abuse received, or challenging the word, is not using it; but "(I) called him a ..."
      // is the poster's own act.
      if (t.frameOver(h.t0, h.t1) & (REPORT | META) && !ownCalling(t, h)) continue;
      if (calledByOther(t, h)) continue;
      if (t.quotedSpan(h.t0, h.t1) && (t.anyFrame(REPORT | META) || quotedAlone(t, h) || escalated(t))) continue;
      // One visible letter and masks ("f***", "c***") could be any word of that length; only the
      // n-word is conventionally written that way ("n*****").
      if (t.tokens[h.t0]!.flags & MASKED && visibleLetters(t.hitSpan(h).text) <= 1 && !h.entry.term.startsWith('nig')) continue;
      const mode = h.entry.fields[0] ?? 'strict';
      let confidence = 0.95;
      // A disguised spelling ("ch!nk", "F A G G O T S") is never the harmless word: the writer hid it.
      // Masks must leave most of the word visible: "f***" could be any f-word.
      const written = t.hitSpan(h).text;
      const disguised0 =
        (t.tokens[h.t0]!.flags & OBFUSCATED) !== 0 && h.entry.term.length >= 4 && visibleLetters(written) * 2 > h.entry.term.length && isLetter(written, 0) && isLetter(written, written.length - 1);
      if (mode !== 'strict' && !disguised0) {
        if (reclaimed(t, h)) continue;
        const isAimed = aimed(t, h, mode === 'ambig' ? INSULT_LEAD : STRONG_LEAD, mode === 'ambig');
        if (!isAimed && !named(t, h)) continue;
        // Pointed at one person or said of people ("that queer in anatomy", "are poofs") is as sure as an ambiguous word aimed.
        confidence = mode === 'ambig' || !isAimed ? 0.8 : 0.75;
      }
      if (t.tokens[h.t0]!.flags & OBFUSCATED) confidence = Math.min(confidence, 0.9);
      if (t.quotedSpan(h.t0, h.t1)) confidence *= 0.85;
      const ev = t.hitSpan(h);
      const characteristic = CHARACTERISTIC[h.entry.tag] ?? h.entry.tag;
      const disguised = t.tokens[h.t0]!.flags & OBFUSCATED ? ' (disguised spelling)' : '';
      done.add(h.t0);
      out.push({
        topic: 'discrimination.slur',
        severity: 'high',
        confidence: Math.round(confidence * 100) / 100,
        message: `Uses a slur relating to ${characteristic}${disguised}: ${q(ev)}. Discriminatory language can undermine trust that you treat every service user fairly.`,
        evidence: [ev],
      });
    }
    return out;
  },
};
