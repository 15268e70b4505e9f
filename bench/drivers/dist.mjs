// Where the drivers find the compiled code: HINDSIGHT_BENCH_DIST (bench/run.ts points it at its
// own build in bench/out/app/dist), else the project's dist/.
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = process.env.HINDSIGHT_BENCH_DIST ?? fileURLToPath(new URL('../../dist', import.meta.url));

export function dist(path) {
  return pathToFileURL(join(root, path)).href;
}
