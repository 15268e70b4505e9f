/**
 * `npm run train:concerns`: trains the learned concern signal (src/rules/model/concerns.json): one
 * logistic regression per concern over the same hashed features as the offensive-language signal
 * (src/rules/model/features.ts), fitted on the project's own labelled development posts (the gold
 * set's dev split and tests/eval/dev/*.jsonl, written by the project; never the test split).
 *
 *   npm run train:concerns [-- --lambda 1e-5 --iter 200 --keep 8000 --folds 5 --budget 0.005 --ratio 3 --precision 0.8 --min-gain 8 --exclude <batch prefix> --out path]
 *
 * Calibration is out of fold: the dev batches (each one writer's work) are dealt into FOLDS folds,
 * and every post is scored by a probe model fitted without its fold, so each margin is chosen on
 * scores for writing the model never saw, judged together with the rules as they are. All
 * concerns share one false-flag budget (BUDGET of the keep posts): a concern takes, free, the
 * posts its model adds before its first false flag; then each further false flag goes to the
 * concern whose next one brings the most missed positives with it, while that is at least RATIO.
 * A concern whose model adds fewer than MIN_GAIN posts, or adds them below MIN_PRECISION, is left
 * out. The shipped model of each kept concern is then fitted on every dev post, with its margin.
 * `--exclude` leaves batches out altogether, to measure the result on them with eval/blind.ts.
 *
 * The margins depend on the rules (what they already catch), so train again after changing them.
 * Reproducible: no random numbers are drawn (a fixed split, full-batch L-BFGS).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { judgePost } from '../src/pipeline/audit.js';
import { loadPack } from '../src/standards/pack.js';
import { analyse } from '../src/rules/text/index.js';
import { BITS, FeatureBuffer, MASK, featurise } from '../src/rules/model/features.js';
import type { Concern } from '../src/model/finding.js';
import { loadDevExtra, loadGold, type GoldItem } from '../eval/data.js';
import { EVAL_ACCOUNT, toPost } from '../eval/post.js';
import { fit, margin, type Sparse } from './lbfgs.js';
import { CONCERN_MODEL_FORMAT, LEARNED_CONCERNS, decodeConcernWeights, useConcernModels, type ConcernWeightsFile, type LearnedConcern } from '../src/rules/model/concerns.js';
import { learnedGates } from '../src/rules/common/learned.js';
import { packWeights } from './pack.js';
import { allocate, batchOf, cutsOf, foldsOf, type Cut } from './calibrate.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

const { values } = parseArgs({
  options: {
    lambda: { type: 'string', default: '1e-5' },
    iter: { type: 'string', default: '200' },
    keep: { type: 'string', default: '8000' },
    folds: { type: 'string', default: '5' },
    exclude: { type: 'string', default: '' },
    budget: { type: 'string', default: '0.005' },
    precision: { type: 'string', default: '0.8' },
    'min-gain': { type: 'string', default: '8' },
    ratio: { type: 'string', default: '3' },
    out: { type: 'string', default: join(ROOT, 'src', 'rules', 'model', 'concerns.json') },
  },
});
const LAMBDA = Number(values.lambda);
const ITER = Number(values.iter);
const KEEP = Number(values.keep);
const FOLDS = Number(values.folds);
/** Batches left out altogether (to measure the result on them afterwards). */
const EXCLUDE = values.exclude;
/** Of the held-out keep posts, the share a concern's model may add as false flags. */
const FP_BUDGET = Number(values.budget);
/** How often the posts a concern's model adds must be positives of that concern. */
const MIN_PRECISION = Number(values.precision);
/**
 * Fewer added held-out posts than this, and the concern is left out: a model costs every post its
 * gate opens on (some 1.5 µs), so one that adds a post or two in thousands is not worth running.
 */
const MIN_GAIN = Number(values['min-gain']);
/** The fewest positives a false flag must bring with it to be spent. */
const MIN_RATIO = Number(values.ratio);
const log = (line: string): void => console.log(line);
const r3 = (x: number): number => Math.round(x * 1000) / 1000;


