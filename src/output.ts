import { realpath, stat } from 'node:fs/promises';
import { dirname, basename, join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { chmodSync, closeSync, fsyncSync, openSync, renameSync, unlinkSync, writeFileSync, writeSync } from 'node:fs';
import { HindsightError } from './errors.js';

/** Temporary files not yet renamed into place, removed if the run is interrupted. */
const pending = new Set<string>();

export function cleanupPending(): void {
  for (const path of pending) {
    try {
      // Synchronous on purpose: this runs from a signal handler just before exit.
      unlinkSync(path);
    } catch {
      // already gone
    }
  }
  pending.clear();
}

/**
 * Writes a report readable only by the user (mode 0600), atomically: a temporary file in the same
 * folder is renamed over the target, so an interrupted run never leaves half a report. Refuses to
 * overwrite any of the inputs.
 *
 * The temporary file is created, written, flushed and renamed synchronously, in one turn of the event
 * loop. A signal handler runs only between turns, so it finds the temporary file either not yet made
 * or already renamed: never an asynchronous open still in flight that would create it after the
 * handler has cleaned up and the process is exiting (a test that sends SIGINT while a report is being
 * written found exactly that leftover).
 */
export async function writeReport(path: string, content: string | Iterable<string>, inputs: readonly string[]): Promise<void> {
  if (path === '-') {
    for (const chunk of typeof content === 'string' ? [content] : content) {
      await new Promise<void>((res, rej) => process.stdout.write(chunk, (err) => (err ? rej(err) : res())));
    }
    return;
  }
  const target = resolve(path);
  await refuseInput(target, inputs);
  const temp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  pending.add(temp);
  try {
    const fd = openSync(temp, 'wx', 0o600);
    try {
      // Pieces are written one by one so a large report never has to exist as one string.
      if (typeof content === 'string') writeFileSync(fd, content, 'utf8');
      else for (const chunk of content) writeSync(fd, chunk, null, 'utf8');
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    chmodSync(temp, 0o600); // in case a umask or ACL widened it
    renameSync(temp, target);
  } catch (error) {
    try {
      unlinkSync(temp);
    } catch {
      // never created, or already gone
    }
    const code = (error as NodeJS.ErrnoException).code;
    if (error instanceof HindsightError) throw error;
    throw new HindsightError(`cannot write the report (${code ?? (error as Error).message})`, { file: path, exitCode: 2 });
  } finally {
    pending.delete(temp);
  }
}

async function refuseInput(target: string, inputs: readonly string[]): Promise<void> {
  let real: string;
  try {
    real = await realpath(target);
  } catch {
    return; // does not exist yet, so it is not an input
  }
  for (const input of inputs) {
    try {
      if ((await realpath(input)) === real) {
        throw new HindsightError('refusing to overwrite an input with the report; choose another --out', { file: target, exitCode: 2 });
      }
    } catch (error) {
      if (error instanceof HindsightError) throw error;
    }
  }
  if ((await stat(real)).isDirectory()) {
    throw new HindsightError('is a folder; give a file name to --out, or use --out-dir', { file: target, exitCode: 2 });
  }
}
