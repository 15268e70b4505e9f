/**
 * `npm run bench`: speed and scale, measured (project issue 9). See docs/PERFORMANCE.md.
 *
 * Generates synthetic exports into bench/out/ (reused when already written with the same
 * parameters), then times each case in a fresh process, as a user runs it:
 *
 *   node bin/hindsight.js audit <input> --format json,md[,html] -o bench/out/reports/<case> -q
 *
 * against the floor: a fresh process that only inflates and JSON.parses the same data files
 * (bench/drivers/floor.mjs). Wall time is the median of --runs runs (default 3); peak RSS comes from
 * a preload (bench/drivers/rss-preload.mjs) that writes process.resourceUsage().maxRSS at exit.
 *
 *   npm run bench                          every case
 *   npm run bench -- --runs 5              more runs per case
 *   npm run bench -- --only x-10k,rules    some cases (x-10k x-50k x-200k x-200k-media facebook-100k batch rules)
 *   npm run bench -- --profile x-200k      also write a CPU profile of one audit and print where time goes
 *   npm run bench -- --no-build            reuse the build in bench/out/app/ (default: rebuild it first)
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { copyFile, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { cpus, availableParallelism, loadavg, totalmem } from 'node:os';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generateFacebookArchive, generateRulePosts, generateXArchives, type XArchiveSpec } from './generate.js';
import { summariseProfile } from './profile.js';
import type { Importer } from '../src/importers/types.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(ROOT, 'bench', 'out');
const REPORTS = join(OUT, 'reports');
const PRELOAD = pathToFileURL(join(ROOT, 'bench', 'drivers', 'rss-preload.mjs')).href;
/**
 * The benchmark runs its own build of the CLI (bin/hindsight.js and dist/, as `npm run build` makes
 * them) in bench/out/app/, so that a build started elsewhere during a run (the test suite builds
 * dist/) cannot change what is measured half-way through.
 */
const APP = join(OUT, 'app');
const DIST = join(APP, 'dist');
const BIN = join(APP, 'bin', 'hindsight.js');

const CASES = ['x-10k', 'x-50k', 'x-200k', 'x-200k-media', 'facebook-100k', 'batch', 'rules'] as const;
type CaseName = (typeof CASES)[number];

