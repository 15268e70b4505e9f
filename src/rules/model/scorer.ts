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
import { BITS, featurise } from './features.js';

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
}

export function decodeWeights(file: WeightsFile): Weights {
  if (file.format !== 'hindsight-hashed-lr/1') throw new Error(`offensive.json: unknown format ${file.format}`);
  if (file.bits !== BITS) throw new Error(`offensive.json: built for ${file.bits}-bit hashing, the code uses ${BITS}`);
  const index = Buffer.from(file.index, 'base64');
  const weights = new Int8Array(Buffer.from(file.weights, 'base64'));
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
    table[bucket] = weights[k]! * file.scale;
  }
  return { table, bias: file.bias, thresholds: file.thresholds };
}

let current: Weights | null = decodeWeights(JSON.parse(readFileSync(new URL('./offensive.json', import.meta.url), 'utf8')) as WeightsFile);

/** Swap the weights (training measures the rules without the model, tests use fixed weights); null turns the signal off. */
export function useWeights(weights: Weights | null): void {
  current = weights;
  cache = new WeakMap();
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
let cache = new WeakMap<TextAnalysis, OffensiveScore>();
/** Per-token contributions, reused across posts. */
let contrib = new Float64Array(64);

/** The post's offensive-language score; computed once per analysis. */
export function offensiveScore(t: TextAnalysis): OffensiveScore {
  const w = current;
  if (!w || t.tokens.length === 0) return NONE;
  const hit = cache.get(t);
  if (hit) return hit;
  const n = t.tokens.length;
  if (contrib.length < n) contrib = new Float64Array(Math.max(n, contrib.length * 2));
  contrib.fill(0, 0, n);
  const table = w.table;
  let sum = 0;
  const count = featurise(t, (bucket, t0, t1) => {
    const v = table[bucket]!;
    if (v === 0) return;
    sum += v;
    if (t1 - t0 > 1 && t1 <= n) {
      contrib[t0]! += v / 2;
      contrib[t1 - 1]! += v / 2;
    } else contrib[t0]! += v;
  });
  const z = w.bias + sum / Math.sqrt(Math.max(1, count));
  const top: number[] = [];
  for (let i = 0; i < n; i++) {
    if (contrib[i]! <= 0 || t.tokens[i]!.flags & (MENTION | DOMAIN | NUM)) continue;
    top.push(i);
  }
  top.sort((a, b) => contrib[b]! - contrib[a]! || a - b);
  if (top.length > 4) top.length = 4;
  const score: OffensiveScore = { p: 1 / (1 + Math.exp(-z)), z, top, weight: top.map((i) => contrib[i]!) };
  cache.set(t, score);
  return score;
}

/** The margin a decision uses, by name ("offensive", "strong"), from the weights file. */
export function threshold(name: string): number {
  return current?.thresholds[name] ?? Infinity;
}
