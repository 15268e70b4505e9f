/**
 * Shipping a fitted model: keep the largest weights, quantise them to int8 with one scale, and
 * encode the kept bucket numbers as base-128 varint deltas (base64) beside the weights (base64).
 * The returned model holds the weights exactly as shipped, so out-of-fold scores match the product.
 */
import type { Model } from './lbfgs.js';

export interface PackedFile {
  bias: number;
  scale: number;
  /** Base64 of the kept bucket numbers, as varint deltas. */
  index: string;
  /** Base64 of the int8 weights, one per kept bucket. */
  weights: string;
}

export interface Packed {
  model: Model;
  file: PackedFile;
  kept: number;
}

export function packWeights(model: Model, keep: number): Packed {
  const order: number[] = [];
  for (let j = 0; j < model.w.length; j++) if (model.w[j] !== 0) order.push(j);
  order.sort((a, b) => Math.abs(model.w[b]!) - Math.abs(model.w[a]!) || a - b);
  const kept = order.slice(0, keep).sort((a, b) => a - b);
  let max = 0;
  for (const j of kept) max = Math.max(max, Math.abs(model.w[j]!));
  const scale = max / 127 || 1;
  const bytes: number[] = [];
  const q: number[] = [];
  const shipped = new Float64Array(model.w.length);
  let prev = 0;
  for (const j of kept) {
    const v = Math.round(model.w[j]! / scale);
    if (v === 0) continue;
    let delta = j - prev;
    prev = j;
    while (delta >= 0x80) {
      bytes.push((delta & 0x7f) | 0x80);
      delta = Math.floor(delta / 128);
    }
    bytes.push(delta);
    q.push(v & 0xff);
    shipped[j] = v * scale;
  }
  const bias = Math.round(model.bias * 1e6) / 1e6;
  return {
    model: { w: shipped, bias },
    file: { bias, scale, index: Buffer.from(bytes).toString('base64'), weights: Buffer.from(q).toString('base64') },
    kept: q.length,
  };
}
