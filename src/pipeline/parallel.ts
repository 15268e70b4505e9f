/**
 * Several inputs audited at once, so a batch of exports uses every core.
 *
 * This thread and worker threads each run `auditInput` (src/pipeline/audit.ts) on one input at a
 * time, taking the next from a shared queue when done, so a large export never holds up the small
 * ones behind it. The standards pack travels by id and is reloaded in the worker (or as data, for a
 * pack that is not built in); `onInput` progress calls are relayed as messages. Results come back
 * in input order. An input's failure never loses the others': `auditInput` already turns a read
 * error into `input.error`, and a worker that dies (out of memory, a bug outside auditInput's
 * reach) becomes an error for the input it was auditing, and a fresh worker takes over the rest.
 *
 * The worker entry is this module itself: compiled (dist/), the worker loads parallel.js; from the
 * TypeScript sources (vitest, tsx), it registers tsx's loader first and loads parallel.ts.
 */
import { availableParallelism } from 'node:os';
import { type Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
// Types only: the audit code (and the rules it loads, some 0.4 s of start-up) is imported where it
// runs, in the workers, or here only when the inputs are audited in this thread.
import type { AuditOptions, InputAudit } from './audit.js';
import type * as AuditModule from './audit.js';
import { fromWorkerOptions, startWorker, toWorkerOptions, type WorkerOptions } from './worker.js';

const audit = (): Promise<typeof AuditModule> => import('./audit.js');

export type AuditInput = string | string[];

const ROLE = 'hindsight-audit-worker';

interface WorkerSetup {
  role: typeof ROLE;
  options: WorkerOptions;
}

/** Main thread → worker: audit this input. */
interface Job {
  index: number;
  input: AuditInput;
}

/** Worker → main thread. */
type Reply =
  | { type: 'ready' }
  | { type: 'input'; index: number; path: string }
  | { type: 'done'; index: number; result: InputAudit };

/** Starts one worker; swappable so tests can stand in a worker that crashes. */
export type SpawnWorker = (setup: WorkerSetup) => Worker;

/**
 * Audits every input, up to `concurrency` at a time (default: one per core): this thread and
 * `concurrency - 1` worker threads take inputs from one queue. The results are in input order.
 * With one input, or a concurrency (or core count) of one, everything runs in this thread.
 *
 * Drop-in for the sequential `for (const input of inputs) audits.push(await auditInput(input, options))`.
 */
export async function auditInputsInParallel(
  inputs: readonly AuditInput[],
  options: AuditOptions,
  concurrency: number = availableParallelism(),
): Promise<InputAudit[]> {
  return runPool(inputs, options, concurrency, spawnWorker, { thisThread: true });
}

export interface PoolOptions {
  /**
   * This thread audits inputs too, as one of the `concurrency` members (so one worker fewer is
   * started): it would otherwise sit idle, and a worker costs its start-up (loading the rules) and
   * the copying of its results. On two cores this is the difference between no gain and some.
   */
  thisThread?: boolean;
}

/** The pool behind auditInputsInParallel, with the way workers are started as a parameter. */
export async function runPool(
  inputs: readonly AuditInput[],
  options: AuditOptions,
  concurrency: number,
  spawn: SpawnWorker,
  { thisThread = false }: PoolOptions = {},
): Promise<InputAudit[]> {
  const size = Math.min(inputs.length, Math.max(1, Math.floor(Number.isFinite(concurrency) ? concurrency : 1)));
  if (size <= 1) {
    // One input (or one core): the cores this pool would have used judge that input's posts.
    const cores = Math.max(1, Math.floor(Number.isFinite(concurrency) ? concurrency : 1));
    return auditInProcess(inputs, inputs.length === 1 && options.judgeThreads === undefined ? { ...options, judgeThreads: cores } : options);
  }
  const workers = thisThread ? size - 1 : size;
  // Every member of the pool already has a core of its own.
  options = { ...options, judgeThreads: 1 };

  const setup: WorkerSetup = { role: ROLE, options: toWorkerOptions(options) };
  const results: (InputAudit | undefined)[] = new Array<InputAudit | undefined>(inputs.length).fill(undefined);
  /** Inputs not yet handed out; a job a worker could not even start on goes back to the front. */
  const queue = inputs.map((_, index) => index);
  /** Set when a worker fails before it could load: workers cannot run here, so the rest run in this thread. */
  let workersUnavailable = false;
  /** Inputs whose worker died while auditing them, and why. */
  const failures = new Map<number, string>();

  const pooled = new Promise<void>((resolve) => {
    let live = 0;
    const finishIfIdle = (): void => {
      if (live === 0) resolve();
    };
    const start = (): void => {
      if (queue.length === 0 || workersUnavailable) return;
      let worker: Worker;
      try {
        worker = spawn(setup);
      } catch {
        workersUnavailable = true;
        return;
      }
      live++;
      let ready = false;
      let current: number | null = null;
      let failure: unknown;
      const next = (): void => {
        const index = queue.shift();
        if (index === undefined) {
          current = null;
          void worker.terminate();
          return;
        }
        current = index;
        worker.postMessage({ index, input: inputs[index]! } satisfies Job);
      };
      worker.on('message', (reply: Reply) => {
        if (reply.type === 'ready') {
          ready = true;
        } else if (reply.type === 'input') {
          options.onInput?.(reply.path);
        } else if (reply.type === 'done') {
          results[reply.index] = reply.result;
          next();
        }
      });
      worker.on('error', (error) => {
        failure = error;
      });
      worker.on('exit', (code) => {
        live--;
        if (current !== null && results[current] === undefined && !failures.has(current)) {
          if (!ready) {
            // It never loaded (no loader for the sources, a broken install): not this input's fault.
            queue.unshift(current);
            workersUnavailable = true;
          } else {
            failures.set(current, crashReason(failure, code));
          }
        }
        current = null;
        if (queue.length > 0 && !workersUnavailable) start();
        finishIfIdle();
      });
      next();
    };
    for (let i = 0; i < workers; i++) start();
    finishIfIdle();
  });
  // This thread takes inputs from the same queue; it yields to the event loop every few thousand
  // posts (auditInput does), so the workers' messages are still handled as they come.
  const local = async (): Promise<void> => {
    if (!thisThread) return;
    const { auditInput } = await audit();
    for (let index = queue.shift(); index !== undefined; index = queue.shift()) results[index] = await auditInput(inputs[index]!, options);
  };
  await Promise.all([pooled, local()]);

  // Whatever no worker could take (workers would not start here) is audited in this thread.
  if (queue.length > 0) {
    const { auditInput } = await audit();
    for (let index = queue.shift(); index !== undefined; index = queue.shift()) results[index] = await auditInput(inputs[index]!, options);
  }
  if (results.every((result) => result !== undefined)) return results as InputAudit[];
  const { describeError } = await audit();
  return results.map((result, index) => {
    if (result) return result;
    const input = inputs[index]!;
    const path = Array.isArray(input) ? input.join(' + ') : (input as string);
    const error = describeError(new Error(failures.get(index) ?? 'the audit worker stopped unexpectedly'), path);
    return { input: { path, platform: null, account: null, posts: 0, warnings: [], error }, posts: [] };
  });
}

async function auditInProcess(inputs: readonly AuditInput[], options: AuditOptions): Promise<InputAudit[]> {
  const { auditInput } = await audit();
  const audits: InputAudit[] = [];
  for (const input of inputs) audits.push(await auditInput(input, options));
  return audits;
}

/** Why a worker died, in one line, for the report entry of the input it was auditing. */
function crashReason(failure: unknown, code: number | null): string {
  if (failure instanceof Error) return failure.message.split('\n')[0]!;
  return `the audit worker stopped unexpectedly${code === null ? '' : ` (exit code ${code})`}`;
}

/** Starts a worker that runs this module's worker side. */
export const spawnWorker: SpawnWorker = (setup) => startWorker(import.meta.url, setup);

// ---- the worker side ----

function isSetup(data: unknown): data is WorkerSetup {
  return typeof data === 'object' && data !== null && (data as { role?: unknown }).role === ROLE;
}

if (!isMainThread && parentPort && isSetup(workerData)) {
  const port = parentPort;
  const options = fromWorkerOptions(workerData.options);
  let current = -1;
  options.onInput = (path) => port.postMessage({ type: 'input', index: current, path } satisfies Reply);
  const { auditInput } = await audit();
  port.on('message', (job: Job) => {
    current = job.index;
    void auditInput(job.input, options).then((result) => port.postMessage({ type: 'done', index: job.index, result } satisfies Reply));
  });
  port.postMessage({ type: 'ready' } satisfies Reply);
}
