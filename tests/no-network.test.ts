import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { generateFacebookFixtures } from '../fixtures/facebook/generate.js';
import { generateInstagramFixtures } from '../fixtures/instagram/generate.js';
import { IMPORTERS } from '../src/importers/index.js';

const root = resolve(import.meta.dirname, '..');
const preload = join(root, 'tests', 'support', 'no-network.mjs');

/** Every export fixture the project ships: top-level entries of each platform's fixture folder. */
function allFixtures(): string[] {
  const out: string[] = [join(root, 'fixtures', 'demo')];
  for (const platform of readdirSync(join(root, 'fixtures'))) {
    const dir = join(root, 'fixtures', platform);
    if (platform === 'demo' || !statSync(dir).isDirectory()) continue;
    for (const name of readdirSync(dir)) {
      if (/\.(ts|md)$/.test(name)) continue;
      out.push(join(dir, name));
    }
  }
  return out;
}

/** Fixture folders that hold only generators: their exports are written when the tests run. */
let generated: string[] = [];
let scratch: string;
beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'hindsight-nonet-fixtures-'));
  const meta = [
    ...(await generateFacebookFixtures(join(scratch, 'facebook'))).map((f) => join(scratch, 'facebook', f)),
    ...(await generateInstagramFixtures(join(scratch, 'instagram'))).map((f) => join(scratch, 'instagram', f)),
  ];
  // Multi-part downloads are read as the folder that holds the parts.
  generated = [...new Set(meta.map((f) => (f.includes('/multipart/') ? f.slice(0, f.lastIndexOf('/')) : f)))];
}, 120_000);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('no network', () => {
  it('the preload really stops a network call', () => {
    for (const code of [
      "require('node:dns').lookup('example.org', () => {})",
      "new (require('node:dns').Resolver)().resolve4('example.org', () => {})",
      "require('node:dns').promises.resolveTxt('example.org')",
      "require('node:http2').connect('https://example.org')",
      "require('node:net').createServer().listen(0)",
      "fetch('https://example.org')",
      // Node runs no --import in worker threads: the preload starts each worker through itself.
      "new (require('node:worker_threads').Worker)(\"require('node:dns').lookup('example.org', () => {})\", { eval: true })",
    ]) {
      const r = spawnSync(process.execPath, ['--import', preload, '-e', code], { encoding: 'utf8' });
      expect(r.status, code).toBe(99);
      expect(r.stderr).toMatch(/NETWORK ACCESS ATTEMPTED/);
    }
    // A worker started from a file, with a named import of the built-in module.
    const dir = mkdtempSync(join(tmpdir(), 'hindsight-nonet-worker-'));
    try {
      const worker = join(dir, 'worker.mjs');
      writeFileSync(worker, "import { lookup } from 'node:dns';\nlookup('example.org', () => {});\n");
      const r = spawnSync(process.execPath, ['--import', preload, '--input-type=module', '-e', `import { Worker } from 'node:worker_threads'; new Worker(${JSON.stringify(worker)});`], { encoding: 'utf8' });
      expect(r.status).toBe(99);
      expect(r.stderr).toMatch(/NETWORK ACCESS ATTEMPTED: dns\.lookup \(in a worker thread\)/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('covers every fixture folder under fixtures/ (generated ones included)', () => {
    const fixtures = [...allFixtures(), ...generated];
    const platforms = readdirSync(join(root, 'fixtures')).filter((p) => statSync(join(root, 'fixtures', p)).isDirectory());
    for (const platform of platforms) {
      // A folder of shared generator code (fixtures/lib) holds no export of its own.
      const exports = readdirSync(join(root, 'fixtures', platform)).filter((n) => !/\.(ts|md)$/.test(n));
      if (exports.length === 0 && !generated.some((f) => f.startsWith(join(scratch, platform) + '/'))) continue;
      const covered = fixtures.some((f) => f.startsWith(join(root, 'fixtures', platform) + '/') || f === join(root, 'fixtures', platform) || f.startsWith(join(scratch, platform) + '/'));
      expect(covered, `fixtures/${platform}`).toBe(true);
    }
  });

  it('a full audit of every fixture opens no connection and resolves no name, and every importer reads one', () => {
    const out = mkdtempSync(join(tmpdir(), 'hindsight-nonet-'));
    try {
      const fixtures = [...allFixtures(), ...generated];
      expect(fixtures.length).toBeGreaterThan(1);
      const r = spawnSync(
        process.execPath,
        ['--import', preload, join(root, 'bin', 'hindsight.js'), 'audit', ...fixtures, '--include-messages', '--me', 'Sam Taylor', '--format', 'md,json', '-o', join(out, 'r'), '-q'],
        { encoding: 'utf8', maxBuffer: 1024 ** 3 },
      );
      expect(r.stderr).not.toMatch(/NETWORK ACCESS ATTEMPTED/);
      expect(r.status).not.toBe(99);
      expect(readdirSync(out).sort()).toEqual(['r.json', 'r.md']);
      // Every importer's read path ran under the preload: each read at least one fixture without error.
      const report = JSON.parse(readFileSync(join(out, 'r.json'), 'utf8')) as { inputs: Array<{ platform: string | null; error: string | null }> };
      expect(report.inputs).toHaveLength(fixtures.length);
      const read = new Set(report.inputs.filter((i) => i.error === null).map((i) => i.platform));
      expect(IMPORTERS.map((i) => i.id).filter((id) => !read.has(id))).toEqual([]);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 120_000);
});
