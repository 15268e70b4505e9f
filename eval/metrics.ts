/**
 * Pure metric functions for the evaluation harness. Nothing here knows about posts or rules, so
 * tests/eval/harness.test.ts can check the arithmetic on hand-made examples.
 */

/** A proportion with the counts it came from; `value` is null when the denominator is 0. */
export interface Ratio {
  value: number | null;
  num: number;
  den: number;
}

export interface Confusion {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

export interface PRF {
  precision: Ratio;
  recall: Ratio;
  /** Harmonic mean of precision and recall; null when either is undefined, 0 when both are 0. */
  f1: number | null;
  support: number;
}

export function ratio(num: number, den: number): Ratio {
  return { value: den === 0 ? null : num / den, num, den };
}

/** Counts a binary classification: gold[i] is the truth, pred[i] the prediction. */
export function confusion(gold: readonly boolean[], pred: readonly boolean[]): Confusion {
  if (gold.length !== pred.length) throw new Error(`confusion: ${gold.length} gold labels but ${pred.length} predictions`);
  const c: Confusion = { tp: 0, fp: 0, fn: 0, tn: 0 };
  for (let i = 0; i < gold.length; i++) {
    if (gold[i] && pred[i]) c.tp++;
    else if (!gold[i] && pred[i]) c.fp++;
    else if (gold[i] && !pred[i]) c.fn++;
    else c.tn++;
  }
  return c;
}

export function f1Of(precision: number | null, recall: number | null): number | null {
  if (precision === null || recall === null) return null;
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

export function prf(c: Confusion): PRF {
  const precision = ratio(c.tp, c.tp + c.fp);
  const recall = ratio(c.tp, c.tp + c.fn);
  return { precision, recall, f1: f1Of(precision.value, recall.value), support: c.tp + c.fn };
}

export function binaryPRF(gold: readonly boolean[], pred: readonly boolean[]): PRF {
  return prf(confusion(gold, pred));
}

/**
 * Per-class precision/recall/F1 for a multi-class labelling, one-vs-rest, and their macro
 * average (an undefined F1 counts as 0, as scikit-learn's zero_division=0 does).
 */
export function multiClass<L extends string>(
  classes: readonly L[],
  gold: readonly L[],
  pred: readonly L[],
): { perClass: Record<L, PRF>; macroF1: number | null; accuracy: Ratio } {
  if (gold.length !== pred.length) throw new Error(`multiClass: ${gold.length} gold labels but ${pred.length} predictions`);
  const perClass = {} as Record<L, PRF>;
  for (const cls of classes) {
    perClass[cls] = binaryPRF(
      gold.map((g) => g === cls),
      pred.map((p) => p === cls),
    );
  }
  const f1s = classes.map((cls) => perClass[cls].f1 ?? 0);
  const macroF1 = classes.length === 0 ? null : f1s.reduce((a, b) => a + b, 0) / classes.length;
  const correct = gold.filter((g, i) => g === pred[i]).length;
  return { perClass, macroF1, accuracy: ratio(correct, gold.length) };
}

/** Rows gold, columns predicted. */
export function confusionMatrix<L extends string>(classes: readonly L[], gold: readonly L[], pred: readonly L[]): number[][] {
  const index = new Map(classes.map((c, i) => [c, i]));
  const m = classes.map(() => classes.map(() => 0));
  gold.forEach((g, i) => {
    const r = index.get(g);
    const c = index.get(pred[i] as L);
    if (r !== undefined && c !== undefined) m[r]![c]!++;
  });
  return m;
}

/** Half-open spans [start, end) overlap when they share at least one character. */
export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * Span-level scoring: an expected span is found when any predicted span overlaps it; a predicted
 * span is correct when it overlaps any expected span of the same item.
 */
export function spanScores(
  items: readonly { expected: readonly { start: number; end: number }[]; predicted: readonly { start: number; end: number }[] }[],
): { recall: Ratio; precision: Ratio; f1: number | null } {
  let found = 0;
  let expected = 0;
  let correct = 0;
  let predicted = 0;
  for (const item of items) {
    expected += item.expected.length;
    found += item.expected.filter((e) => item.predicted.some((p) => overlaps(e, p))).length;
    predicted += item.predicted.length;
    correct += item.predicted.filter((p) => item.expected.some((e) => overlaps(e, p))).length;
  }
  const recall = ratio(found, expected);
  const precision = ratio(correct, predicted);
  return { recall, precision, f1: f1Of(precision.value, recall.value) };
}

/** A small, fast, seeded PRNG (mulberry32): the same seed gives the same sequence everywhere. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Percentile bootstrap 95% interval of a proportion: resamples the 0/1 outcomes `resamples`
 * times with a fixed seed, so the interval is the same on every run.
 */
export function bootstrapProportion(outcomes: readonly boolean[], resamples = 1000, seed = 1): [number, number] | null {
  const n = outcomes.length;
  if (n === 0) return null;
  const rng = mulberry32(seed);
  const stats: number[] = [];
  for (let r = 0; r < resamples; r++) {
    let hits = 0;
    for (let i = 0; i < n; i++) if (outcomes[Math.floor(rng() * n)]) hits++;
    stats.push(hits / n);
  }
  stats.sort((a, b) => a - b);
  const at = (q: number) => stats[Math.min(stats.length - 1, Math.max(0, Math.round(q * (stats.length - 1))))]!;
  return [at(0.025), at(0.975)];
}

export type Comparator = '>=' | '<=' | '<' | '>';

export interface Target {
  op: Comparator;
  value: number;
}

export function meets(value: number | null, target: Target): boolean {
  if (value === null) return false;
  switch (target.op) {
    case '>=':
      return value >= target.value;
    case '<=':
      return value <= target.value;
    case '<':
      return value < target.value;
    case '>':
      return value > target.value;
  }
}

/**
 * Cohen's kappa of two annotators' labels for the same items: observed agreement corrected for
 * the agreement their label frequencies would give by chance. Null when chance agreement is total.
 */
export function cohensKappa<L extends string>(a: readonly L[], b: readonly L[]): { observed: number; kappa: number | null } {
  if (a.length !== b.length || a.length === 0) throw new Error('cohensKappa needs two non-empty label lists of the same length');
  const n = a.length;
  let same = 0;
  const countA = new Map<L, number>();
  const countB = new Map<L, number>();
  for (let i = 0; i < n; i++) {
    if (a[i] === b[i]) same++;
    countA.set(a[i]!, (countA.get(a[i]!) ?? 0) + 1);
    countB.set(b[i]!, (countB.get(b[i]!) ?? 0) + 1);
  }
  let chance = 0;
  for (const [label, k] of countA) chance += (k / n) * ((countB.get(label) ?? 0) / n);
  const observed = same / n;
  return { observed, kappa: chance === 1 ? null : (observed - chance) / (1 - chance) };
}