/** Hashed features of every post, in compressed rows (the same as the scorer computes). */
function featureRows(items: GoldItem[]): Omit<Sparse, 'y' | 'weight'> {
  const buffer = new FeatureBuffer();
  const counts = new Map<number, number>();
  const ptr = new Int32Array(items.length + 1);
  const idx: number[] = [];
  const val: number[] = [];
  items.forEach((item, i) => {
    counts.clear();
    const n = featurise(analyse(toPost({ id: item.id, text: item.text, kind: item.kind, media: item.media, set: 'train', index: i })), buffer);
    for (let k = 0; k < n; k++) counts.set(buffer.bucket[k]!, (counts.get(buffer.bucket[k]!) ?? 0) + 1);
    const s = 1 / Math.sqrt(Math.max(1, n));
    for (const [b, c] of [...counts].sort((p, q) => p[0] - q[0])) {
      idx.push(b);
      val.push(c * s);
    }
    ptr[i + 1] = idx.length;
  });
  return { ptr, idx: Int32Array.from(idx), val: Float32Array.from(val), dim: MASK + 1 };
}

/** The data with one concern's labels, positives weighing as much in all as negatives over rows. */
function withLabels(base: Omit<Sparse, 'y' | 'weight'>, y: Uint8Array, rows: Int32Array): Sparse {
  const data: Sparse = { ...base, y, weight: new Float32Array(y.length) };
  let pos = 0;
  for (const i of rows) pos += y[i]!;
  const wPos = (rows.length - pos) / Math.max(1, pos);
  for (const i of rows) data.weight[i] = y[i] ? wPos : 1;
  return data;
}

