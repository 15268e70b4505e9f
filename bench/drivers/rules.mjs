// The rule pipeline alone, on one core: `checkPost(post, options)` (src/rules/index.ts) over every
// post in a JSON file of Post objects, after a warm-up pass. Runs the compiled code: the build in
// HINDSIGHT_BENCH_DIST (bench/run.ts sets it to its own build), else dist/.
//
//   node bench/drivers/rules.mjs <posts.json> [passes]
//
// Prints one JSON line: posts, passes, the median pass's milliseconds, posts per second, findings,
// and the same for the whole per-post step of the pipeline (judgePost: rules, clauses, scoring).
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { dist } from './dist.mjs';

const { checkPost } = await import(dist('rules/index.js'));
const { judgePost } = await import(dist('pipeline/audit.js'));
const { loadPack } = await import(dist('standards/pack.js'));

const [file, passArg] = process.argv.slice(2);
const posts = JSON.parse(readFileSync(file, 'utf8'));
const passes = Number(passArg ?? 3);
const options = { ownAccounts: ['bench_physio_example'], disabledRules: [] };
const auditOptions = { pack: loadPack('hcpc') };

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function time(fn) {
  const runs = [];
  let result = 0;
  for (let pass = 0; pass < passes; pass++) {
    const started = performance.now();
    result = fn();
    runs.push(performance.now() - started);
  }
  return { ms: median(runs), result };
}

// Warm-up: let the JIT see every rule before timing.
for (const post of posts.slice(0, 5000)) checkPost(post, options);

const rules = time(() => {
  let findings = 0;
  for (const post of posts) findings += checkPost(post, options).length;
  return findings;
});
const judged = time(() => {
  let flagged = 0;
  for (const post of posts) if (judgePost(post, auditOptions, options.ownAccounts).recommendation !== 'keep') flagged++;
  return flagged;
});
process.stdout.write(
  `${JSON.stringify({
    posts: posts.length,
    passes,
    ms: rules.ms,
    postsPerSecond: Math.round((posts.length / rules.ms) * 1000),
    findings: rules.result,
    judgeMs: judged.ms,
    judgePostsPerSecond: Math.round((posts.length / judged.ms) * 1000),
    flagged: judged.result,
  })}\n`,
);
