import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { auditInput, type AuditOptions, type InputAudit } from '../../src/pipeline/audit.js';
import { auditInputsInParallel, runPool, spawnWorker } from '../../src/pipeline/parallel.js';
import { DEFAULT_THRESHOLDS } from '../../src/pipeline/score.js';
import { loadPack } from '../../src/standards/pack.js';

const fixture = (name: string): string => fileURLToPath(new URL(`../../fixtures/x/${name}`, import.meta.url));

/** Every X fixture, as zips and folders: several eras, so the workers see every reader. */
const INPUTS = ['current.zip', 'ytd-2019', 'legacy.zip', 'ytd-2020.zip', 'legacy-csv-only', 'current-wrapped.zip'].map(fixture);

function options(extra: Partial<AuditOptions> = {}): AuditOptions {
  return { pack: loadPack('hcpc'), includeMessages: true, thresholds: DEFAULT_THRESHOLDS, ...extra };
}

async function sequential(inputs: (string | string[])[], opts: AuditOptions): Promise<InputAudit[]> {
  const out: InputAudit[] = [];
  for (const input of inputs) out.push(await auditInput(input, opts));
  return out;
}

describe('auditInputsInParallel', () => {
  it('gives the same results as auditing one after another, in input order', async () => {
    const opts = options({ since: new Date('2012-01-01T00:00:00Z') });
    // Count the workers that loaded, to be sure the work was done on them and not in this thread.
    let loaded = 0;
    const counted = (setup: Parameters<typeof spawnWorker>[0]): Worker => {
      const worker = spawnWorker(setup);
      worker.on('message', (reply: { type: string }) => void (reply.type === 'ready' && loaded++));
      return worker;
    };
    const [parallel, expected] = await Promise.all([runPool(INPUTS, opts, 2, counted), sequential(INPUTS, opts)]);
    expect(loaded).toBe(2);
    expect(parallel.map((a) => a.input.path)).toEqual(INPUTS);
    expect(parallel).toEqual(expected);
    expect(parallel.every((a) => a.input.error === null && a.posts.length > 0)).toBe(true);
  });

  it('lets this thread audit too, as one member of the pool', async () => {
    const opts = options();
    let loaded = 0;
    const counted = (setup: Parameters<typeof spawnWorker>[0]): Worker => {
      const worker = spawnWorker(setup);
      worker.on('message', (reply: { type: string }) => void (reply.type === 'ready' && loaded++));
      return worker;
    };
    const audits = await runPool(INPUTS, opts, 3, counted, { thisThread: true });
    expect(loaded).toBe(2);
    expect(audits).toEqual(await sequential(INPUTS, opts));
  });

  it('relays progress for every input', async () => {
    const seen: string[] = [];
    await auditInputsInParallel(INPUTS.slice(0, 3), options({ onInput: (path) => seen.push(path) }), 2);
    expect(seen.sort()).toEqual(INPUTS.slice(0, 3).sort());
  });

  it('reports a missing input without losing the others', async () => {
    const missing = fixture('no-such-archive.zip');
    const inputs = [INPUTS[0]!, missing, INPUTS[2]!, [INPUTS[3]!]];
    const audits = await auditInputsInParallel(inputs, options(), 3);
    expect(audits.map((a) => a.input.path)).toEqual([INPUTS[0], missing, INPUTS[2], INPUTS[3]]);
    expect(audits[1]!.input.error).toMatch(/no such file or folder/);
    expect(audits[1]!.posts).toEqual([]);
    for (const i of [0, 2, 3]) {
      expect(audits[i]!.input.error).toBeNull();
      expect(audits[i]!.posts.length).toBeGreaterThan(0);
    }
  });

  it('runs in this thread with one input or a concurrency of one', async () => {
    const opts = options();
    expect(await auditInputsInParallel([INPUTS[0]!], opts)).toEqual(await sequential([INPUTS[0]!], opts));
    expect(await auditInputsInParallel(INPUTS.slice(0, 2), opts, 1)).toEqual(await sequential(INPUTS.slice(0, 2), opts));
  });

  it('passes a pack that is not built in as data', async () => {
    const hcpc = loadPack('hcpc');
    const custom = { ...hcpc, name: 'A local copy' };
    const opts = options({ pack: custom });
    const audits = await auditInputsInParallel(INPUTS.slice(0, 2), opts, 2);
    expect(audits).toEqual(await sequential(INPUTS.slice(0, 2), opts));
  });
});

describe('runPool', () => {
  /** A stand-in worker: answers every input with an empty audit, but dies on any input named "crash". */
  const fakeWorker = (): Worker =>
    new Worker(
      `const { parentPort } = require('node:worker_threads');
       parentPort.on('message', ({ index, input }) => {
         if (input === 'crash') throw new Error('simulated crash');
         parentPort.postMessage({ type: 'input', index, path: input });
         parentPort.postMessage({ type: 'done', index, result: { input: { path: input, platform: 'x', account: null, posts: 0, warnings: [], error: null }, posts: [] } });
       });
       parentPort.postMessage({ type: 'ready' });`,
      { eval: true },
    );

  it('turns a worker crash into an error for its input, and finishes the rest', async () => {
    const inputs = ['a', 'crash', 'b', 'c', 'd'];
    const audits = await runPool(inputs, options(), 2, fakeWorker);
    expect(audits.map((a) => a.input.path)).toEqual(inputs);
    expect(audits[1]!.input.error).toBe('crash: could not be read (simulated crash)');
    expect(audits.filter((a) => a.input.error === null).map((a) => a.input.path)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('audits in this thread when workers cannot start', async () => {
    const broken = (): Worker => new Worker('throw new Error("no loader")', { eval: true });
    const inputs = [INPUTS[0]!, INPUTS[1]!];
    const audits = await runPool(inputs, options(), 2, broken);
    expect(audits).toEqual(await sequential(inputs, options()));
  });
});
