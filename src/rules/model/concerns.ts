/**
 * The learned concern signal: one logistic regression per concern over the hashed features of
 * features.ts, trained by `npm run train:concerns` on the project's own labelled development posts
 * (train/concerns.ts; provenance in PROVENANCE.md). It catches phrasings the word lists do not know
 * ("pt in bay 4 is the mayor's wife lol"), and is only ever used alongside rule evidence:
 *   - a gate per concern, read off the rules' own lists (a patient or work word, a group named, a
 *     health topic, selling); the model cannot see which group a post names (features.ts);
 *   - anchors: the words the model weighed most must carry the finding, outside negation and
 *     reported speech, and they are the quoted evidence;
 *   - it never adds to a concern a rule already found in the post (`dropCovered`).
 * Its findings are review level: the model says "a panel may want to look", never "delete".
 */
import { readFileSync } from 'node:fs';
import type { Concern } from '../../model/finding.js';
import type { TextAnalysis } from '../text/index.js';
import { BITS, FeatureBuffer, bigramBucket, decodeTable, featurise, hasCharGrams, modelWord, modelWords, pushCharGrams, pushLexFeatures, unigramBucket, wordHash } from './features.js';

export const CONCERN_MODEL_FORMAT = 'hindsight-hashed-lr-concerns/1';

/** The concerns with a learned model here (communication has its own: scorer.ts). */
export const LEARNED_CONCERNS = ['discrimination', 'boundaries', 'accuracy', 'confidentiality', 'trust', 'promotion'] as const satisfies readonly Concern[];
export type LearnedConcern = (typeof LEARNED_CONCERNS)[number];

export interface ConcernWeightsFile {
  format: string;
  bits: number;
  concerns: Record<string, { bias: number; scale: number; index: string; weights: string; margin: number }>;
  provenance: Record<string, unknown>;
}

export interface ConcernModel {
  concern: LearnedConcern;
  table: Float32Array;
  bias: number;
  margin: number;
}

export function decodeConcernWeights(file: ConcernWeightsFile): ConcernModel[] {
  if (file.format !== CONCERN_MODEL_FORMAT) throw new Error(`concerns.json: unknown format ${file.format}`);
  if (file.bits !== BITS) throw new Error(`concerns.json: built for ${file.bits}-bit hashing, the code uses ${BITS}`);
  return LEARNED_CONCERNS.filter((c) => file.concerns[c]).map((concern) => {
    const m = file.concerns[concern]!;
    return { concern, table: decodeTable(Buffer.from(m.index, 'base64'), new Int8Array(Buffer.from(m.weights, 'base64')), m.scale), bias: m.bias, margin: m.margin };
  });
}

