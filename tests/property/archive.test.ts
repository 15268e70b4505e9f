/**
 * The archive reader over arbitrary bytes: any file, and zips damaged anywhere (headers, sizes,
 * names, data), open or fail with a HindsightError, never anything else; every entry listed is a
 * path inside the export; a read never returns more than asked or than the entry claims.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openArchive, type Archive } from '../../src/importers/archive/index.js';
import { isHindsightError } from '../../src/errors.js';
import { writeZip, tweetsFile, accountFile, GOOD_TWEETS, type RawZipEntry } from '../hostile/generate.js';
import { RUNS, awkwardString } from './support.js';

let dir: string;
let n = 0;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hindsight-prop-archive-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Opens `bytes` as a file and reads everything in it; returns what escaped, if anything. */
async function exercise(bytes: Uint8Array, name = 'input.zip'): Promise<{ error: unknown; archive: { paths: string[]; sizes: number[]; read: number[] } | null }> {
  const path = join(dir, `${n++}-${name}`);
  await writeFile(path, bytes);
  let archive: Archive | undefined;
  try {
    archive = await openArchive(path);
    const entries = archive.entries();
    const read: number[] = [];
    for (const entry of entries) {
      for (const maxBytes of [undefined, 7]) {
        try {
          const got = await archive.readBytes(entry.path, maxBytes === undefined ? {} : { maxBytes });
          read.push(got.length);
          if (maxBytes !== undefined) expect(got.length).toBeLessThanOrEqual(maxBytes);
          else expect(got.length).toBeLessThanOrEqual(entry.size);
          await archive.readText(entry.path, maxBytes === undefined ? {} : { maxBytes });
        } catch (error) {
          if (!isHindsightError(error)) return { error, archive: null };
        }
      }
    }
    for (const w of archive.warnings?.() ?? []) expect(typeof w.message).toBe('string');
    return { error: undefined, archive: { paths: entries.map((e) => e.path), sizes: entries.map((e) => e.size), read } };
  } catch (error) {
    return { error: isHindsightError(error) ? undefined : error, archive: null };
  } finally {
    await archive?.close();
  }
}

const safePath = (p: string): boolean => !p.startsWith('/') && !/^[A-Za-z]:/.test(p) && !p.split('/').includes('..') && !p.includes('\u0000');

const BASE_ENTRIES: RawZipEntry[] = [
  { name: 'data/account.js', data: accountFile() },
  { name: 'data/tweets.js', data: tweetsFile(0, GOOD_TWEETS) },
  { name: 'data/tweets-part1.js', data: 'window.YTD.tweets.part1 = [ ]', method: 0 },
];
const BASE = writeZip(BASE_ENTRIES);

describe('the archive reader, over arbitrary bytes', () => {
  it('opens any file, or refuses it with a HindsightError', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.uint8Array({ maxLength: 2048 }), fc.uint8Array({ maxLength: 64 }).map((b) => Buffer.concat([Buffer.from('PK\u0003\u0004'), b]))), fc.constantFrom('input.zip', 'tweets.js', 'notes.txt'), async (bytes, name) => {
        const { error } = await exercise(bytes, name);
        expect(error).toBeUndefined();
      }),
      { numRuns: RUNS },
    );
  });

  it('reads a zip damaged anywhere (bytes overwritten, cut, spliced) or refuses it, with only HindsightErrors', async () => {
    const damage = fc.oneof(
      fc.array(fc.tuple(fc.nat({ max: BASE.length - 1 }), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 12 }).map((edits) => {
        const out = Buffer.from(BASE);
        for (const [at, value] of edits) out[at] = value;
        return out;
      }),
      fc.nat({ max: BASE.length }).map((at) => BASE.subarray(0, at)),
      fc.tuple(fc.nat({ max: BASE.length }), fc.uint8Array({ maxLength: 64 })).map(([at, bytes]) => Buffer.concat([BASE.subarray(0, at), bytes, BASE.subarray(at)])),
    );
    await fc.assert(
      fc.asyncProperty(damage, async (bytes) => {
        const { error, archive } = await exercise(bytes);
        expect(error).toBeUndefined();
        if (archive) for (const p of archive.paths) expect(safePath(p), p).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('refuses a deflated entry that claims 0 bytes but inflates to more (a counterexample fast-check found)', async () => {
    const bytes = writeZip([
      { name: 'data/x.js', data: ' ', method: 8, flags: 0, claimedSize: 0 } as unknown as RawZipEntry,
      { name: 'data/tweets.js', data: tweetsFile(0, GOOD_TWEETS), method: 0, flags: 0 } as unknown as RawZipEntry,
    ]);
    const { error, archive } = await exercise(bytes);
    expect(error).toBeUndefined();
    expect(archive?.paths).toEqual(expect.arrayContaining(['data/tweets.js']));
  });

  it('reads a zip whose headers lie (sizes, flags, methods, names) or refuses it, never reading past what it claims', async () => {
    const entry = fc.record({
      name: fc.oneof(fc.constantFrom('data/tweets.js', '../x.js', '/abs.js', 'C:/x.js', 'a/../../b.js', 'data\\tweets.js', 'data/', 'dir/', ''), awkwardString),
      data: fc.oneof(fc.string({ maxLength: 200 }), fc.constant(tweetsFile(0, GOOD_TWEETS))),
      method: fc.constantFrom(0, 8, 8, 12, 99),
      flags: fc.constantFrom(0, 0, 1, 8, 0x800),
      claimedSize: fc.option(fc.oneof(fc.nat({ max: 300 }), fc.constant(0xfffffff0)), { nil: undefined }),
      claimedCompressedSize: fc.option(fc.nat({ max: 300 }), { nil: undefined }),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(entry, { minLength: 1, maxLength: 5 }), async (entries) => {
        const { error, archive } = await exercise(writeZip(entries.map((e) => Object.fromEntries(Object.entries(e).filter(([, v]) => v !== undefined)) as unknown as RawZipEntry)));
        expect(error).toBeUndefined();
        if (archive) for (const p of archive.paths) expect(safePath(p), p).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });
});