interface Args {
  runs: number;
  only: Set<CaseName>;
  build: boolean;
  profile: CaseName | undefined;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { runs: 3, only: new Set(CASES), build: true, profile: undefined };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value`);
      return v;
    };
    if (arg === '--runs') args.runs = Math.max(1, Number(value()));
    else if (arg === '--only') args.only = new Set(value().split(',').map((c) => known(c)));
    else if (arg === '--profile') args.profile = known(value());
    else if (arg === '--no-build') args.build = false;
    else throw new Error(`unknown option ${arg}; see the comment at the top of bench/run.ts`);
  }
  return args;
}

function known(name: string): CaseName {
  if (!(CASES as readonly string[]).includes(name)) throw new Error(`unknown case "${name}"; cases: ${CASES.join(', ')}`);
  return name as CaseName;
}

// ---- processes ----

interface Run {
  ms: number;
  rssMb: number;
  cpuMs: number;
  /** The 1-minute load average when the run ended: above the core count, other work was competing. */
  load: number;
  stdout: string;
}

/** Child processes get the user's environment minus any loader the benchmark itself runs under. */
function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env = { ...process.env, ...extra };
  if (env.NODE_OPTIONS?.includes('tsx')) delete env.NODE_OPTIONS;
  return env;
}

let rssCounter = 0;

/** Runs `node <args>` in a fresh process with the RSS preload; fails loudly on a non-zero exit. */
async function node(args: string[], nodeFlags: string[] = []): Promise<Run> {
  const rssFile = join(OUT, `.rss-${process.pid}-${rssCounter++}.json`);
  const started = performance.now();
  const child = spawn(process.execPath, [...nodeFlags, '--import', PRELOAD, ...args], {
    cwd: ROOT,
    env: childEnv({ HINDSIGHT_BENCH_RSS: rssFile, HINDSIGHT_BENCH_DIST: DIST }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const ms = performance.now() - started;
  if (code !== 0) throw new Error(`node ${args.join(' ')} exited with ${code}:\n${stderr.slice(-2000)}`);
  const usage = JSON.parse(await readFile(rssFile, 'utf8')) as { maxRssKb: number; userMs: number; systemMs: number };
  await rm(rssFile, { force: true });
  return { ms, rssMb: usage.maxRssKb / 1024, cpuMs: usage.userMs + usage.systemMs, load: loadavg()[0]!, stdout };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

interface Timing {
  /** Median wall time. */
  ms: number;
  /** Highest peak RSS of the runs. */
  rssMb: number;
  /** Median CPU time (user + system, all threads). */
  cpuMs: number;
  /** Highest load average seen. */
  load: number;
  all: number[];
}

function summarise(runs: Run[]): Timing {
  return {
    ms: median(runs.map((r) => r.ms)),
    rssMb: Math.max(...runs.map((r) => r.rssMb)),
    cpuMs: median(runs.map((r) => r.cpuMs)),
    load: Math.max(...runs.map((r) => r.load)),
    all: runs.map((r) => Math.round(r.ms)),
  };
}

// ---- cases ----

interface AuditCase {
  name: string;
  posts: number;
  flagged: number;
  floor: Timing;
  audit: Timing;
  sizeMb: number;
}

let formats = 'json,md';

async function auditCase(name: string, input: string, sizeBytes: number, runs: number): Promise<AuditCase> {
  const base = join(REPORTS, name);
  const floors: Run[] = [];
  const audits: Run[] = [];
  for (let i = 0; i < runs; i++) {
    floors.push(await node([join(ROOT, 'bench', 'drivers', 'floor.mjs'), input]));
    audits.push(await node([BIN, 'audit', input, '--format', formats, '-o', base, '-q']));
  }
  const report = JSON.parse(await readFile(`${base}.json`, 'utf8')) as { summary: { posts: number; delete: number; review: number } };
  return {
    name,
    posts: report.summary.posts,
    flagged: report.summary.delete + report.summary.review,
    floor: summarise(floors),
    audit: summarise(audits),
    sizeMb: sizeBytes / 1e6,
  };
}

interface BatchCase {
  inputs: number;
  postsEach: number;
  sequential: Timing;
  parallel: Timing;
}

async function batchCase(inputs: string[], runs: number, postsEach: number): Promise<BatchCase> {
  const driver = join(ROOT, 'bench', 'drivers', 'batch.mjs');
  const seq: Run[] = [];
  const par: Run[] = [];
  for (let i = 0; i < runs; i++) {
    seq.push(await node([driver, 'sequential', formats, join(REPORTS, 'batch-sequential'), ...inputs]));
    par.push(await node([driver, 'parallel', formats, join(REPORTS, 'batch-parallel'), ...inputs]));
  }
  return { inputs: inputs.length, postsEach, sequential: summarise(seq), parallel: summarise(par) };
}

interface RulesCase {
  posts: number;
  postsPerSecond: number;
  judgePostsPerSecond: number;
  findings: number;
  flagged: number;
}

async function rulesCase(file: string): Promise<RulesCase> {
  const run = await node([join(ROOT, 'bench', 'drivers', 'rules.mjs'), file, '3']);
  return JSON.parse(run.stdout.trim().split('\n').pop()!) as RulesCase;
}

// ---- machine ----

function machine(): Record<string, string> {
  let model = cpus()[0]?.model ?? 'unknown';
  try {
    model = /model name\s*:\s*(.+)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? model;
  } catch {
    // not Linux
  }
  return {
    cores: String(availableParallelism()),
    cpu: model,
    memory: `${(totalmem() / 1024 ** 3).toFixed(1)} GiB`,
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
  };
}

// ---- output ----

const s = (ms: number): string => (ms / 1000).toFixed(2);
const pad = (text: string, width: number): string => (text.length >= width ? text : text + ' '.repeat(width - text.length));

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]): string => `| ${cells.map((c, i) => pad(c, widths[i]!)).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

interface Target {
  target: string;
  measured: string;
  pass: boolean | null;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const log = (line: string): void => void process.stderr.write(`${line}\n`);
  await mkdir(REPORTS, { recursive: true });

  if (args.build || !existsSync(join(DIST, 'cli.js'))) await buildApp(log);
  const dist = (path: string): string => pathToFileURL(join(DIST, path)).href;
  // dist/ as built (not the sources): html and importers added since are picked up here.
  const { RENDERERS } = (await import(dist('report/render.js'))) as { RENDERERS: Record<string, unknown> };
  const { IMPORTERS } = (await import(dist('importers/index.js'))) as { IMPORTERS: readonly Importer[] };
  formats = ['json', 'md', 'html'].filter((f) => Object.hasOwn(RENDERERS, f)).join(',');
  const facebookRegistered = IMPORTERS.some((i) => i.id === 'facebook');

  const info = machine();
  log(`machine: ${info.cores} cores, ${info.cpu}, ${info.memory}, Node ${info.node}; formats ${formats}; ${args.runs} run(s) per case`);

  // ---- data ----
  log('generating exports (reused when already in bench/out/) ...');
  const xSpecs: { name: string; path: string; spec: XArchiveSpec }[] = [];
  const want = (c: CaseName): boolean => args.only.has(c) || args.profile === c;
  if (want('x-10k')) xSpecs.push({ name: 'x-10k', path: join(OUT, 'x-10k.zip'), spec: { tweets: 10_000, seed: 10 } });
  if (want('x-50k')) xSpecs.push({ name: 'x-50k', path: join(OUT, 'x-50k.zip'), spec: { tweets: 50_000, seed: 50 } });
  if (want('x-200k') || want('x-200k-media')) xSpecs.push({ name: 'x-200k', path: join(OUT, 'x-200k.zip'), spec: { tweets: 200_000, seed: 200 } });
  if (want('x-200k-media')) {
    xSpecs.push({ name: 'x-200k-media', path: join(OUT, 'x-200k-media.zip'), spec: { tweets: 200_000, seed: 200, media: { files: 1000, bytes: 2_600_000 } } });
  }
  const batchInputs: string[] = [];
  if (want('batch')) {
    for (let i = 1; i <= 8; i++) {
      const path = join(OUT, `batch-${i}.zip`);
      xSpecs.push({ name: `batch-${i}`, path, spec: { tweets: 25_000, seed: 1000 + i } });
      batchInputs.push(path);
    }
  }
  const generated = await generateXArchives(xSpecs, log);
  const sizeOf = (path: string): number => generated.get(path)?.size ?? 0;
  let facebookZip: string | undefined;
  let facebookSize = 0;
  if (want('facebook-100k') && facebookRegistered) {
    facebookZip = join(OUT, 'facebook-100k.zip');
    facebookSize = (await generateFacebookArchive(facebookZip, { posts: 60_000, comments: 40_000, seed: 7 }, log)).size;
  }
  const rulesFile = join(OUT, 'rules-posts.json');
  if (want('rules')) await generateRulePosts(rulesFile, { posts: 60_000, seed: 42 });

  // ---- runs ----
  const results: { machine: Record<string, string>; formats: string; runs: number; cases: AuditCase[]; startup?: Timing; batch?: BatchCase; rules?: RulesCase; facebook?: string } = {
    machine: info,
    formats,
    runs: args.runs,
    cases: [],
  };
  // The fixed cost of one audit (node start, module load, report writing) on a tiny archive.
  if (want('x-10k') && want('x-200k')) {
    const tiny = join(ROOT, 'fixtures', 'x', 'current.zip');
    const runs: Run[] = [];
    for (let i = 0; i < args.runs; i++) runs.push(await node([BIN, 'audit', tiny, '--format', formats, '-o', join(REPORTS, 'startup'), '-q']));
    results.startup = summarise(runs);
    log(`startup (tiny archive): ${s(results.startup.ms)} s`);
  }
  for (const { name, path } of xSpecs) {
    if (!args.only.has(name as CaseName)) continue;
    log(`${name}: ${args.runs} floor and ${args.runs} audit runs ...`);
    const result = await auditCase(name, path, sizeOf(path), args.runs);
    results.cases.push(result);
    log(`  floor ${s(result.floor.ms)} s, audit ${s(result.audit.ms)} s (${(result.audit.ms / result.floor.ms).toFixed(2)}×), ${result.audit.rssMb.toFixed(0)} MB`);
  }
  if (args.only.has('facebook-100k')) {
    if (facebookZip) {
      log('facebook-100k ...');
      const result = await auditCase('facebook-100k', facebookZip, facebookSize, args.runs);
      results.cases.push(result);
    } else {
      // TODO(issue 9): the Facebook case runs once src/importers/facebook.ts is registered in src/importers/index.ts.
      results.facebook = 'skipped: facebook importer not registered';
      log(results.facebook);
    }
  }
  if (args.only.has('batch')) {
    log(`batch: 8 × 25k tweets, sequential vs parallel, ${args.runs} runs each ...`);
    results.batch = await batchCase(batchInputs, args.runs, 25_000);
  }
  if (args.only.has('rules')) {
    log('rules: checkPost over 60,000 posts, one core ...');
    results.rules = await rulesCase(rulesFile);
  }

  // ---- tables ----
  const rows = results.cases.map((c) => [
    c.name,
    String(c.posts),
    String(c.flagged),
    c.sizeMb ? c.sizeMb.toFixed(0) : '-',
    s(c.floor.ms),
    s(c.audit.ms),
    (c.audit.ms / c.floor.ms).toFixed(2),
    String(Math.round(c.posts / (c.audit.ms / 1000))),
    c.floor.rssMb.toFixed(0),
    c.audit.rssMb.toFixed(0),
    s(c.floor.cpuMs),
    s(c.audit.cpuMs),
    c.audit.load.toFixed(1),
  ]);
  const lines: string[] = [];
  lines.push(`Machine: ${info.cores} cores (${info.cpu}), ${info.memory}, Node ${info.node}, ${info.platform}. Formats: ${formats}. Median of ${args.runs} runs.`, '');
  lines.push(table(['case', 'posts', 'flagged', 'zip MB', 'floor s', 'audit s', '× floor', 'posts/s', 'floor RSS MB', 'peak RSS MB', 'floor CPU s', 'audit CPU s', 'load'], rows), '');
  if (results.facebook) lines.push(`facebook-100k: ${results.facebook}`, '');
  if (results.startup) lines.push(`Fixed cost of one audit (tiny archive): ${s(results.startup.ms)} s.`, '');
  if (results.batch) {
    const b = results.batch;
    lines.push(
      table(
        ['batch (8 × 25k tweets)', 'wall s', 'peak RSS MB', 'CPU s', 'load'],
        [
          ['sequential (one after another)', s(b.sequential.ms), b.sequential.rssMb.toFixed(0), s(b.sequential.cpuMs), b.sequential.load.toFixed(1)],
          [`parallel (worker pool, ${info.cores} cores)`, s(b.parallel.ms), b.parallel.rssMb.toFixed(0), s(b.parallel.cpuMs), b.parallel.load.toFixed(1)],
        ],
      ),
      '',
    );
  }
  if (results.rules) {
    const r = results.rules;
    lines.push(`Rules alone: checkPost over ${r.posts} posts: ${r.postsPerSecond} posts/s (${r.findings} findings); with scoring (judgePost): ${r.judgePostsPerSecond} posts/s (${r.flagged} flagged).`, '');
  }

  const targets: Target[] = [];
  const byName = new Map(results.cases.map((c) => [c.name, c]));
  const big = byName.get('x-200k');
  if (big) {
    const ratio = big.audit.ms / big.floor.ms;
    targets.push({ target: '200k full audit ≤ 1.5 × floor', measured: `${ratio.toFixed(2)} × (${s(big.audit.ms)} s vs ${s(big.floor.ms)} s)`, pass: ratio <= 1.5 });
    targets.push({ target: '200k peak RSS ≤ 800 MB', measured: `${big.audit.rssMb.toFixed(0)} MB`, pass: big.audit.rssMb <= 800 });
  }
  const media = byName.get('x-200k-media');
  if (big && media) {
    const t = media.audit.ms / big.audit.ms;
    const m = media.audit.rssMb / big.audit.rssMb;
    targets.push({ target: 'media zip (≥ 2.5 GB) within 10% (time and RSS)', measured: `time ${t.toFixed(2)} ×, RSS ${m.toFixed(2)} × (zip ${(media.sizeMb / 1000).toFixed(2)} GB)`, pass: t <= 1.1 && m <= 1.1 });
  }
  if (results.rules) targets.push({ target: 'rules ≥ 50,000 posts/s (one core)', measured: `${results.rules.postsPerSecond} posts/s`, pass: results.rules.postsPerSecond >= 50_000 });
  const small = byName.get('x-10k');
  if (small && big && results.startup) {
    const fixed = results.startup.ms;
    const perSmall = ((small.audit.ms - fixed) / small.posts) * 1000;
    const perBig = ((big.audit.ms - fixed) / big.posts) * 1000;
    targets.push({
      target: 'linear cost: µs/post at 200k ≤ 1.25 × at 10k (net of fixed cost)',
      measured: `${perSmall.toFixed(1)} µs → ${perBig.toFixed(1)} µs (${(perBig / perSmall).toFixed(2)} ×; raw ${((small.audit.ms / small.posts) * 1000).toFixed(1)} → ${((big.audit.ms / big.posts) * 1000).toFixed(1)} µs)`,
      pass: perBig <= perSmall * 1.25,
    });
  }
  if (results.batch) {
    const speedup = results.batch.sequential.ms / results.batch.parallel.ms;
    targets.push({ target: `batch of 8: parallel ≥ 1.7 × sequential (${info.cores} cores)`, measured: `${speedup.toFixed(2)} × (${s(results.batch.sequential.ms)} s → ${s(results.batch.parallel.ms)} s)`, pass: speedup >= 1.7 });
  }
  lines.push(table(['target', 'measured', 'result'], targets.map((t) => [t.target, t.measured, t.pass === null ? '-' : t.pass ? 'PASS' : 'MISS'])));
  const busiest = Math.max(0, ...results.cases.map((c) => c.audit.load), results.batch?.parallel.load ?? 0);
  if (busiest > Number(info.cores)) {
    lines.push('', `Warning: the load average reached ${busiest.toFixed(1)} on ${info.cores} cores during the runs: other processes were competing, so wall times (and the batch speed-up) are pessimistic. The CPU columns are less affected.`);
  }
  const text = lines.join('\n');
  process.stdout.write(`\n${text}\n`);
  await writeFile(join(OUT, 'results.json'), `${JSON.stringify({ ...results, targets }, null, 2)}\n`);
  await writeFile(join(OUT, 'results.md'), `${text}\n`);

  if (args.profile) {
    const name = args.profile;
    const spec = xSpecs.find((x) => x.name === name);
    const input = spec?.path ?? (name === 'facebook-100k' ? facebookZip : undefined);
    if (!input) {
      log(`--profile ${name}: only the audit cases can be profiled`);
      return;
    }
    const dir = join(OUT, 'profiles', name);
    await rm(dir, { recursive: true, force: true });
    await mkdir(dir, { recursive: true });
    log(`profiling one audit of ${name} ...`);
    await node([BIN, 'audit', input, '--format', formats, '-o', join(REPORTS, `${name}-profiled`), '-q'], ['--cpu-prof', '--cpu-prof-dir', dir]);
    for (const file of await readdir(dir)) {
      process.stdout.write(`\nCPU profile ${join(dir, file)}:\n${summariseProfile(JSON.parse(await readFile(join(dir, file), 'utf8')), ROOT)}\n`);
    }
  }
}

/** Builds the CLI into bench/out/app/ as `npm run build` builds it into dist/ (tsc, then the data files beside the sources). */
async function buildApp(log: (line: string) => void): Promise<void> {
  log('building the CLI into bench/out/app/ ...');
  await rm(APP, { recursive: true, force: true });
  const tsc = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json', '--outDir', DIST], { cwd: ROOT, encoding: 'utf8' });
  if (tsc.status !== 0) log(`  warning: tsc reported errors (the build was still written):\n${(tsc.stdout + tsc.stderr).trim().split('\n').slice(0, 5).join('\n')}`);
  const data = new Set(['.txt', '.json', '.tsv', '.csv']);
  const copy = async (dir: string): Promise<void> => {
    for (const entry of await readdir(join(ROOT, 'src', dir), { withFileTypes: true })) {
      const rel = join(dir, entry.name);
      if (entry.isDirectory()) await copy(rel);
      else if (data.has(extname(entry.name))) {
        await mkdir(join(DIST, dir), { recursive: true });
        await copyFile(join(ROOT, 'src', rel), join(DIST, rel));
      }
    }
  };
  await copy('');
  await mkdir(dirname(BIN), { recursive: true });
  await copyFile(join(ROOT, 'bin', 'hindsight.js'), BIN);
  // dist/version.js reads the version from ../package.json; node_modules resolve from the project above.
  await copyFile(join(ROOT, 'package.json'), join(APP, 'package.json'));
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
