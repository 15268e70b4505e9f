/**
 * The learned signal for hostility the word lists do not know ("@x you are a walking disaster",
 * "@x pathetic, as usual"). It runs only behind a gate, someone the post is aimed at:
 *   - strong: it @mentions an account other than the user's, or it is a reply;
 *   - weak: a "you", a "he/she/they", or a name written mid-sentence. A "you"
 *     alone is often the generic "you" of health advice, so the weak gate asks for a heavier anchor
 *     (at least 10) and its own margin (both chosen in training, for precision).
 * And it needs an anchor: a content word the model weighed heavily, outside negation, reported
 * speech, clinical phrases, slurs (the slur rule judges those) and praise ("bloody brilliant").
 * The anchors are the evidence. Review level.
 */
import type { Post } from '../../model/post.js';
import type { RuleFinding } from '../types.js';
import { BREAK, CLAUSE, DOMAIN, HASHTAG, MENTION, META, NUM, REPORT, SECOND_PERSON, THIRD_PERSON, qList, tidy } from '../text/index.js';
import type { TextAnalysis } from '../text/index.js';
import { offensiveScore, threshold, type OffensiveScore } from '../model/scorer.js';
import { SLURS } from '../discrimination/lexicons.js';
import { CLINICAL, INSULTS, LEADS, NOT_ANCHORS, PROFANITY } from './lexicons.js';
import { PERSON_NOUN } from './target.js';
import { ANIMAL, WHO, attribution, clinical, isReply, petContext, praise, titled, type Target } from './target.js';
import { secondary } from './combine.js';

/** Words that carry no hostility of their own, however the model weighs them. */
export const FUNCTION_WORDS = new Set([
  'i', 'me', 'my', 'mine', 'we', 'us', 'our', 'you', 'your', 'yours', 'u', 'ur', 'ya', 'he', 'him', 'his', 'she', 'her', 'hers', 'they', 'them', 'their', 'it', 'its', "it's",
  "i'm", 'im', "you're", 'youre', "he's", "she's", "they're", "we're", "i've", "you've", "i'll", "you'll", "i'd", "you'd", 'yourself', 'himself', 'herself', 'themselves',
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'some', 'any', 'all', 'every', 'each', 'no', 'not', 'and', 'or', 'but', 'so', 'if', 'then', 'than', 'as', 'because',
  'of', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'about', 'into', 'over', 'up', 'down', 'out', 'off', 'again', 'away', 'back', 'just', 'like', 'really', 'very',
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'do', 'does', 'did', 'have', 'has', 'had', 'will', 'would', 'can', 'could', 'should', 'shall', 'may', 'might', 'must',
  "don't", 'dont', "doesn't", "didn't", "can't", 'cant', "won't", "isn't", "aren't", "wasn't", 'what', 'who', 'why', 'how', 'when', 'where', 'which', 'there', 'here',
  'get', 'got', 'go', 'going', 'gonna', 'know', 'think', 'say', 'said', 'see', 'look', 'make', 'want', 'need', 'let', 'still', 'even', 'ever', 'never', 'now', 'too', 'more',
  'most', 'much', 'many', 'only', 'own', 'same', 'other', 'such', 'one', 'people', 'person', 'thing', 'things', 'lol', 'yeah', 'yes', 'oh', 'ok', 'okay', 'well', 'way',
  'again', 'today', 'tonight', 'day', 'time', 'right', 'left', 'new', 'old', 'good', 'great', 'lot', 'lots', 'bit', 'please', 'thanks', 'thank', 'via', 'amp', 'rt',
]);

export interface Gate {
  who: Target;
  /** Aimed at an account (a mention or a reply), not just a pronoun or a name. */
  strong: boolean;
}

