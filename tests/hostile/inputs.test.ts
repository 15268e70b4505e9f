/**
 * Every kind of hostile input from generate.ts, read at the module level: through the pipeline's
 * auditInput (what the report gets), and step by step (openArchive, detect, read) to check that
 * nothing but a HindsightError ever escapes.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateHostile, type HostileCase } from './generate.js';
import { EXPECTED, check } from './expectations.js';
import { auditInput, type InputAudit } from '../../src/pipeline/audit.js';
import { openArchive } from '../../src/importers/archive/index.js';
import { detectImporter } from '../../src/importers/index.js';
import { isHindsightError } from '../../src/errors.js';
import { loadPack } from '../../src/standards/pack.js';

let dir: string;
let cases: HostileCase[];
const results = new Map<string, InputAudit>();
const pack = loadPack('hcpc');

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hindsight-hostile-'));
  cases = await generateHostile(join(dir, 'inputs'));
  for (const c of cases) {
    if (c.env) continue; // needs its environment at start-up: see the test below
    results.set(c.kind, await auditInput(c.input, { pack }));
  }
}, 120_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('hostile inputs, module level', () => {
  it('generates at least 30 kinds, each with an expectation', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
    const kinds = cases.map((c) => c.kind);
    expect(new Set(kinds).size).toBe(kinds.length);
    const platformDependent = new Set(['named-pipe']); // needs mkfifo
    expect(Object.keys(EXPECTED).filter((k) => !kinds.includes(k) && !platformDependent.has(k))).toEqual([]);
    expect(kinds.filter((k) => !(k in EXPECTED))).toEqual([]);
  });

  it.each(Object.keys(EXPECTED).filter((k) => k !== 'file-over-size-limit'))('%s', (kind) => {
    const c = cases.find((x) => x.kind === kind);
    if (!c) return; // platform-dependent case not generated here
    check(c, results.get(kind)!, EXPECTED[kind]!);
  });

  it('lets nothing but a HindsightError escape the reader, detection or an importer', async () => {
    for (const c of cases) {
      if (c.env) continue;
      let archive;
      try {
        archive = await openArchive(c.input);
        const importer = await detectImporter(archive);
        await importer.read(archive, { input: c.input, includeMessages: true, warn: () => {} });
      } catch (error) {
        expect(isHindsightError(error), `${c.kind}: ${String(error)}`).toBe(true);
      } finally {
        await archive?.close();
      }
    }
  });

  it('refuses a file over the size limit (lowered through HINDSIGHT_MAX_FILE_BYTES; 1 GB takes the same path)', async () => {
    const c = cases.find((x) => x.kind === 'file-over-size-limit')!;
    vi.resetModules();
    for (const [name, value] of Object.entries(c.env!)) vi.stubEnv(name, value);
    try {
      const fresh = await import('../../src/pipeline/audit.js');
      const { LIMITS } = await import('../../src/importers/archive/index.js');
      expect(LIMITS.maxEntryBytes).toBe(64 * 1024);
      check(c, await fresh.auditInput(c.input, { pack }), EXPECTED[c.kind]!);
    } finally {
      vi.unstubAllEnvs();
      vi.resetModules();
    }
  });

  it('never lets a zip entry name reach outside the export', () => {
    const audit = results.get('zip-path-traversal')!;
    expect(audit.posts.every((p) => p.source?.file.startsWith('data/'))).toBe(true);
    expect(existsSync(join(dir, 'escape.js'))).toBe(false);
    expect(existsSync('/etc/hindsight-absolute.js')).toBe(false);
    expect(existsSync(join(dir, '..', 'up-and-out.js'))).toBe(false);
  });

  it('keeps ids above 2^53 exact, and never rounds a bare numeric one into a wrong id', () => {
    const { posts } = results.get('ids-above-2^53')!;
    const big = posts.find((p) => p.id === '18446744073709551615')!;
    expect(big.inReplyTo).toBe('9223372036854775807');
    // 2^53 + 1 given only as a JSON number reads back as 2^53: such a record is skipped, not misnumbered.
    expect(posts.some((p) => p.id === '9007199254740992' || p.id === '9007199254740993')).toBe(false);
  });

  it('pollutes no prototype', () => {
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('keeps lone surrogates and replacement characters in the text as found, and the very long post whole', () => {
    const lone = results.get('lone-surrogates')!.posts.find((p) => p.id === '1100000000000000030')!;
    expect(lone.text).toBe('Lone halves: \ud83d here, \udc00 there, reversed \udc00\ud83d');
    const long = results.get('very-long-line')!.posts.find((p) => p.id === '1100000000000000060')!;
    expect(long.text.length).toBeGreaterThan(64 * 1024 * 1024);
  });
});
