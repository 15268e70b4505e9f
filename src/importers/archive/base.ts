import type { Archive, ArchiveEntry, ReadOptions } from './types.js';
import { decodeText } from './decode.js';
import { HindsightError } from '../../errors.js';

/** Files that operating systems add to folders and zips; never part of an export. */
const JUNK = /(^|\/)(__MACOSX\/|\.DS_Store$|Thumbs\.db$|desktop\.ini$)/i;

/** Shared behaviour: entry bookkeeping, wrapper-folder removal, text decoding. */
export abstract class BaseArchive implements Archive {
  abstract readonly kind: Archive['kind'];
  private list: ArchiveEntry[] = [];
  private byPath = new Map<string, ArchiveEntry>();
  /** Prefix removed from raw paths: the wrapper folders users add when they re-zip or extract. */
  protected prefix = '';

  constructor(readonly input: string) {}

  /** Called by subclasses with raw paths once the listing is known. */
  protected setEntries(raw: ArchiveEntry[]): void {
    const kept = raw.filter((e) => !JUNK.test(e.path) && !e.path.endsWith('/'));
    this.prefix = commonWrapper(kept.map((e) => e.path));
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

  protected entry(path: string): ArchiveEntry {
    const entry = this.byPath.get(path);
    if (!entry) throw new HindsightError(`no file "${path}" in this export`, { file: this.input });
    return entry;
  }

  abstract readBytes(path: string, options?: ReadOptions): Promise<Buffer>;

  async readText(path: string, options?: ReadOptions): Promise<string> {
    return decodeText(await this.readBytes(path, options));
  }

  async close(): Promise<void> {}
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