/** Whom the post is aimed at, for the learned signal; null when no one. */
export function learnedGate(t: TextAnalysis, post: Post, own: ReadonlySet<string>): Gate | null {
  if (t.flags & MENTION) {
    // Not the account whose words are shared ("RT @x: ..."): that names a source, not a target.
    for (let i = 0; i < t.tokens.length; i++) {
      const tok = t.tokens[i]!;
      if (tok.flags & MENTION && !own.has(tok.k.slice(1)) && !attribution(t, i)) return { who: 'mention', strong: true };
    }
  }
  if (isReply(post)) return { who: 'reply', strong: true };
  return weakGate(t);
}

/**
 * A "you", a "he/she/they", or a name written mid-sentence ("... said Gary"). A group named is not
 * enough: what is said of a group is discrimination/derogation's to judge.
 */
export function weakGate(t: TextAnalysis): Gate | null {
  let third = false;
  const tokens = t.tokens;
  const quotes = t.mayQuote;
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    // Words in quotation marks address no one ("shouted 'go back to your own country'").
    if (quotes && t.inQuotes(i)) continue;
    if (SECOND_PERSON.has(tok.k)) return { who: 'you', strong: false };
    if (third) continue;
    if (THIRD_PERSON.has(tok.k)) third = true;
    else if (i > 0 && tok.e - tok.s >= 3 && !(tok.flags & (BREAK | HASHTAG | MENTION)) && t.capitalised(i) && t.sentences[tok.sn]!.t0 !== i) {
      const word = t.original(i);
      const c = word.charCodeAt(1);
      if (c >= 97 && c <= 122) third = true;
    }
  }
  return third ? { who: 'third', strong: false } : null;
}

/**
 * The words that may evidence a learned finding: heavily weighed, the poster's own, not clinical,
 * not a slur, not praise. In a post aimed at no account, quoted words (lyrics, titles, someone
 * else's words) and the swear words the profanity rule flags do not count.
 */
export function anchors(t: TextAnalysis, s: OffensiveScore, minWeight: number, aimed = false): number[] {
  const out: number[] = [];
  // Behind the weak gate, swear words the profanity rule flags (untargeted: review) are its to judge;
  // mild ones ("what the hell is he playing at") may still anchor.
  const judged = [...t.hits(CLINICAL), ...t.hits(SLURS), ...t.hits(NOT_ANCHORS)];
  // A swear word the lists excuse as a homonym ("our bitch Lola" in a post about dogs, "Dick
  // Whittington", "Bell End") anchors nothing, aimed or not.
  for (const h of t.hits(PROFANITY)) if ((!aimed && h.entry.tag !== 'mild' && !h.entry.fields.includes('ambig')) || clinical(t, h)) judged.push(h);
  for (let k = 0; k < s.top.length; k++) {
    if (s.weight[k]! < minWeight) continue;
    const i = s.top[k]!;
    const tok = t.tokens[i]!;
    if (tok.flags & (MENTION | DOMAIN | NUM) || FUNCTION_WORDS.has(tok.k) || (tok.k.length < 3 && tok.k.charCodeAt(0) < 0x2000)) continue;
    // A title or a place in capitals ("Dostoevsky's The Idiot", "Traitors' Gate") is no one's name.
    if (judged.some((h) => h.t0 <= i && h.t1 > i) || praise(t, { t1: i + 1 }) || titled(t, { t0: i, t1: i + 1 })) continue;
    // Negated, reported, talked about ("stop telling students they're useless"), or quoted words.
    if (t.negated(i) || t.frameAt(i) & (aimed ? REPORT : REPORT | META) || (!aimed && t.inQuotes(i))) continue;
    // Behind the weak gate, a listed description of a thing ("thick fog", "useless printer"), not a person.
    if (!aimed && describesThing(t, i)) continue;
    if (manner(t, i)) continue;
    // Behind the weak gate, words said of an animal ("my dog is thick as a plank").
    if (!aimed && (t.findKey(Math.max(t.clauseStart(i), i - 6), i, ANIMAL) >= 0 || petContext(t, { t0: i }))) continue;
    out.push(i);
  }
  return out;
}

