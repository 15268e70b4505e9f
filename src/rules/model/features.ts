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
 * Features go into a reusable buffer (bucket numbers, and the token or tokens each came from, so a
 * finding can quote the words that weighed most). Training (train/train.ts) and scoring
 * (scorer.ts) share this one function.
 */
import { DOMAIN, EMOJI, MENTION, NUM, SECOND_PERSON, outermost, type LexEntry, type TextAnalysis } from '../text/index.js';
import { GROUPS, PREDICATES, SLURS } from '../discrimination/lexicons.js';
import { INSULTS, PROFANITY } from '../communication/lexicons.js';

/** Hash table size: 2^BITS buckets. */
export const BITS = 18;
export const MASK = (1 << BITS) - 1;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

function mixStr(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h;
}

/** A 32-bit finaliser, so that combined hashes spread over the table. */
function fmix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Seeds per feature family, so "w:you" and "c:you" land in different buckets. */
const SEED_WORD = mixStr(FNV_OFFSET, 'w:');
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

/** Features of one post: bucket k came from token tok[k] (and, for a bigram or a phrase, also tok2[k], else -1). */
export class FeatureBuffer {
  bucket = new Int32Array(512);
  tok = new Int32Array(512);
  tok2 = new Int32Array(512);
  length = 0;

  push(bucket: number, t0: number, t1: number): void {
    if (this.length === this.bucket.length) {
      const grow = (a: Int32Array): Int32Array<ArrayBuffer> => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.bucket = grow(this.bucket);
      this.tok = grow(this.tok);
      this.tok2 = grow(this.tok2);
    }
    this.bucket[this.length] = bucket;
    this.tok[this.length] = t0;
    this.tok2[this.length] = t1;
    this.length++;
  }
}

/** The word a token stands for in the model. */
export function modelWord(t: TextAnalysis, i: number): string {
  const tok = t.tokens[i]!;
  if (tok.flags & MENTION) return MENTION_WORD;
  if (tok.flags & DOMAIN) return URL_WORD;
  if (tok.flags & NUM) return NUM_WORD;
  // Stretched and leet spellings fold to the plain word ("fuuuck", "sh1t"); masks keep their "*".
  return tok.f1 !== undefined && !tok.f1.includes('*') ? tok.f1 : tok.k;
}

/** Buckets of word-list features, by entry (computed once per entry). */
const lexBuckets = new WeakMap<LexEntry, number>();

function lexBucket(family: string, entry: LexEntry, tag: string): number {
  let b = lexBuckets.get(entry);
  if (b === undefined) {
    b = fmix(mixStr(mixStr(SEED_LEX, family), `:${tag}`)) & MASK;
    lexBuckets.set(entry, b);
  }
  return b;
}

const YOU_BUCKET = fmix(mixStr(mixStr(SEED_LEX, 'person'), ':you')) & MASK;

/** The hash of a word, before it is reduced to a bucket. */
export function wordHash(word: string): number {
  return mixStr(SEED_WORD, word);
}

/** The bucket of a word's unigram feature. */
export function unigramBucket(hash: number): number {
  return fmix(hash) & MASK;
}

/** The bucket of the bigram of two words, from their hashes. */
export function bigramBucket(prevHash: number, hash: number): number {
  return fmix(Math.imul(prevHash, FNV_PRIME) ^ hash ^ 0x5bd1e995) & MASK;
}

/** The bucket of a word's unigram feature (for tests and inspection). */
export function wordBucket(word: string): number {
  return unigramBucket(wordHash(word));
}

/** Token i is a word with character n-grams (not a mention, link, number or emoji; not too long). */
export function hasCharGrams(t: TextAnalysis, i: number, word: string): boolean {
  return !(t.tokens[i]!.flags & (MENTION | DOMAIN | NUM | EMOJI)) && word.length <= CHAR_WORD_MAX;
}

/** Push the character 3- to 5-grams of "\x02word\x03", attributed to token i. */
export function pushCharGrams(word: string, out: FeatureBuffer, i: number): void {
  const len = word.length + 2;
  for (let a = 0; a + CHAR_MIN <= len; a++) {
    let h = SEED_CHAR;
    for (let k = 0; k < CHAR_MAX && a + k < len; k++) {
      const p = a + k;
      h = Math.imul(h ^ (p === 0 ? 2 : p === len - 1 ? 3 : word.charCodeAt(p - 1)), FNV_PRIME);
      if (k + 1 >= CHAR_MIN) out.push(fmix(h) & MASK, i, -1);
    }
  }
}

/**
 * A weight table from a weights file's packed form: bucket indices as unsigned LEB128 deltas in
 * ascending order, one int8 weight each, times `scale`. Shared by the offensive and concern models.
 */
