/**
 * Shared pieces for the property tests: an in-memory Archive (so thousands of arbitrary exports
 * need no disk), seed exports loaded from the fixtures, a mutation plan that breaks files the ways
 * real downloads break (cut short, bytes flipped, a slice replaced, a JSON value swapped for one of
 * another type), and text that mixes the words rules look for with the characters that upset span
 * arithmetic (lone surrogates, NFKD expansions, bidi controls, emoji).
 */
import fc from 'fast-check';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { HindsightError } from '../../src/errors.js';
import { decodeText, openArchive, type Archive, type ArchiveEntry, type ReadOptions } from '../../src/importers/archive/index.js';
import type { Post } from '../../src/model/post.js';

// ---------------------------------------------------------------------------------------------
// An archive in memory

export class MemoryArchive implements Archive {
  readonly kind = 'folder' as const;
  private readonly list: ArchiveEntry[];

  constructor(
    readonly input: string,
    private readonly files: ReadonlyMap<string, Buffer>,
  ) {
    this.list = [...files].map(([path, bytes]) => ({ path, size: bytes.length })).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  }

  entries(): readonly ArchiveEntry[] {
    return this.list;
  }

  has(path: string): boolean {
    return this.files.has(path);
  }

  find(pattern: RegExp): ArchiveEntry[] {
    return this.list.filter((e) => pattern.test(e.path));
  }

  async readBytes(path: string, options: ReadOptions = {}): Promise<Buffer> {
    const bytes = this.files.get(path);
    if (!bytes) throw new HindsightError(`no file "${path}" in this export`, { file: this.input });
    return options.maxBytes === undefined ? bytes : bytes.subarray(0, options.maxBytes);
  }

  async readText(path: string, options?: ReadOptions): Promise<string> {
    return decodeText(await this.readBytes(path, options));
  }

  async close(): Promise<void> {}
}

// ---------------------------------------------------------------------------------------------
// Seeds: real exports' files, from the fixtures

const MAX_SEED_FILE = 256 * 1024;
const MEDIA = /\.(jpe?g|png|gif|webp|mp4|mov|heic|opus|m4a|mp3)$/i;

/** Every file of the export at `path` (zip, folder or single file), media and large files left out. */
export async function loadSeed(path: string): Promise<Map<string, Buffer>> {
  const archive = await openArchive(path);
  try {
    const files = new Map<string, Buffer>();
    for (const entry of archive.entries()) {
      if (entry.size > MAX_SEED_FILE || MEDIA.test(entry.path)) continue;
      files.set(entry.path, await archive.readBytes(entry.path));
    }
    return files;
  } finally {
    await archive.close();
  }
}

/** Every export the project ships under fixtures/ (each platform folder's top-level entries, and the demo). */
export function fixtureInputs(root: string): string[] {
  const fixtures = join(root, 'fixtures');
  const out = [join(fixtures, 'demo')];
  for (const platform of readdirSync(fixtures)) {
    const dir = join(fixtures, platform);
    if (platform === 'demo' || !statSync(dir).isDirectory()) continue;
    for (const name of readdirSync(dir)) {
      if (/\.(ts|md)$/.test(name)) continue;
      out.push(join(dir, name));
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Breaking files

export type Mutation =
  | { kind: 'keep' }
  | { kind: 'drop' }
  | { kind: 'empty' }
  | { kind: 'truncate'; at: number }
  | { kind: 'flip'; at: number[]; xor: number }
  | { kind: 'splice'; at: number; length: number; text: string }
  | { kind: 'json'; at: number; value: unknown }
  | { kind: 'replace'; text: string };

const fraction = fc.double({ min: 0, max: 1, noNaN: true });

/** Strings that upset parsers and span arithmetic, with the ordinary kind. */
export const awkwardString = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  { weight: 2, arbitrary: fc.constantFrom('"', '\\', '[', ']', '{', '}', ',', '\n', '\r\n', '\u0000', '\ufeff', '\ud800', '\udfff', '"date": "', '=', ';', '<', '&amp;', '</script>', 'ﬃ', 'İ', 'ẞ', '\u0345', '\u202e') },
);

const jsonish = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(null, 0, -1, 1e308, '', [], {}, '9007199254740993', 2 ** 53 + 2, 'not a date', '2021-02-30 25:61:00', true),
);

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 4, arbitrary: fc.constant({ kind: 'keep' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'drop' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'empty' as const }) },
  { weight: 2, arbitrary: fraction.map((at) => ({ kind: 'truncate' as const, at })) },
  { weight: 2, arbitrary: fc.record({ at: fc.array(fraction, { minLength: 1, maxLength: 8 }), xor: fc.integer({ min: 1, max: 255 }) }).map((r) => ({ kind: 'flip' as const, ...r })) },
  { weight: 2, arbitrary: fc.record({ at: fraction, length: fc.nat({ max: 40 }), text: awkwardString }).map((r) => ({ kind: 'splice' as const, ...r })) },
  { weight: 4, arbitrary: fc.record({ at: fraction, value: jsonish }).map((r) => ({ kind: 'json' as const, ...r })) },
  { weight: 1, arbitrary: awkwardString.map((text) => ({ kind: 'replace' as const, text })) },
);

/** The JSON after a `window.YTD... = ` style prefix (or the whole text), and the prefix. */
function splitJson(text: string): { prefix: string; value: unknown } | null {
  const starts = [0, text.indexOf('= ') + 2].filter((i) => i >= 0 && i < text.length);
  for (const start of starts) {
    try {
      return { prefix: text.slice(0, start), value: JSON.parse(text.slice(start).replace(/;\s*$/, '')) };
    } catch {
      // not JSON from here
    }
  }
  return null;
}

