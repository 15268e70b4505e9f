import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

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

describe('no network', () => {
  it('the preload really stops a network call', () => {
    const r = spawnSync(process.execPath, ['--import', preload, '-e', "require('node:dns').lookup('example.org', () => {})"], { encoding: 'utf8' });
    expect(r.status).toBe(99);
    expect(r.stderr).toMatch(/NETWORK ACCESS ATTEMPTED/);
  });

  it('a full audit of every fixture opens no connection and resolves no name', () => {
    const out = mkdtempSync(join(tmpdir(), 'hindsight-nonet-'));
    try {
      const fixtures = allFixtures();
      expect(fixtures.length).toBeGreaterThan(1);
      const r = spawnSync(
        process.execPath,
        ['--import', preload, join(root, 'bin', 'hindsight.js'), 'audit', ...fixtures, '--include-messages', '--format', 'md,json', '-o', join(out, 'r'), '-q'],
        { encoding: 'utf8' },
      );
      expect(r.stderr).not.toMatch(/NETWORK ACCESS ATTEMPTED/);
      expect(r.status).not.toBe(99);
      expect(readdirSync(out).sort()).toEqual(['r.json', 'r.md']);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