export function decodeTable(index: Uint8Array, weights: Int8Array, scale: number): Float32Array {
  const table = new Float32Array(1 << BITS);
  let pos = 0;
  let bucket = 0;
  for (let k = 0; k < weights.length; k++) {
    let delta = 0;
    let shift = 0;
    for (;;) {
      const byte = index[pos++]!;
      delta += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) break;
      shift += 7;
    }
    bucket += delta;
    table[bucket] = weights[k]! * scale;
  }
  return table;
}

/** Group phrases to leave out, in order (undefined when the post names none). */
export function groupSpans(t: TextAnalysis): readonly { t0: number; t1: number }[] | undefined {
  return t.has(GROUPS) ? outermost(t.hits(GROUPS)) : undefined;
}

/** Push the word-list features: what the rules' own lists see, for the model to weigh. */
export function pushLexFeatures(t: TextAnalysis, out: FeatureBuffer): void {
  const lex = (family: string, hits: readonly { entry: LexEntry; t0: number; t1: number }[], tag: (e: LexEntry) => string): void => {
    for (const h of hits) out.push(lexBucket(family, h.entry, tag(h.entry)), h.t0, h.t1 - h.t0 > 1 ? h.t1 - 1 : -1);
  };
  if (t.has(PROFANITY)) lex('profanity', t.hits(PROFANITY), (e) => e.tag);
  if (t.has(INSULTS)) lex('insult', t.hits(INSULTS), (e) => e.tag);
  if (t.has(SLURS)) lex('slur', t.hits(SLURS), (e) => e.fields[0] ?? 'strict');
  if (t.has(PREDICATES)) lex('predicate', t.hits(PREDICATES), (e) => e.tag);
  const tokens = t.tokens;
  for (let i = 0; i < tokens.length; i++) {
    if (SECOND_PERSON.has(tokens[i]!.k)) {
      out.push(YOU_BUCKET, i, -1);
      break;
    }
  }
}

/**
 * The words the model sees, in order: every token except those inside a phrase naming a protected
 * group (the model cannot tell that a group is named, or which), each with whether it forms a
 * bigram with the word before it (the same sentence, no group phrase between). One walk per
 * analysis, shared by featurise() and the two scorers; the arrays are reused from post to post, so
 * read them before analysing another.
 */
export interface ModelWords {
  /** Token index of each word. */
  readonly index: Int32Array;
  /** 1 when the word and the one before it form a bigram. */
  readonly linked: Uint8Array;
  readonly length: number;
}

const walk = { index: new Int32Array(64), linked: new Uint8Array(64), length: 0 };
let walked: TextAnalysis | null = null;

export function modelWords(t: TextAnalysis): ModelWords {
  if (t === walked) return walk;
  walked = t;
  const tokens = t.tokens;
  const n = tokens.length;
  if (walk.index.length < n) {
    walk.index = new Int32Array(Math.max(n, walk.index.length * 2));
    walk.linked = new Uint8Array(walk.index.length);
  }
  const groups = groupSpans(t);
  let g = 0;
  let count = 0;
  let prevIndex = -1;
  let prevSentence = -1;
  for (let i = 0; i < n; ) {
    if (groups) {
      while (g < groups.length && groups[g]!.t0 < i) g++;
      const grp = g < groups.length && groups[g]!.t0 === i ? groups[g] : undefined;
      if (grp) {
        prevIndex = -1;
        i = Math.max(grp.t1, i + 1);
        continue;
      }
    }
    const sn = tokens[i]!.sn;
    walk.index[count] = i;
    walk.linked[count] = prevIndex >= 0 && sn === prevSentence ? 1 : 0;
    count++;
    prevIndex = i;
    prevSentence = sn;
    i++;
  }
  walk.length = count;
  return walk;
}

/**
 * Fill the buffer with every feature of the post (it is emptied first). The feature vector is
 * the count of each bucket divided by the square root of the number of features. (scorer.ts walks
 * the same words with a per-word cache; train/train.ts checks that both give the same score.)
 */
export function featurise(t: TextAnalysis, out: FeatureBuffer): number {
  out.length = 0;
  const words = modelWords(t);
  let prevHash = 0;
  for (let k = 0; k < words.length; k++) {
    const i = words.index[k]!;
    const word = modelWord(t, i);
    const hash = wordHash(word);
    out.push(unigramBucket(hash), i, -1);
    if (words.linked[k]) out.push(bigramBucket(prevHash, hash), words.index[k - 1]!, i);
    if (hasCharGrams(t, i, word)) pushCharGrams(word, out, i);
    prevHash = hash;
  }
  pushLexFeatures(t, out);
  return out.length;
}
