/**
 * The learned offensive-language signal: a hashed logistic regression (features.ts) whose weights
 * ship in offensive.json, trained by `npm run train` (train/train.ts) on OLID and Davidson; see
 * PROVENANCE.md. Loaded once from the data file beside this module (copied to dist/ by the build).
 *
 * The score alone never makes a finding: rules call it only on posts a cheap gate selected (a
 * person addressed or named, or a protected group named) and pair it with evidence of their own.
 * Scoring allocates nothing per post beyond the small result object.
 */
import { readFileSync } from 'node:fs';
import { DOMAIN, MENTION, NUM, type TextAnalysis } from '../text/index.js';
import { BITS, FeatureBuffer, bigramBucket, decodeTable, featurise, hasCharGrams, modelWord, modelWords, pushCharGrams, pushLexFeatures, unigramBucket, wordHash } from './features.js';

export interface WeightsFile {
  format: string;
  bits: number;
  bias: number;
  /** Each stored int8 weight times this is the real weight. */
  scale: number;
  /** Base64 of the bucket indices, as unsigned LEB128 deltas in ascending order. */
  index: string;
  /** Base64 of the int8 weights, one per index. */
  weights: string;
  /** Decision margins chosen in cross-validation on the training data. */
  thresholds: Record<string, number>;
  provenance: Record<string, unknown>;
}

export interface Weights {
  table: Float32Array;
  bias: number;
  thresholds: Readonly<Record<string, number>>;
  /** The lowest margin in thresholds: below it the tokens are not ranked (no rule could use them). */
  lowest?: number;
}

export function decodeWeights(file: WeightsFile): Weights {
  if (file.format !== 'hindsight-hashed-lr/1') throw new Error(`offensive.json: unknown format ${file.format}`);
  if (file.bits !== BITS) throw new Error(`offensive.json: built for ${file.bits}-bit hashing, the code uses ${BITS}`);
  const index = Buffer.from(file.index, 'base64');
  const weights = new Int8Array(Buffer.from(file.weights, 'base64'));
  const table = decodeTable(index, weights, file.scale);
  return { table, bias: file.bias, thresholds: file.thresholds, lowest: lowestMargin(file.thresholds) };
}

/** The lowest decision margin; with none given (training), every score is ranked. */
function lowestMargin(thresholds: Readonly<Record<string, number>>): number {
  let low = Infinity;
  for (const name of ['offensive', 'offensiveWeak']) low = Math.min(low, thresholds[name] ?? Infinity);
  return low === Infinity ? -Infinity : low;
}

let current: Weights | null = decodeWeights(JSON.parse(readFileSync(new URL('./offensive.json', import.meta.url), 'utf8')) as WeightsFile);

/** Swap the weights (training measures the rules without the model, tests use fixed weights); null turns the signal off. */
export function useWeights(weights: Weights | null): void {
  current = weights && { ...weights, lowest: lowestMargin(weights.thresholds) };
  lastText = null;
  words = new Map();
}

export function activeWeights(): Weights | null {
  return current;
}

export interface OffensiveScore {
  /** Probability-like score in [0, 1]. */
  p: number;
  /** The margin (log-odds). */
  z: number;
  /** Tokens that pushed the score up most, strongest first (mentions, links and numbers left out). */
  top: number[];
  /** The summed weight of each of those tokens' own features (before normalising). */
  weight: number[];
}

const NONE: OffensiveScore = Object.freeze({ p: 0, z: -Infinity, top: [], weight: [] }) as OffensiveScore;
/** The last analysis scored and its score: the rules of one post ask one after another. */
let lastText: TextAnalysis | null = null;
let lastScore: OffensiveScore = NONE;
/** Per-token contributions and the feature buffer, reused across posts. */
let contrib = new Float64Array(64);
const features = new FeatureBuffer();

/** What a word contributes on its own (unigram and character n-grams), cached per word. */
interface WordInfo {
  hash: number;
  weight: number;
  count: number;
}
let words = new Map<string, WordInfo>();
const MAX_WORDS = 50_000;
const scratch = new FeatureBuffer();

