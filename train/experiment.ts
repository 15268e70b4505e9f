/**
 * Cross-validation on OLID train only (never the test split), to choose the model's settings.
 *   tsx train/experiment.ts [--lambda 1e-4] [--davidson 0.3] [--folds 5]
 */
import { parseArgs } from 'node:util';
import { analyse } from '../src/rules/text/index.js';
import { MASK, featurise } from '../src/rules/model/features.js';
import { available, loadDavidson, loadOlidTrain, sharedDir, tweetPost, type Example } from './data.js';
import { fit, margin, type Sparse } from './lbfgs.js';

const { values } = parseArgs({
  options: {
    lambda: { type: 'string', default: '1e-4' },
    davidson: { type: 'string', default: '0' },
    folds: { type: 'string', default: '5' },
    iter: { type: 'string', default: '150' },
    balance: { type: 'boolean', default: false },
  },
});

const shared = sharedDir();
const have = available(shared);
if (!have.olid) {
  console.log(`Skipped: ${shared} has no OLID training data.`);
  process.exit(0);
}
const olid = loadOlidTrain(shared);
const dav = Number(values.davidson) > 0 && have.davidson ? loadDavidson(shared) : [];
const examples: Example[] = [...olid, ...dav];

export function build(examples: Example[], davWeight: number, balance: boolean): Sparse {
  const ptr = new Int32Array(examples.length + 1);
  const idx: number[] = [];
  const val: number[] = [];
  const y = new Uint8Array(examples.length);
  const weight = new Float32Array(examples.length);
  const counts = new Map<number, number>();
  const pos = examples.filter((e) => e.y === 1).length;
  examples.forEach((e, i) => {
    counts.clear();
    const t = analyse(tweetPost(e.id, e.text));
    const n = featurise(t, (b) => counts.set(b, (counts.get(b) ?? 0) + 1));
    const s = 1 / Math.sqrt(Math.max(1, n));
    for (const [b, c] of [...counts].sort((p, q) => p[0] - q[0])) {
      idx.push(b);
      val.push(c * s);
    }
    ptr[i + 1] = idx.length;
    y[i] = e.y;
    const classW = balance ? (e.y ? examples.length / (2 * pos) : examples.length / (2 * (examples.length - pos))) : 1;
    weight[i] = (e.source === 'davidson' ? davWeight : 1) * classW;
  });
  return { ptr, idx: Int32Array.from(idx), val: Float32Array.from(val), y, weight, dim: MASK + 1 };
}

const started = Date.now();
const data = build(examples, Number(values.davidson), values.balance);
console.log(`features built for ${examples.length} examples in ${Date.now() - started} ms (${data.idx.length} non-zeros)`);

const folds = Number(values.folds);
const olidIdx = olid.map((_, i) => i);
const oof = new Float64Array(olid.length);
for (let f = 0; f < folds; f++) {
  const testRows = olidIdx.filter((i) => i % folds === f);
  const trainRows = [...olidIdx.filter((i) => i % folds !== f), ...dav.map((_, j) => olid.length + j)];
  const model = fit(data, Int32Array.from(trainRows), { lambda: Number(values.lambda), maxIter: Number(values.iter) });
  for (const i of testRows) oof[i] = margin(data, i, model.w, model.bias);
  console.log(`fold ${f} done (${Date.now() - started} ms)`);
}

function macroAt(th: number): { macro: number; p: number; r: number } {
  let tp = 0, fp = 0, fn = 0, tn = 0;
  olid.forEach((e, i) => {
    const pred = oof[i]! >= th;
    if (pred && e.y) tp++;
    else if (pred) fp++;
    else if (e.y) fn++;
    else tn++;
  });
  const f1 = (a: number, b: number, c: number) => (a === 0 ? 0 : (2 * a) / (2 * a + b + c));
  return { macro: (f1(tp, fp, fn) + f1(tn, fn, fp)) / 2, p: tp / Math.max(1, tp + fp), r: tp / Math.max(1, tp + fn) };
}
let best = { th: 0, macro: 0, p: 0, r: 0 };
for (let th = -3; th <= 3; th += 0.05) {
  const m = macroAt(th);
  if (m.macro > best.macro) best = { th, ...m };
}
console.log(`OOF macro-F1 ${best.macro.toFixed(4)} at margin ${best.th.toFixed(2)} (P ${best.p.toFixed(3)} R ${best.r.toFixed(3)}); at 0: ${macroAt(0).macro.toFixed(4)}`);
