/**
 * The learned concern models' calibration (train/calibrate.ts): folds of whole batches, the margins
 * a model could take, and one false-flag budget shared among concerns.
 */
import { describe, expect, it } from 'vitest';
import { allocate, batchOf, cutsOf, foldsOf, type Cut } from '../../train/calibrate.js';

const limits = { minRatio: 3, minGain: 2, minPrecision: 0.8 };

describe('foldsOf', () => {
  it('keeps every batch whole in one fold and spreads the batches evenly', () => {
    const ids = [
      ...Array.from({ length: 6 }, (_, i) => `dev-mixeda-${i}`),
      ...Array.from({ length: 5 }, (_, i) => `dev-mixedb-${i}`),
      ...Array.from({ length: 4 }, (_, i) => `dev-trustc-${i}`),
      ...Array.from({ length: 3 }, (_, i) => `gold-${i}`),
    ].map((id) => ({ id }));
    const folds = foldsOf(ids, 2);
    const foldOfBatch = new Map<string, Set<number>>();
    ids.forEach((item, i) => (foldOfBatch.get(batchOf(item)) ?? foldOfBatch.set(batchOf(item), new Set()).get(batchOf(item))!).add(folds[i]!));
    for (const set of foldOfBatch.values()) expect(set.size).toBe(1);
    expect(batchOf({ id: 'gold-12' })).toBe('gold-dev');
    const sizes = [0, 1].map((f) => [...folds].filter((x) => x === f).length);
    expect(sizes.sort()).toEqual([9, 9]);
  });
});

describe('cutsOf', () => {
  it('offers one margin below each distinct score, never splitting equal scores, with running counts', () => {
    const kinds = ['gain', 'false', 'gain', 'other'] as const;
    const cuts = cutsOf(
      [
        { i: 0, z: 3 },
        { i: 1, z: 2 },
        { i: 2, z: 2 },
        { i: 3, z: 1 },
      ],
      (i) => kinds[i]!,
    );
    expect(cuts.map((c) => [c.gain, c.falseFlags, c.otherConcern])).toEqual([
      [1, 0, 0],
      [2, 1, 0],
      [2, 1, 1],
    ]);
    expect(cuts[0]!.margin).toBeLessThan(3);
    expect(cuts[0]!.margin).toBeGreaterThan(2);
    expect(cuts[1]!.margin).toBeLessThan(2);
  });
});

describe('allocate', () => {
  const curve = (steps: [gain: number, falseFlags: number][]): Cut[] => steps.map(([gain, falseFlags], k) => ({ margin: 10 - k, gain, falseFlags, otherConcern: 0 }));

  it('takes each concern free up to its first false flag, then spends the budget where a false flag brings most', () => {
    const curves = new Map([
      ['a', curve([[3, 0], [3, 1], [9, 1], [9, 2], [10, 2]])],
      ['b', curve([[2, 0], [2, 1], [4, 1]])],
    ]);
    const chosen = allocate(curves, 1, limits);
    // a's first false flag brings 6 more, b's only 2: the one false flag of the budget goes to a.
    expect(chosen.get('a')).toMatchObject({ gain: 9, falseFlags: 1 });
    expect(chosen.get('b')).toMatchObject({ gain: 2, falseFlags: 0 });
  });

  it('spends no false flag that brings fewer than minRatio positives, and leaves out a concern that adds too little', () => {
    const curves = new Map([
      ['a', curve([[4, 0], [4, 1], [6, 1]])],
      ['b', curve([[1, 0], [1, 1], [2, 1]])],
    ]);
    const chosen = allocate(curves, 5, limits);
    expect(chosen.get('a')).toMatchObject({ gain: 4, falseFlags: 0 });
    expect(chosen.has('b')).toBe(false);
  });
});
