// Copies the data files that live beside the sources (word lists, standards packs) into dist/,
// since tsc only emits the TypeScript.
import { cpSync, readdirSync, statSync, mkdirSync } from 'node:fs';
import { join, dirname, extname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const DATA = new Set(['.txt', '.json', '.tsv', '.csv']);

function walk(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (DATA.has(extname(name))) {
      const target = join(root, 'dist', path.slice(join(root, 'src').length));
      mkdirSync(dirname(target), { recursive: true });
      cpSync(path, target);
    }
  }
}
walk(join(root, 'src'));
