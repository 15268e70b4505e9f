/**
 * Every registered importer over arbitrary small exports: the fixtures' own exports with their files
 * cut short, flipped, spliced, emptied, dropped, or with a JSON value swapped for one of another type,
 * plus stray files. detect() never throws; read() returns valid posts or throws a HindsightError;
 * through the whole pipeline (a real folder on disk, auditInput) an input never fails with anything
 * but a one-line error, and every evidence span lies inside its post's text.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { IMPORTERS, detectImporter } from '../../src/importers/index.js';
import { isHindsightError } from '../../src/errors.js';
import { PostSchema } from '../../src/model/post.js';
import { auditInput } from '../../src/pipeline/audit.js';
import { loadPack } from '../../src/standards/pack.js';
import { facebookExport } from '../../fixtures/facebook/generate.js';
import { instagramExport } from '../../fixtures/instagram/generate.js';
import { MemoryArchive, applyBroken, brokenExport, fixtureInputs, loadSeed } from './support.js';

const root = resolve(import.meta.dirname, '..', '..');
const RUNS_PER_IMPORTER = 100;

/** Seed exports by the importer that reads them. */
const seeds = new Map<string, Array<Map<string, Buffer>>>();
let allSeeds: Array<Map<string, Buffer>> = [];
let names: string[] = [];
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hindsight-prop-importers-'));
  const loaded: Array<Map<string, Buffer>> = [];
  for (const input of fixtureInputs(root)) {
    try {
      loaded.push(await loadSeed(input));
    } catch {
      // a fixture that is itself broken on purpose is not a seed
    }
  }
  const asBuffers = (files: Map<string, Buffer | string>): Map<string, Buffer> => new Map([...files].map(([p, c]) => [p, Buffer.isBuffer(c) ? c : Buffer.from(c)]));
  loaded.push(asBuffers(facebookExport('2025', 'json')), asBuffers(facebookExport('2018', 'html')), asBuffers(instagramExport('2024', 'json')), asBuffers(instagramExport('2019', 'json')));
  for (const files of loaded) {
    if (files.size === 0) continue;
    const archive = new MemoryArchive('seed', files);
    for (const importer of IMPORTERS) {
      if (await importer.detect(archive)) {
        seeds.set(importer.id, [...(seeds.get(importer.id) ?? []), files]);
        break;
      }
    }
  }
  allSeeds = [...seeds.values()].flat();
  names = [...new Set(allSeeds.flatMap((s) => [...s.keys()]))];
}, 120_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('every importer over arbitrary exports', () => {
  it('has a seed export from the fixtures for every registered importer', () => {
    expect(IMPORTERS.filter((i) => !seeds.has(i.id)).map((i) => i.id)).toEqual([]);
  });

  it.each(IMPORTERS.map((i) => [i.id, i] as const))('%s: detect never throws; read gives valid posts or a HindsightError', async (_id, importer) => {
    const own = seeds.get(importer.id) ?? allSeeds;
    // Mostly its own exports, broken; sometimes another platform's, to test that detection says no.
    const stats = { runs: 0, detected: 0, posts: 0, errors: 0 };
    const plan = fc.tuple(fc.boolean(), brokenExport(Math.max(own.length, allSeeds.length), names));
    await fc.assert(
      fc.asyncProperty(plan, async ([foreign, broken]) => {
        const pool = foreign ? allSeeds : own;
        const files = applyBroken(pool[broken.seed % pool.length]!, broken);
        const archive = new MemoryArchive('/exports/arbitrary', files);
        let detected = false;
        try {
          detected = await importer.detect(archive);
        } catch (error) {
          expect.fail(`detect threw ${String(error)}`);
        }
        stats.runs++;
        if (!detected) return;
        stats.detected++;
        const warnings: Array<{ file: string | null; message: string }> = [];
        try {
          const result = await importer.read(archive, { input: archive.input, includeMessages: true, me: ['Alex Morgan', 'Sam'], warn: (file, message) => warnings.push({ file, message }) });
          for (const post of result.posts) PostSchema.parse(post);
          if (result.posts.length) stats.posts++;
        } catch (error) {
          stats.errors++;
          expect(isHindsightError(error), `read threw ${error instanceof Error ? error.stack : String(error)}`).toBe(true);
        }
        for (const w of warnings) expect(typeof w.message).toBe('string');
      }),
      { numRuns: RUNS_PER_IMPORTER },
    );
    if (process.env['HINDSIGHT_PROPERTY_STATS']) console.log(importer.id, stats);
  }, 120_000);

  it('detection over all importers never throws, and names the export or lists what it looked for', async () => {
    await fc.assert(
      fc.asyncProperty(brokenExport(allSeeds.length, names), async (broken) => {
        const archive = new MemoryArchive('/exports/arbitrary', applyBroken(allSeeds[broken.seed % allSeeds.length]!, broken));
        try {
          await detectImporter(archive);
        } catch (error) {
          expect(isHindsightError(error)).toBe(true);
          expect((error as Error).message).toMatch(/looked for/);
        }
      }),
      { numRuns: 200 },
    );
  }, 120_000);

  it('through the pipeline (a folder on disk): a one-line error or warnings, and evidence inside the text', async () => {
    const pack = loadPack('hcpc');
    let n = 0;
    await fc.assert(
      fc.asyncProperty(brokenExport(allSeeds.length, names), async (broken) => {
        const files = applyBroken(allSeeds[broken.seed % allSeeds.length]!, broken);
        const folder = join(dir, `case-${n++}`);
        await mkdir(folder, { recursive: true });
        for (const [path, bytes] of files) {
          const full = join(folder, path);
          if (!full.startsWith(folder + '/')) continue;
          try {
            await mkdir(dirname(full), { recursive: true });
            await writeFile(full, bytes);
          } catch {
            // a name that is a folder elsewhere in the same export: leave it out
          }
        }
        const { input, posts } = await auditInput(folder, { pack, includeMessages: true, me: ['Alex Morgan'] });
        if (input.error !== null) {
          expect(input.error.startsWith(folder)).toBe(true);
          expect(input.error).not.toMatch(/[\n\r]/);
          // The pipeline's fallback for an error that is not a HindsightError: it must never be needed.
          expect(input.error).not.toMatch(new RegExp(`^${folder.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: could not be read \\(`));
        }
        for (const w of input.warnings) expect(`${w.file ?? ''} ${w.message}`).not.toMatch(/[\n\r]/);
        for (const post of posts) {
          for (const f of post.findings) {
            for (const e of f.evidence) {
              expect(e.start).toBeGreaterThanOrEqual(0);
              expect(e.end).toBeLessThanOrEqual(post.text.length);
              expect(post.text.slice(e.start, e.end)).toBe(e.text);
            }
          }
        }
        await rm(folder, { recursive: true, force: true });
      }),
      { numRuns: 60 },
    );
  }, 180_000);
});