/** The post holds a swear word that the lists excuse as a homonym or a name. */
function excused(t: TextAnalysis): boolean {
  if (!t.has(PROFANITY)) return false;
  for (const h of t.hits(PROFANITY)) if (clinical(t, h)) return true;
  return false;
}

/** Some anchor weighs at least min. */
function heavy(s: OffensiveScore, words: readonly number[], min: number): boolean {
  for (const i of words) {
    const k = s.top.indexOf(i);
    if (k >= 0 && s.weight[k]! >= min) return true;
  }
  return false;
}

/**
 * "grinning like an idiot", "crying like a baby": a simile of manner after a verb in -ing or -ed
 * describes how something was done (most often by the poster), not a name called.
 */
function manner(t: TextAnalysis, i: number): boolean {
  const art = t.key(i - 1);
  if ((art !== 'a' && art !== 'an') || t.key(i - 2) !== 'like') return false;
  const verb = t.key(i - 3);
  return verb.length > 4 && (verb.endsWith('ing') || verb.endsWith('ed') || verb.endsWith('in'));
}

/** Token i is a listed insulting description ("thick", "useless") of the thing named right after it ("thick fog"). */
function describesThing(t: TextAnalysis, i: number): boolean {
  const d = t.hits(INSULTS).find((h) => h.t0 === i && h.t1 === i + 1 && h.entry.tag === 'adj') ?? t.hits(LEADS).find((h) => h.t0 === i && h.t1 === i + 1);
  if (!d) return false;
  const next = t.tokens[i + 1];
  if (!next || next.flags & (BREAK | CLAUSE | MENTION | HASHTAG | DOMAIN) || next.sn !== t.tokens[i]!.sn) return false;
  // A word in capitals is a name, an acronym or a placeholder, not a thing described ("useless NHS app").
  const word = t.original(i + 1);
  if (word === word.toUpperCase()) return false;
  const k = next.k;
  return k.length > 2 && !PERSON_NOUN.has(k) && !FUNCTION_WORDS.has(k) && !t.hits(INSULTS).some((h) => h.t0 === i + 1);
}

export function learnedAbuse(post: Post, t: TextAnalysis, own: ReadonlySet<string>): RuleFinding[] {
  const gate = learnedGate(t, post, own);
  if (!gate) return [];
  const who = gate.who;
  const s = offensiveScore(t);
  const off = threshold(gate.strong ? 'offensive' : 'offensiveWeak');
  if (s.z < off) return [];
  const words = anchors(t, s, threshold(gate.strong ? 'anchor' : 'anchorWeak'), gate.strong);
  if (words.length === 0) return [];
  const strong = threshold('strong');
  // A mention or a reply says whom the post is aimed at, not that it is hostile: an account tagged
  // in an ad ("Paid partnership with @x ... shoes") or a friendly reply ("@x took the kids to the
  // panto") has no heavy word. Behind the strong gate, one anchor must weigh as much as the weak
  // gate asks for, unless the post as a whole scores well past the strong margin.
  // A score raised by a homonym the lists excuse ("our bitch Lola", "Dick Whittington") earns no such leave.
  if (gate.strong && !heavy(s, words, threshold('anchorWeak')) && (s.z < 2 * strong || excused(t))) return [];
  const evidence = tidy(words.map((i) => t.span(i, i + 1)));
  const confidence = 0.5 + 0.15 * Math.min(1, Math.max(0, (s.z - off) / Math.max(0.01, strong - off)));
  return [
    secondary({
      topic: 'communication.abuse',
      severity: 'medium',
      confidence: Math.round(confidence * 100) / 100,
      message: `Reads as hostile or insulting ${WHO[who]} (a learned signal, weighing ${qList(evidence)}). Abusive or insulting language towards others falls short of communicating respectfully.`,
      evidence,
    }, gate.strong ? undefined : 'learned'),
  ];
}