/** Replaces the n-th value (in document order, wrapping) of a JSON tree with `replacement`. */
function replaceNth(root: unknown, n: number, replacement: unknown): unknown {
  const slots: Array<{ parent: Record<string, unknown> | unknown[]; key: string | number }> = [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) {
      value.forEach((v, i) => {
        slots.push({ parent: value, key: i });
        walk(v);
      });
    } else if (value !== null && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) {
        slots.push({ parent: value as Record<string, unknown>, key: k });
        walk(v);
      }
    }
  };
  walk(root);
  if (slots.length === 0) return replacement;
  const slot = slots[n % slots.length]!;
  (slot.parent as Record<string | number, unknown>)[slot.key] = replacement;
  return root;
}

/** The file after the mutation, or null when the mutation drops it. */
export function mutate(bytes: Buffer, m: Mutation): Buffer | null {
  const at = (f: number): number => Math.min(bytes.length, Math.floor(f * bytes.length));
  switch (m.kind) {
    case 'keep':
      return bytes;
    case 'drop':
      return null;
    case 'empty':
      return Buffer.alloc(0);
    case 'truncate':
      return bytes.subarray(0, at(m.at));
    case 'flip': {
      const out = Buffer.from(bytes);
      for (const f of m.at) if (out.length) out[Math.min(out.length - 1, Math.floor(f * out.length))]! ^= m.xor;
      return out;
    }
    case 'splice': {
      const start = at(m.at);
      return Buffer.concat([bytes.subarray(0, start), Buffer.from(m.text, 'utf8'), bytes.subarray(Math.min(bytes.length, start + m.length))]);
    }
    case 'json': {
      const parsed = splitJson(bytes.toString('utf8'));
      if (!parsed) return bytes;
      const changed = replaceNth(parsed.value, Math.floor(m.at * 10_000), structuredClone(m.value));
      return Buffer.from(parsed.prefix + JSON.stringify(changed), 'utf8');
    }
    case 'replace':
      return Buffer.from(m.text, 'utf8');
  }
}

/** A seed export with each of its files mutated, and a few arbitrary files added. */
export interface BrokenExport {
  seed: number;
  mutations: Mutation[];
  extra: Array<{ name: string; text: string }>;
}

export function brokenExport(seeds: number, names: readonly string[]): fc.Arbitrary<BrokenExport> {
  return fc.record({
    seed: fc.nat({ max: Math.max(0, seeds - 1) }),
    mutations: fc.array(mutation, { maxLength: 40 }),
    extra: fc.array(fc.record({ name: fc.oneof(fc.constantFrom(...names), fc.string({ minLength: 1, maxLength: 12 })), text: awkwardString }), { maxLength: 3 }),
  });
}

/** Applies a BrokenExport to its seed: mutation i goes to the seed's i-th file (the rest are kept). */
export function applyBroken(seed: ReadonlyMap<string, Buffer>, plan: BrokenExport): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  [...seed].forEach(([path, bytes], i) => {
    const out = mutate(bytes, plan.mutations[i] ?? { kind: 'keep' });
    if (out) files.set(path, out);
  });
  for (const { name, text } of plan.extra) {
    const clean = name.replace(/^\/+/, '').replace(/(^|\/)\.\.(?=\/|$)/g, '$1_') || 'x';
    if (!files.has(clean)) files.set(clean, Buffer.from(text, 'utf8'));
  }
  return files;
}

// ---------------------------------------------------------------------------------------------
// Text

/** Words and forms the rules look for, and characters whose folding changes length. */
const TRIGGERS = [
  'patient', 'my patient in bed 4', 'is an idiot', 'drunk', 'hungover at work', 'on shift', 'NHS number 943 476 5919', '9434765919',
  'QQ 12 34 56 C', 'SW1A 1AA', '07700 900123', '+44 7700 900123', 'DOB 01/02/1990', 'born 1 Feb 1990', 'https://example.com/a?b=1',
  'www.naturalnews.com', 'bit.ly/x', '#BlackHistoryMonth', '#NHSHeroes', '#', '#_', '@someone', '"quoted words"', '“curly quotes”',
  'vaccines cause autism', 'cures cancer', 'DM me for a discount', 'book now', 'ｆｕｌｌｗｉｄｔｈ', 'раtient', 'f*ck', 'sh1t', 'bloody',
  '🙂', '👩🏽‍⚕️', 'e\u0301', 'ﬃ', '㎏', 'İstanbul', 'ß', 'ǅ', '\u0345', '\u200b', '\u202e', '\ud83d', '\udc00', '\u0000', '\n', '\r\n',
  'RT @other: ', 'not', "isn't", 'never', 'said "', 'http://', '.com', 'a.b.c.uk/x', '1.', '- ', '> ', '```', '<b>', '&amp;',
];

/** Post text: ordinary and awkward strings mixed with trigger words, joined with or without spaces. */
export const postText: fc.Arbitrary<string> = fc
  .tuple(
    fc.array(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...TRIGGERS) }, { weight: 2, arbitrary: awkwardString }, { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 15 }) }), { maxLength: 14 }),
    fc.constantFrom(' ', '', '\n', ' '),
  )
  .map(([parts, sep]) => parts.join(sep));

/** A post with this text and ordinary everything else. */
export function postWith(text: string, overrides: Partial<Post> = {}): Post {
  return {
    id: '1',
    platform: 'x',
    account: 'me',
    kind: 'post',
    createdAt: '2020-03-06T13:02:05.000Z',
    text,
    url: null,
    inReplyTo: null,
    mentions: [],
    hashtags: [],
    links: [],
    media: [],
    audience: null,
    language: null,
    source: { input: 'in', file: 'data/tweets.js', index: 0 },
    ...overrides,
  };
}

/** Runs of the property tests: modest, so the suite stays fast. */
export const RUNS = 200;