function loadShipped(): ConcernModel[] {
  try {
    return decodeConcernWeights(JSON.parse(readFileSync(new URL('./concerns.json', import.meta.url), 'utf8')) as ConcernWeightsFile);
  } catch (error) {
    // Before the first training run there is no file: the signal is simply off.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

let models: ConcernModel[] = loadShipped();
/**
 * The models' non-zero weights side by side in one small open-addressing table (bucket → slot;
 * slot × models + k), so that a feature costs one probe in a few hundred kilobytes for all the
 * models, rather than a read from each model's 1 MB table (which cost the rest of the pipeline
 * its cache).
 */
interface Packed {
  keys: Int32Array;
  values: Float32Array;
  mask: number;
  shift: number;
}
let packed = pack(models);

function pack(list: readonly ConcernModel[]): Packed {
  const buckets = new Set<number>();
  for (const m of list) for (let b = 0; b < m.table.length; b++) if (m.table[b] !== 0) buckets.add(b);
  let bits = 4;
  while (1 << bits < buckets.size * 2.5) bits++;
  const size = 1 << bits;
  const out: Packed = { keys: new Int32Array(size).fill(-1), values: new Float32Array(size * list.length), mask: size - 1, shift: 32 - bits };
  for (const b of buckets) {
    let slot = Math.imul(b, 0x9e3779b1) >>> out.shift;
    while (out.keys[slot] !== -1) slot = (slot + 1) & out.mask;
    out.keys[slot] = b;
    list.forEach((m, k) => (out.values[slot * list.length + k] = m.table[b]!));
  }
  return out;
}

/** The slot of a bucket in the packed table, or -1 when no model weighs it. */
function slotOf(bucket: number): number {
  const { keys, mask } = packed;
  let slot = Math.imul(bucket, 0x9e3779b1) >>> packed.shift;
  for (;;) {
    const key = keys[slot]!;
    if (key === bucket) return slot;
    if (key === -1) return -1;
    slot = (slot + 1) & mask;
  }
}

/** Add the weights of a bucket, one per model, to sums. */
function addBucket(bucket: number, into: Float64Array): void {
  const slot = slotOf(bucket);
  if (slot < 0) return;
  const k = into.length;
  const base = slot * k;
  for (let j = 0; j < k; j++) into[j]! += packed.values[base + j]!;
}

/** The concerns that have a model now. */
export function hasConcernModel(concern: string): boolean {
  for (const m of models) if (m.concern === concern) return true;
  return false;
}

/** Swap the models (training, tests); an empty list turns the signal off. */
export function useConcernModels(next: ConcernModel[]): void {
  models = next;
  packed = pack(next);
  lastText = null;
}

export function concernModels(): readonly ConcernModel[] {
  return models;
}

export interface ConcernScore {
  concern: LearnedConcern;
  /** Margin (log-odds). */
  z: number;
  /** The model's decision margin: z at or above it is a finding (given the gate and anchors). */
  margin: number;
  /** Each token's share of the margin (index = token); empty while z is below the margin. */
  contrib: Float64Array;
}

const features = new FeatureBuffer();
const scratch = new FeatureBuffer();
let lastText: TextAnalysis | null = null;
let lastScores: ConcernScore[] = [];

/** What a word contributes to each model on its own (unigram and character n-grams), cached per word. */
interface WordInfo {
  hash: number;
  /** One weight per model, in the order of `models`. */
  weights: Float64Array;
  count: number;
}
let words = new Map<string, WordInfo>();
let wordsFor: readonly ConcernModel[] = [];
const MAX_WORDS = 50_000;

function wordInfo(t: TextAnalysis, i: number, word: string): WordInfo {
  const chars = hasCharGrams(t, i, word);
  const key = chars ? word : `\u0000${word}`;
  let info = words.get(key);
  if (info) return info;
  const hash = wordHash(word);
  const unigram = unigramBucket(hash);
  scratch.length = 0;
  if (chars) pushCharGrams(word, scratch, 0);
  const weights = new Float64Array(models.length);
  addBucket(unigram, weights);
  for (let j = 0; j < scratch.length; j++) addBucket(scratch.bucket[j]!, weights);
  info = { hash, weights, count: 1 + scratch.length };
  if (words.size >= MAX_WORDS) words = new Map();
  words.set(key, info);
  return info;
}

/**
 * Every model's margin for the post, computed word by word with each word's own part cached (the
 * same features as featurise(), summed without listing them). Only when a model reaches its
 * margin are the post's features listed, to share its score out among the tokens. Computed once
 * per analysis.
 */
export function concernScores(t: TextAnalysis): ConcernScore[] {
  if (t === lastText) return lastScores;
  lastText = t;
  const n = t.tokens.length;
  if (models.length === 0 || n === 0) return (lastScores = []);
  if (wordsFor !== models) {
    words = new Map();
    wordsFor = models;
  }
  if (sums.length !== models.length) sums = new Float64Array(models.length);
  else sums.fill(0);
  let count = 0;
  const seq = modelWords(t);
  let prevHash = 0;
  for (let w = 0; w < seq.length; w++) {
    const i = seq.index[w]!;
    const info = wordInfo(t, i, modelWord(t, i));
    count += info.count;
    for (let k = 0; k < models.length; k++) sums[k]! += info.weights[k]!;
    if (seq.linked[w]) {
      count++;
      addBucket(bigramBucket(prevHash, info.hash), sums);
    }
    prevHash = info.hash;
  }
  scratch.length = 0;
  pushLexFeatures(t, scratch);
  count += scratch.length;
  for (let j = 0; j < scratch.length; j++) addBucket(scratch.bucket[j]!, sums);
  const scale = 1 / Math.sqrt(Math.max(1, count));
  const out: ConcernScore[] = models.map((m, k) => ({ concern: m.concern, z: m.bias + sums[k]! * scale, margin: m.margin, contrib: NO_CONTRIB }));
  // The tokens' shares, only for a model at its margin (rare): from the listed features.
  if (out.some((s) => s.z >= s.margin)) {
    featurise(t, features);
    for (const [k, s] of out.entries()) {
      if (s.z < s.margin) continue;
      const table = models[k]!.table;
      const contrib = new Float64Array(n);
      for (let j = 0; j < features.length; j++) {
        const v = table[features.bucket[j]!]!;
        if (v === 0) continue;
        const b = features.tok2[j]!;
        if (b >= 0) {
          contrib[features.tok[j]!]! += (v / 2) * scale;
          contrib[b]! += (v / 2) * scale;
        } else contrib[features.tok[j]!]! += v * scale;
      }
      s.contrib = contrib;
    }
  }
  return (lastScores = out);
}

/** The sums of one post, reused. */
let sums = new Float64Array(0);

/** No shares worked out (the model is below its margin). */
const NO_CONTRIB = new Float64Array(0);
