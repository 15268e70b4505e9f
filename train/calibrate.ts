/**
 * The calibration of the learned concern models (train/concerns.ts), as pure functions: dev posts
 * dealt into folds by whole batches, the margins a model could take and what each adds, and one
 * false-flag budget shared among the concerns.
 */

export interface Limits {
  /** The fewest positives a false flag must bring with it to be spent. */
  minRatio: number;
  /** The fewest posts a kept concern must add. */
  minGain: number;
  /** How often the posts a kept concern adds must be right. */
  minPrecision: number;
}

/** The batch a dev item belongs to: its id's prefix ("dev-trustc-0004" → "trustc"), or "gold-dev". */
export function batchOf(item: { id: string }): string {
  return item.id.startsWith('gold-') ? 'gold-dev' : item.id.split('-')[1]!;
}

/**
 * Whole batches to folds (a batch is one writer's work: holding it out whole asks the model to
 * generalise to a new writer), largest first onto the smallest fold, so the folds are even.
 */
export function foldsOf(items: readonly { id: string }[], k: number): Int32Array {
  const sizes = new Map<string, number>();
  for (const item of items) sizes.set(batchOf(item), (sizes.get(batchOf(item)) ?? 0) + 1);
  const load = new Array<number>(k).fill(0);
  const foldOf = new Map<string, number>();
  for (const [batch, size] of [...sizes].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) {
    const f = load.indexOf(Math.min(...load));
    foldOf.set(batch, f);
    load[f]! += size;
  }
  return Int32Array.from(items, (item) => foldOf.get(batchOf(item))!);
}

/** One possible margin for a concern and what it adds on the held-out posts. */
export interface Cut {
  margin: number;
  gain: number;
  falseFlags: number;
  otherConcern: number;
}

/**
 * The margins worth considering, highest first: one just below each distinct score, with the
 * running counts of what a model cut there adds (a margin cannot split equal scores).
 */
export function cutsOf(candidates: { i: number; z: number }[], kind: (i: number) => 'gain' | 'false' | 'other' | 'none'): Cut[] {
  const cuts: Cut[] = [];
  let gain = 0;
  let falseFlags = 0;
  let otherConcern = 0;
  for (let k = 0; k < candidates.length; k++) {
    const { i, z } = candidates[k]!;
    const what = kind(i);
    if (what === 'gain') gain++;
    else if (what === 'false') falseFlags++;
    else if (what === 'other') otherConcern++;
    const next = candidates[k + 1]?.z ?? -Infinity;
    if (next === z) continue;
    cuts.push({ margin: Math.round(((z + Math.max(next, z - 0.5)) / 2) * 1000) / 1000, gain, falseFlags, otherConcern });
  }
  return cuts;
}

/**
 * Margins for all concerns at once, sharing one false-flag budget: each concern first takes what
 * it adds with no false flag; then, one false flag at a time, the budget goes to the concern whose
 * next false flag brings the most positives with it (at least minRatio). A concern is kept only if
 * it adds minGain posts at minPrecision or better.
 */
export function allocate<C extends string>(curves: Map<C, Cut[]>, budget: number, limits: Limits): Map<C, Cut> {
  /** The deepest cut with at most f false flags. */
  const deepest = (cuts: Cut[], f: number): Cut | undefined => {
    let best: Cut | undefined;
    for (const c of cuts) if (c.falseFlags <= f) best = c;
    return best;
  };
  const spent = new Map<C, number>();
  for (const c of curves.keys()) spent.set(c, 0);
  let used = 0;
  while (used < budget) {
    let pick: C | undefined;
    let pickGain = 0;
    for (const [concern, cuts] of curves) {
      const f = spent.get(concern)!;
      const gain = (deepest(cuts, f + 1)?.gain ?? 0) - (deepest(cuts, f)?.gain ?? 0);
      if (gain > pickGain) {
        pick = concern;
        pickGain = gain;
      }
    }
    if (!pick || pickGain < limits.minRatio) break;
    spent.set(pick, spent.get(pick)! + 1);
    used++;
  }
  const out = new Map<C, Cut>();
  for (const [concern, cuts] of curves) {
    // Stop at the last positive before the next false flag: a deeper cut would only add others.
    const limit = deepest(cuts, spent.get(concern)!);
    if (!limit) continue;
    let cut = limit;
    for (const c of cuts) if (c.gain === limit.gain && c.falseFlags === limit.falseFlags) {
      cut = c;
      break;
    }
    if (cut.gain >= limits.minGain && cut.gain / Math.max(1, cut.gain + cut.falseFlags) >= limits.minPrecision) out.set(concern, cut);
  }
  return out;
}

