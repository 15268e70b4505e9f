import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { rulePosts } from '../../bench/generate.js';
import { auditInput, judge, type AuditOptions } from '../../src/pipeline/audit.js';
import { CHUNK, JudgePool, judgeAll, spawnJudgeWorker, type SpawnJudgeWorker } from '../../src/pipeline/judge-pool.js';
import { DEFAULT_THRESHOLDS } from '../../src/pipeline/score.js';
import { loadPack } from '../../src/standards/pack.js';

const options = (extra: Partial<AuditOptions> = {}): AuditOptions => ({ pack: loadPack('hcpc'), thresholds: DEFAULT_THRESHOLDS, ...extra });
const OWN = ['bench_physio_example'];
/** Varied posts (six platforms, every kind, some 3 % that should be flagged), a few chunks' worth. */
const POSTS = rulePosts(CHUNK * 4 + 321, 7);

/** Counts the workers that loaded, to be sure the work was shared and not all done in this thread. */
function counting(): { spawn: SpawnJudgeWorker; answered: () => number } {
  let answered = 0;
  return {
    spawn: (setup) => {
      const worker = spawnJudgeWorker(setup);
      worker.on('message', (reply: { type: string }) => void (reply.type === 'done' && answered++));
      return worker;
    },
    answered: () => answered,
  };
}

describe('judgeAll', () => {
  it('judges exactly as judging one post after another, in order, on two threads', async () => {
    const opts = options();
    const expected = POSTS.map((p) => judge(p, opts, OWN));
    expect(expected.some((j) => j.recommendation !== 'keep')).toBe(true);
    const { spawn, answered } = counting();
    const judged = await judgeAll(POSTS, opts, OWN, { threads: 2, spawn, minPosts: 0 });
    expect(judged).toEqual(expected);
    // The worker loads the rules first, so it may answer only after this thread is done: whatever it
    // answered was taken (or was a duplicate of work this thread did), and the results are the same.
    expect(answered()).toBeGreaterThanOrEqual(0);
  }, 60_000);

  it('uses early judgements only for posts unchanged since they were offered', async () => {
    const opts = options({ ruleOverrides: { 'trust/intoxication': 'off' }, allow: ['bottle'] });
    const { spawn, answered } = counting();
    const pool = new JudgePool(opts, { threads: 2, spawn });
    try {
      // Offered as an importer reads them, then: some replaced by other objects, some given a new
      // media list (as the photo pass does), some offered with other own accounts, some never offered.
      const offered = POSTS.map((p) => ({ ...p }));
      offered.forEach((p, i) => pool.offer(p, i % 97 === 0 ? ['someone_else'] : OWN));
      // Let the worker answer what it can, as it does while the rest of a large export is read.
      await new Promise((resolve) => setTimeout(resolve, 3000));
      const final = offered.map((p, i) => {
        if (i % 5 === 0) return { ...p, text: `${p.text} fucking idiot` };
        if (i % 7 === 0) return Object.assign(p, { media: [{ type: 'photo' as const, path: null, altText: null, exif: { latitude: 51.5, longitude: -0.1, from: 'file' as const } }] });
        return p;
      });
      final.push(...rulePosts(1500, 99));
      const judged = await pool.judge(final, OWN, 0);
      expect(judged).toEqual(final.map((p) => judge(p, opts, OWN)));
      expect(answered()).toBeGreaterThan(0);
    } finally {
      pool.close();
    }
  }, 60_000);

  it('judges everything in this thread when a worker dies or will not start', async () => {
    const opts = options();
    const expected = POSTS.map((p) => judge(p, opts, OWN));
    const dies: SpawnJudgeWorker = () =>
      new Worker(
        `const { parentPort } = require('node:worker_threads');
         parentPort.on('message', () => { throw new Error('simulated crash'); });
         parentPort.postMessage({ type: 'ready' });`,
        { eval: true },
      );
    expect(await judgeAll(POSTS, opts, OWN, { threads: 2, spawn: dies, minPosts: 0 })).toEqual(expected);
    const broken: SpawnJudgeWorker = () => new Worker('throw new Error("no loader")', { eval: true });
    expect(await judgeAll(POSTS, opts, OWN, { threads: 2, spawn: broken, minPosts: 0 })).toEqual(expected);
    const throws: SpawnJudgeWorker = () => {
      throw new Error('no threads here');
    };
    expect(await judgeAll(POSTS, opts, OWN, { threads: 3, spawn: throws, minPosts: 0 })).toEqual(expected);
  }, 60_000);

  it('lets a worker that never answers cost nothing but its chunks, which this thread takes back', async () => {
    const opts = options();
    const silent: SpawnJudgeWorker = () =>
      new Worker(`require('node:worker_threads').parentPort.postMessage({ type: 'ready' }); setInterval(() => {}, 1000);`, { eval: true });
    const judged = await judgeAll(POSTS, opts, OWN, { threads: 2, spawn: silent, minPosts: 0 });
    expect(judged).toEqual(POSTS.map((p) => judge(p, opts, OWN)));
  }, 60_000);
});

describe('auditInput with judgeThreads', () => {
  it('gives the same audit on one thread and on two', async () => {
    const input = fileURLToPath(new URL('../../fixtures/x/current.zip', import.meta.url));
    const one = await auditInput(input, options());
    const two = await auditInput(input, options({ judgeThreads: 2 }));
    expect(two).toEqual(one);
    expect(one.posts.length).toBeGreaterThan(0);
  }, 60_000);
});
