/**
 * Giving memory back between the phases of a large audit.
 *
 * Reading a large export leaves garbage that V8 does not collect on its own before the process
 * ends: the inflated data files (a 200,000-tweet archive's two `tweets*.js` are 230 MB of buffers
 * outside the heap, freed only when their small handles in the old generation are collected) and
 * the import's intermediate objects. The heap then keeps growing through judging and rendering
 * instead of reusing that space, and the process's peak memory is the sum of all phases.
 *
 * `collectGarbage()` asks for one full collection at a point where most of that is garbage: when a
 * large data file has been read (seen through ImportOptions.onPost, as the next file's posts start),
 * and after an input is read. It uses V8's `gc` function, exposed for a moment
 * the way jest's leak detector does it; where that is unavailable it does nothing (correctness never
 * depends on it). One collection of a 400 MB heap costs some 0.1–0.2 s, so it is only asked for
 * when the work is large (`LARGE_POSTS`).
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** From this many posts, a full collection between phases saves more memory than its time is worth. */
export const LARGE_POSTS = 50_000;

let gc: (() => void) | null | undefined;

function gcFunction(): (() => void) | null {
  if (gc !== undefined) return gc;
  try {
    const exposed = (globalThis as { gc?: () => void }).gc;
    if (typeof exposed === 'function') return (gc = exposed);
    setFlagsFromString('--expose-gc');
    const fn: unknown = runInNewContext('gc');
    setFlagsFromString('--no-expose-gc');
    gc = typeof fn === 'function' ? (fn as () => void) : null;
  } catch {
    gc = null;
  }
  return gc;
}

/**
 * One full garbage collection, when `posts` (read since the last one) is large enough to be worth
 * it; true when it ran. Never throws.
 */
export function collectGarbage(posts: number): boolean {
  if (posts < LARGE_POSTS) return false;
  try {
    const gc = gcFunction();
    if (!gc) return false;
    gc();
    return true;
  } catch {
    // not available here: memory is then only given back when V8 decides
    return false;
  }
}