function wordInfo(table: Float32Array, t: TextAnalysis, i: number, word: string): WordInfo {
  const chars = hasCharGrams(t, i, word);
  const key = chars ? word : `\u0000${word}`;
  let info = words.get(key);
  if (info) return info;
  const hash = wordHash(word);
  let weight = table[unigramBucket(hash)]!;
  let count = 1;
  if (chars) {
    scratch.length = 0;
    pushCharGrams(word, scratch, 0);
    for (let k = 0; k < scratch.length; k++) weight += table[scratch.bucket[k]!]!;
    count += scratch.length;
  }
  info = { hash, weight, count };
  if (words.size >= MAX_WORDS) words = new Map();
  words.set(key, info);
  return info;
}

/**
 * The post's offensive-language score; computed once per analysis. The same features as
 * featurise() (features.ts), summed word by word with each word's own part cached, so a word
 * seen before costs one map lookup.
 */
export function offensiveScore(t: TextAnalysis): OffensiveScore {
  const w = current;
  if (!w || t.tokens.length === 0) return NONE;
  if (t === lastText) return lastScore;
  const tokens = t.tokens;
  const n = tokens.length;
  if (contrib.length < n) contrib = new Float64Array(Math.max(n, contrib.length * 2));
  contrib.fill(0, 0, n);
  const table = w.table;
  let sum = 0;
  let count = 0;
  const words = modelWords(t);
  let prevHash = 0;
  for (let k = 0; k < words.length; k++) {
    const i = words.index[k]!;
    const info = wordInfo(table, t, i, modelWord(t, i));
    sum += info.weight;
    count += info.count;
    contrib[i]! += info.weight;
    if (words.linked[k]) {
      const v = table[bigramBucket(prevHash, info.hash)]!;
      sum += v;
      count++;
      contrib[words.index[k - 1]!]! += v / 2;
      contrib[i]! += v / 2;
    }
    prevHash = info.hash;
  }
  features.length = 0;
  pushLexFeatures(t, features);
  for (let k = 0; k < features.length; k++) {
    const v = table[features.bucket[k]!]!;
    count++;
    if (v === 0) continue;
    sum += v;
    const b = features.tok2[k]!;
    if (b >= 0) {
      contrib[features.tok[k]!]! += v / 2;
      contrib[b]! += v / 2;
    } else contrib[features.tok[k]!]! += v;
  }
  const z = w.bias + sum / Math.sqrt(Math.max(1, count));
  if (z < (w.lowest ?? -Infinity)) {
    // Below every margin a rule uses: no finding can follow, so the words are not ranked.
    return remember(t, { p: 1 / (1 + Math.exp(-z)), z, top: [], weight: [] });
  }
  const top: number[] = [];
  for (let i = 0; i < n; i++) {
    if (contrib[i]! <= 0 || tokens[i]!.flags & (MENTION | DOMAIN | NUM)) continue;
    top.push(i);
  }
  top.sort((a, b) => contrib[b]! - contrib[a]! || a - b);
  if (top.length > 4) top.length = 4;
  return remember(t, { p: 1 / (1 + Math.exp(-z)), z, top, weight: top.map((i) => contrib[i]!) });
}

function remember(t: TextAnalysis, score: OffensiveScore): OffensiveScore {
  lastText = t;
  lastScore = score;
  return score;
}

/** The score from featurise() directly, without the word cache (tests compare the two). */
export function offensiveMargin(t: TextAnalysis): number {
  const w = current;
  if (!w) return -Infinity;
  const count = featurise(t, features);
  let sum = 0;
  for (let k = 0; k < count; k++) sum += w.table[features.bucket[k]!]!;
  return w.bias + sum / Math.sqrt(Math.max(1, count));
}

/** The margin a decision uses, by name ("offensive", "strong"), from the weights file. */
export function threshold(name: string): number {
  return current?.thresholds[name] ?? Infinity;
}
