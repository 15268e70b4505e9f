/**
 * Starting a worker thread on one of the pipeline's own modules (src/pipeline/parallel.ts,
 * src/pipeline/judge-pool.ts), compiled or from the TypeScript sources.
 *
 * Compiled (dist/), the worker loads the .js module itself; from the sources (vitest, tsx), it
 * registers tsx's loader (a dev dependency) first and then loads the .ts module.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AuditOptions } from './audit.js';
import { loadPack, type StandardsPack } from '../standards/pack.js';

/** A worker running `moduleUrl` (the caller's `import.meta.url`) with `workerData`. */
export function startWorker(moduleUrl: string, workerData: unknown): Worker {
  if (!moduleUrl.endsWith('.ts')) return new Worker(new URL(moduleUrl), { workerData });
  const api = tsxApi();
  const boot = `import(${JSON.stringify(api)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(moduleUrl)}); });`;
  return new Worker(boot, { eval: true, workerData });
}

function tsxApi(): string {
  const cjs = createRequire(import.meta.url).resolve('tsx/esm/api');
  const esm = cjs.replace(/\.cjs$/, '.mjs');
  return pathToFileURL(existsSync(esm) ? esm : cjs).href;
}

/** AuditOptions as they cross to a worker: no functions, the pack by id where it can be. */
export interface WorkerOptions extends Omit<AuditOptions, 'pack' | 'onInput'> {
  pack: { id: string } | { data: StandardsPack };
}

export function toWorkerOptions(options: AuditOptions): WorkerOptions {
  const { pack, onInput: _onInput, ...rest } = options;
  return { ...rest, pack: isBuiltin(pack) ? { id: pack.id } : { data: pack } };
}

function isBuiltin(pack: StandardsPack): boolean {
  try {
    return loadPack(pack.id) === pack;
  } catch {
    return false;
  }
}

export function fromWorkerOptions(options: WorkerOptions): AuditOptions {
  const { pack, ...rest } = options;
  return { ...rest, pack: 'id' in pack ? loadPack(pack.id) : pack.data };
}

