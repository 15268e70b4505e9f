/**
 * Hashed features of a post for the learned offensive-language signal, read straight off the
 * shared text analysis (no second tokenisation, no strings built per feature): word unigrams,
 * word bigrams within a sentence, character 3- to 5-grams of each word, and a few word-list
 * features (a swear word, an insult, a slur, a derogatory predicate, "you").
 *
 * Every phrase naming a protected group ("muslims", "trans women", "old people") is left out
 * altogether, in training and in use alike (no word, no bigram across it), so the score of a
 * sentence cannot depend on whether it names a group, or which: the identity-term swap is exact by
 * construction, and a neutral mention of a group cannot raise the score.
 *
 * Each feature is attributed to the token it came from, so a finding can quote the words that
 * weighed most. Training (train/train.ts) and scoring (scorer.ts) share this one function.
 */
import { DOMAIN, EMOJI, MENTION, NUM, SECOND_PERSON, outermost, type TextAnalysis } from '../text/index.js';
import { GROUPS, PREDICATES, SLURS } from '../discrimination/lexicons.js';
import { INSULTS, PROFANITY } from '../communication/lexicons.js';

/** Hash table size: 2^BITS buckets. */
export const BITS = 18;
export const MASK = (1 << BITS) - 1;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

function mixChar(h: number, c: number): number {
  return Math.imul(h ^ c, FNV_PRIME);
}

function mixStr(h: number, s: string, from = 0, to = s.length): number {
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h;
}

/** Seeds per feature family, so "w:you" and "c:you" land in different buckets. */
const SEED_WORD = mixStr(FNV_OFFSET, 'w:');
const SEED_BIGRAM = mixStr(FNV_OFFSET, 'b:');
const SEED_CHAR = mixStr(FNV_OFFSET, 'c:');
const SEED_LEX = mixStr(FNV_OFFSET, 'l:');

/** Shortest and longest character n-grams, and the longest word they are taken from. */
const CHAR_MIN = 3;
const CHAR_MAX = 5;
const CHAR_WORD_MAX = 24;

/** Placeholders for tokens whose exact text carries no meaning here. */
const MENTION_WORD = '@user';
const URL_WORD = '<url>';
const NUM_WORD = '<num>';

/** Receives one feature: its bucket and the token it belongs to (or two tokens for a bigram). */
export type FeatureSink = (bucket: number, t0: number, t1: number) => void;

/** The word a token stands for in the model. */
function wordOf(t: TextAnalysis, i: number): string {
  const tok = t.tokens[i]!;
  if (tok.flags & MENTION) return MENTION_WORD;
  if (tok.flags & DOMAIN) return URL_WORD;
  if (tok.flags & NUM) return NUM_WORD;
  // Stretched and leet spellings fold to the plain word ("fuuuck", "sh1t"); masks keep their "*".
  return tok.f1 !== undefined && !tok.f1.includes('*') ? tok.f1 : tok.k;
}

function lexFeature(sink: FeatureSink, name: string, tag: string, t0: number, t1: number): void {
  let h = mixStr(SEED_LEX, name);
  h = mixChar(h, 58);
  h = mixStr(h, tag);
  sink((h >>> 0) & MASK, t0, t1);
}

/**
 * Emit every feature of the post. Returns the number of features emitted (the vector is
 * normalised by its square root).
 */
export function featurise(t: TextAnalysis, sink: FeatureSink): number {
  const tokens = t.tokens;
  const n = tokens.length;
  let count = 0;
  const groups = t.has(GROUPS) ? outermost(t.hits(GROUPS)) : [];
  let g = 0;
  let prevWord: string | null = null;
  let prevIndex = -1;
  let prevSentence = -1;
  for (let i = 0; i < n; ) {
    // A group phrase adds nothing and links nothing: the model cannot tell that a group is named, or which.
    while (g < groups.length && groups[g]!.t0 < i) g++;
    const grp = g < groups.length && groups[g]!.t0 === i ? groups[g] : undefined;
    if (grp) {
      prevWord = null;
      i = Math.max(grp.t1, i + 1);
      continue;
    }
    const tok = tokens[i]!;
    const word = wordOf(t, i);
    sink((mixStr(SEED_WORD, word) >>> 0) & MASK, i, i + 1);
    count++;
    if (prevWord !== null && tok.sn === prevSentence) {
      let h = mixStr(SEED_BIGRAM, prevWord);
      h = mixChar(h, 32);
      h = mixStr(h, word);
      sink((h >>> 0) & MASK, prevIndex, i + 1);
      count++;
    }
    if (!(tok.flags & (MENTION | DOMAIN | NUM | EMOJI)) && word.length <= CHAR_WORD_MAX) {
      // Character n-grams of "\x02word\x03".
      const len = word.length + 2;
      for (let a = 0; a < len; a++) {
        let h = SEED_CHAR;
        for (let k = 0; k < CHAR_MAX && a + k < len; k++) {
          const p = a + k;
          h = mixChar(h, p === 0 ? 2 : p === len - 1 ? 3 : word.charCodeAt(p - 1));
          if (k + 1 >= CHAR_MIN) {
            sink((h >>> 0) & MASK, i, i + 1);
            count++;
          }
        }
      }
    }
    prevWord = word;
    prevIndex = i;
    prevSentence = tok.sn;
    i++;
  }
  // Word-list features: what the rules' own lists see, for the model to weigh.
  for (const h of t.hits(PROFANITY)) {
    lexFeature(sink, 'profanity', h.entry.tag, h.t0, h.t1);
    count++;
  }
  for (const h of t.hits(INSULTS)) {
    lexFeature(sink, 'insult', h.entry.tag, h.t0, h.t1);
    count++;
  }
  for (const h of t.hits(SLURS)) {
    lexFeature(sink, 'slur', h.entry.fields[0] ?? 'strict', h.t0, h.t1);
    count++;
  }
  for (const h of t.hits(PREDICATES)) {
    lexFeature(sink, 'predicate', h.entry.tag, h.t0, h.t1);
    count++;
  }
  for (let i = 0; i < n; i++) {
    if (SECOND_PERSON.has(tokens[i]!.k)) {
      lexFeature(sink, 'person', 'you', i, i + 1);
      count++;
      break;
    }
  }
  return count;
}