function main(): void {
  const started = Date.now();
  const all = [...loadGold().filter((g) => g.split === 'dev'), ...loadDevExtra()];
  const items = EXCLUDE ? all.filter((item) => !batchOf(item).startsWith(EXCLUDE)) : all;
  const folds = foldsOf(items, FOLDS);
  const allIdx = Int32Array.from(items, (_, i) => i);
  const heldIdx = [...allIdx];
  log(`Examples: ${items.length} dev posts (${items.filter((i) => i.label === 'keep').length} keep) in ${new Set(items.map(batchOf)).size} batches, ${FOLDS} folds of whole batches${EXCLUDE ? `; batches "${EXCLUDE}…" left out (${all.length - items.length} posts)` : ''}`);

  const base = featureRows(items);

  // The rules alone (this signal off) on every post, and each concern's gate.
  useConcernModels([]);
  const hcpc = loadPack('hcpc');
  const rules = new Map<number, Set<Concern>>();
  const gates = new Map<number, readonly string[]>();
  for (const i of heldIdx) {
    const it = items[i]!;
    const post = toPost({ id: it.id, text: it.text, kind: it.kind, media: it.media, set: 'train', index: i });
    const j = judgePost(post, { pack: hcpc }, [EVAL_ACCOUNT]);
    rules.set(i, j.recommendation === 'keep' ? new Set() : new Set(j.findings.map((f) => f.concern)));
    gates.set(i, learnedGates(analyse(post), post));
  }
  const heldKeeps = heldIdx.filter((i) => items[i]!.label === 'keep').length;
  log(`Rules alone: ${heldIdx.filter((i) => items[i]!.label !== 'keep' && rules.get(i)!.size > 0).length}/${heldIdx.filter((i) => items[i]!.label !== 'keep').length} positives flagged, ${heldIdx.filter((i) => items[i]!.label === 'keep' && rules.get(i)!.size > 0).length}/${heldKeeps} keeps flagged`);

  // Each concern's out-of-fold scores (every post scored by a model fitted without its batch) and what a model would add.
  const ys = new Map<LearnedConcern, Uint8Array>();
  const curves = new Map<LearnedConcern, Cut[]>();
  for (const concern of LEARNED_CONCERNS) {
    const y = Uint8Array.from(items, (item) => (item.concerns.includes(concern) ? 1 : 0));
    ys.set(concern, y);
    const z = new Float64Array(items.length);
    for (let k = 0; k < FOLDS; k++) {
      const fitIdx = Int32Array.from(heldIdx.filter((i) => folds[i] !== k));
      const data = withLabels(base, y, fitIdx);
      const probe = packWeights(fit(data, fitIdx, { lambda: LAMBDA, maxIter: ITER }), KEEP);
      for (const i of heldIdx) if (folds[i] === k) z[i] = margin(data, i, probe.model.w, probe.model.bias);
    }
    // Candidates: posts no rule of this concern flagged, with the concern's gate open.
    const candidates = heldIdx
      .filter((i) => !rules.get(i)!.has(concern) && gates.get(i)!.includes(concern))
      .map((i) => ({ i, z: z[i]! }))
      .sort((a, b) => b.z - a.z);
    const cuts = cutsOf(candidates, (i) => (y[i] ? (rules.get(i)!.size === 0 ? 'gain' : 'none') : items[i]!.label === 'keep' ? (rules.get(i)!.size === 0 ? 'false' : 'none') : 'other'));
    curves.set(concern, cuts);
    const at = (f: number): number => cuts.filter((c) => c.falseFlags <= f).reduce((g, c) => Math.max(g, c.gain), 0);
    log(`${concern}: out of fold, posts the rules missed that it adds at 0/1/2/5/10/20 false flags: ${[0, 1, 2, 5, 10, 20].map(at).join('/')} (of ${heldIdx.filter((i) => y[i] && rules.get(i)!.size === 0).length})`);
  }
  const chosen = allocate(curves, Math.floor(FP_BUDGET * heldKeeps), { minRatio: MIN_RATIO, minGain: MIN_GAIN, minPrecision: MIN_PRECISION });

  const shipped: ConcernWeightsFile['concerns'] = {};
  const calibration: Record<string, unknown> = {};
  for (const concern of LEARNED_CONCERNS) {
    const best = chosen.get(concern);
    calibration[concern] = best ? { margin: best.margin, gain: best.gain, falseFlags: best.falseFlags, otherConcern: best.otherConcern } : 'left out';
    if (!best) {
      log(`${concern}: left out (no margin adds ${MIN_GAIN}+ held-out posts at ${MIN_PRECISION} precision within the budget)`);
      continue;
    }
    log(`${concern}: margin ${best.margin}; on the held-out posts it adds ${best.gain} positives the rules missed, ${best.falseFlags} false flags, ${best.otherConcern} posts of another concern`);
    const data = withLabels(base, ys.get(concern)!, allIdx);
    const final = packWeights(fit(data, allIdx, { lambda: LAMBDA, maxIter: ITER }), KEEP);
    shipped[concern] = { ...final.file, margin: best.margin };
  }

  const file: ConcernWeightsFile = {
    format: CONCERN_MODEL_FORMAT,
    bits: BITS,
    concerns: shipped,
    provenance: {
      what: 'One L2-regularised logistic regression per concern over the hashed features of src/rules/model/features.ts (word uni/bigrams, character 3-5-grams, word-list features; phrases naming a protected group left out)',
      data: `The project's own labelled development posts: the gold set's dev split and tests/eval/dev/*.jsonl (${items.length} posts, written and labelled by the project; MIT). Never the test split.`,
      calibration: { outOfFold: heldIdx.length, folds: FOLDS, keeps: heldKeeps, falseFlagBudget: FP_BUDGET, minRatio: MIN_RATIO, minPrecision: MIN_PRECISION, minGain: MIN_GAIN, byConcern: calibration },
      command: `npm run train:concerns -- --lambda ${values.lambda} --iter ${ITER} --keep ${KEEP} --folds ${FOLDS}${EXCLUDE ? ` --exclude ${EXCLUDE}` : ''} --budget ${values.budget} --ratio ${values.ratio} --precision ${values.precision} --min-gain ${values['min-gain']}`,
      date: new Date().toISOString().slice(0, 10),
    },
  };
  decodeConcernWeights(file); // fails loudly on a bad file
  writeFileSync(values.out, JSON.stringify(file) + '\n');
  log(`Wrote ${values.out}: ${Object.keys(shipped).join(', ') || 'no concern'} (${r3((Date.now() - started) / 1000)} s)`);
}

main();
