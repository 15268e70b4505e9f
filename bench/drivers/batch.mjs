// The batch case: what `hindsight audit <8 inputs> --format ... -o <base>` does (src/cli.ts,
// runAudit), with the inputs audited either one after another, or on the worker pool of
// src/pipeline/parallel.ts (as cli.ts does). Runs the compiled CLI, like bin/hindsight.js: the build
// in HINDSIGHT_BENCH_DIST (bench/run.ts sets it to its own build), else dist/.
//
//   node bench/drivers/batch.mjs <sequential|parallel> <formats> <out-base> <inputs...>
import { performance } from 'node:perf_hooks';
import { dist } from './dist.mjs';

const { buildReport } = await import(dist('pipeline/build-report.js'));
const { DEFAULT_THRESHOLDS } = await import(dist('pipeline/score.js'));
const { RENDERERS } = await import(dist('report/render.js'));
const { loadPack } = await import(dist('standards/pack.js'));
const { writeReport } = await import(dist('output.js'));

const [mode, formatList, base, ...inputs] = process.argv.slice(2);
if (!['sequential', 'parallel'].includes(mode) || !formatList || !base || inputs.length === 0) {
  console.error('usage: node bench/drivers/batch.mjs <sequential|parallel> <formats> <out-base> <inputs...>');
  process.exit(2);
}
const started = performance.now();
const phase = (what) => {
  if (process.env.HINDSIGHT_BENCH_PHASES) process.stderr.write(`${what} ${(performance.now() - started).toFixed(0)} ms\n`);
};
const pack = loadPack('hcpc');
const options = { pack, since: undefined, until: undefined, includeMessages: false, thresholds: DEFAULT_THRESHOLDS };
// Each mode loads only what it runs, as cli.ts would once wired to the pool: in parallel mode the
// rules load in the workers, not in this thread.
let audits;
if (mode === 'parallel') {
  const { auditInputsInParallel } = await import(dist('pipeline/parallel.js'));
  audits = await auditInputsInParallel(inputs, options);
} else {
  const { auditInput } = await import(dist('pipeline/audit.js'));
  audits = [];
  for (const input of inputs) audits.push(await auditInput(input, options));
}
phase('audited');
const report = buildReport(
  audits.map((a) => a.input),
  audits.map((a) => a.posts),
  { pack, since: undefined, until: undefined, includeMessages: false, thresholds: DEFAULT_THRESHOLDS },
);
phase('built');
for (const format of formatList.split(',')) {
  // As cli.ts writes it: in pieces where the renderer can stream (the JSON report).
  const renderer = RENDERERS[format];
  const content = renderer.renderChunks ? renderer.renderChunks(report, { pack }) : renderer.render(report, { pack });
  await writeReport(`${base}.${renderer.extension}`, content, inputs);
  phase(`wrote ${format}`);
}
const failed = report.inputs.filter((i) => i.error !== null);
for (const input of failed) console.error(input.error);
process.exitCode = failed.length > 0 ? 1 : 0;
