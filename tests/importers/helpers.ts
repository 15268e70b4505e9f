/**
 * What the importer tests share: running an importer over an input, a scratch folder for inputs
 * made on the fly, finding posts, and checking that a fixture generator reproduces what is committed.
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, expect } from 'vitest';
import { openArchive, type Archive } from '../../src/importers/archive/index.js';
import type { ImportOptions, ImportResult, Importer } from '../../src/importers/types.js';
import { PostSchema, type Post } from '../../src/model/post.js';
import { writeTree, type Content, type FileTree } from '../../fixtures/lib/write.js';

export interface Warning {
  file: string | null;
  message: string;
}

/** An importer's result with the warnings it gave while reading. */
export interface Run extends ImportResult {
  warnings: Warning[];
}

/** Opens `input`, hands the archive to `use`, and closes it however `use` ends. */
export async function withArchive<T>(input: string | string[], use: (archive: Archive) => Promise<T>): Promise<T> {
  const archive = await openArchive(input);
  try {
    return await use(archive);
  } finally {
    await archive.close();
  }
}

/** Whether `importer` recognises `input`. */
export function detects(importer: Importer, input: string | string[]): Promise<boolean> {
  return withArchive(input, (archive) => importer.detect(archive));
}

/**
 * Reads `input` with `importer`, collecting its warnings, and checks every post against the model.
 * Options default to no messages and `input` (joined with commas when several paths) as the input name.
 */
export function read(importer: Importer, input: string | string[], options: Partial<ImportOptions> = {}): Promise<Run> {
  return withArchive(input, async (archive) => {
    const warnings: Warning[] = [];
    const result = await importer.read(archive, {
      input: String(input),
      includeMessages: false,
      warn: (file, message) => warnings.push({ file, message }),
      ...options,
    });
    for (const post of result.posts) PostSchema.parse(post);
    return { ...result, warnings };
  });
}

/** An importer's result apart from its warnings, given as [file, message] pairs. */
export interface Pairs {
  result: ImportResult;
  warnings: [string | null, string][];
}

/** `read`, with the warnings as [file, message] pairs beside the result (the Meta tests' form). */
export async function readPairs(importer: Importer, input: string | string[], options: Partial<ImportOptions> = {}): Promise<Pairs> {
  const { warnings, ...result } = await read(importer, input, options);
  return { result, warnings: warnings.map((w) => [w.file, w.message]) };
}

/** The post with that id; throws naming it when there is none. */
export function byId(posts: readonly Post[], id: string): Post {
  const post = posts.find((p) => p.id === id);
  if (!post) throw new Error(`no post ${id}`);
  return post;
}

/** The first post whose text starts with `start`; throws naming it when there is none. */
export function byTextStart(posts: readonly Post[], start: string): Post {
  const post = posts.find((p) => p.text.startsWith(start));
  if (!post) throw new Error(`no post starting "${start}"`);
  return post;
}

export interface Scratch {
  /** The folder itself. */
  readonly root: string;
  /** A new folder under the root holding one file; returns the file's path. */
  file(name: string, content: Content): string;
  /** A new folder under the root holding `files`; returns the folder's path. */
  folder(files: FileTree): Promise<string>;
}

/**
 * A scratch folder for one test file, `hindsight-<name>-…` under `parent` (the system's temporary
 * folder), made when first used (so any hook or test may use it) and removed after the file's tests.
 */
export function scratchSpace(name: string, parent = tmpdir()): Scratch {
  let made: string | undefined;
  let cases = 0;
  const root = (): string => {
    if (made === undefined) {
      mkdirSync(parent, { recursive: true });
      made = mkdtempSync(join(parent, `hindsight-${name}-`));
    }
    return made;
  };
  afterAll(() => {
    if (made !== undefined) rmSync(made, { recursive: true, force: true });
  });
  const fresh = (): string => join(root(), `case-${cases++}`);
  return {
    get root() {
      return root();
    },
    file: (fileName, content) => {
      const dir = fresh();
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, fileName), content);
      return join(dir, fileName);
    },
    folder: async (files) => {
      const dir = fresh();
      await writeTree(dir, files);
      return dir;
    },
  };
}

/** Every file below `dir`, as sorted paths relative to it. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.push(relative(dir, full));
    }
  };
  walk(dir);
  return out.sort();
}

/** Expects each of `files` (relative paths) to hold the same bytes under `actual` as under `expected`. */
export function expectSameBytes(actual: string, expected: string, files: readonly string[]): void {
  for (const file of files) expect(readFileSync(join(actual, file)).equals(readFileSync(join(expected, file))), file).toBe(true);
}

/**
 * Runs a fixture generator into `out` and expects exactly the committed fixtures: the same files as
 * in `fixtures` (leaving out the generator's own .ts and .md), byte for byte.
 */
export async function expectRegenerated(generate: (out: string) => Promise<unknown>, fixtures: string, out: string): Promise<void> {
  await generate(out);
  expect(listFiles(out)).toEqual(listFiles(fixtures).filter((f) => !/\.(ts|md)$/.test(f)));
  expectSameBytes(out, fixtures, listFiles(out));
}
