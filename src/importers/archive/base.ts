import { isUtf8 } from 'node:buffer';
import type { Archive, ArchiveEntry, ArchiveWarning, ReadOptions } from './types.js';
import { decodeText } from './decode.js';
import { HindsightError } from '../../errors.js';

/** Files that operating systems add to folders and zips; never part of an export. */
const JUNK = /(^|\/)(__MACOSX\/|\.DS_Store$|Thumbs\.db$|desktop\.ini$)/i;

/** Shared behaviour: entry bookkeeping, wrapper-folder removal, text decoding, warnings. */
export abstract class BaseArchive implements Archive {
  abstract readonly kind: Archive['kind'];
  private list: ArchiveEntry[] = [];
  private byPath = new Map<string, ArchiveEntry>();
  private readonly problems: ArchiveWarning[] = [];
  private readonly warned = new Set<string>();
  /** Prefix removed from raw paths: the wrapper folders users add when they re-zip or extract. */
  protected prefix = '';
  /**
   * Set on the parts of a multi-part export: a wrapper is removed once, from the merged tree, since
   * one part alone can look wrapped (all its files under one folder) when the export is not.
   */
  protected keepWrapper = false;

  constructor(readonly input: string) {}

  /**
   * Called by subclasses with raw paths once the listing is known. A path listed twice (possible in
   * a zip) is read from its first entry, with a warning.
   */
  protected setEntries(raw: ArchiveEntry[]): void {
    const kept: ArchiveEntry[] = [];
    const seen = new Set<string>();
    for (const e of raw) {
      if (JUNK.test(e.path) || e.path.endsWith('/')) continue;
      if (seen.has(e.path)) {
        this.warn(e.path, 'is in the export twice; the first copy was read and the second ignored');
        continue;
      }
      seen.add(e.path);
      kept.push(e);
    }
    this.prefix = this.keepWrapper ? '' : commonWrapper(kept.map((e) => e.path));
    this.list = kept
      .map((e) => ({ path: e.path.slice(this.prefix.length), size: e.size }))
      .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    this.byPath = new Map(this.list.map((e) => [e.path, e]));
  }

  entries(): readonly ArchiveEntry[] {
    return this.list;
  }

  has(path: string): boolean {
    return this.byPath.has(path);
  }

  find(pattern: RegExp): ArchiveEntry[] {
    return this.list.filter((e) => pattern.test(e.path));
  }

  warnings(): readonly ArchiveWarning[] {
    return this.problems;
  }

  /** Records a problem once per file and message. */
  protected warn(file: string | null, message: string): void {
    const key = `${file ?? ''}\u0000${message}`;
    if (this.warned.has(key)) return;
    this.warned.add(key);
    this.problems.push({ file, message });
  }

  protected entry(path: string): ArchiveEntry {
    const entry = this.byPath.get(path);
    if (!entry) throw new HindsightError(`no file "${path}" in this export`, { file: this.input });
    return entry;
  }

  abstract readBytes(path: string, options?: ReadOptions): Promise<Buffer>;

  async readText(path: string, options?: ReadOptions): Promise<string> {
    const bytes = await this.readBytes(path, options);
    // A whole file (not a head cut mid-character) that is not UTF-8 is still read, but the user is told.
    if (options?.maxBytes === undefined && !hasUtf16Bom(bytes) && !isUtf8(bytes)) {
      this.warn(path, 'is not valid UTF-8 text: the bytes that are not were replaced by "\uFFFD" (the rest of the file was read)');
    }
    return decodeText(bytes);
  }

  async close(): Promise<void> {}
}

function hasUtf16Bom(bytes: Buffer): boolean {
  return bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
}

/**
 * The folders that wrap every entry ("my-archive/", "Takeout/" is kept since importers look for it),
 * so that an export re-zipped or extracted into a folder reads like the original.
 */
export function commonWrapper(paths: string[]): string {
  let prefix = '';
  for (;;) {
    const rest = paths.map((p) => p.slice(prefix.length));
    if (rest.length === 0 || rest.some((p) => !p.includes('/'))) return prefix;
    const first = rest[0]!.slice(0, rest[0]!.indexOf('/') + 1);
    if (first.toLowerCase() === 'takeout/' || first === 'data/') return prefix;
    if (!rest.every((p) => p.startsWith(first))) return prefix;
    prefix += first;
  }
}

/** A size for messages: "3.9 GiB", "512 MiB", "20 KiB", "12 bytes". */
export function formatBytes(n: number): string {
  if (n >= 1024 ** 3) return `${(n / 1024 ** 3).toFixed(1)} GiB`;
  if (n >= 1024 ** 2) return `${(n / 1024 ** 2).toFixed(0)} MiB`;
  if (n >= 1024) return `${(n / 1024).toFixed(0)} KiB`;
  return `${n} bytes`;
}
