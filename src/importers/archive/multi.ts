import { basename } from 'node:path';
import { BaseArchive } from './base.js';
import type { Archive, ArchiveEntry, ArchiveWarning, ReadOptions } from './types.js';

/**
 * Several parts of one export (Meta and Google split large exports into numbered zips) seen as one
 * tree. Where two parts hold the same path, the first part given wins.
 */
export class MultiArchive extends BaseArchive {
  readonly kind = 'multi' as const;
  private owner = new Map<string, Archive>();

  constructor(
    input: string,
    private readonly parts: Archive[],
  ) {
    super(input);
    const entries: ArchiveEntry[] = [];
    for (const part of parts) {
      for (const entry of part.entries()) {
        if (this.owner.has(entry.path)) continue;
        this.owner.set(entry.path, part);
        entries.push(entry);
      }
    }
    this.setEntries(entries);
    // Re-key owners by the merged tree's paths (a common wrapper across parts is removed too).
    if (this.prefix) {
      const rekeyed = new Map<string, Archive>();
      for (const [path, part] of this.owner) rekeyed.set(path.slice(this.prefix.length), part);
      this.owner = rekeyed;
    }
  }

  async readBytes(path: string, options?: ReadOptions): Promise<Buffer> {
    this.entry(path);
    return this.owner.get(path)!.readBytes(this.prefix + path, options);
  }

  /** Text is decoded by the part that holds the file, so its warnings (not UTF-8) are kept with the part's. */
  override async readText(path: string, options?: ReadOptions): Promise<string> {
    this.entry(path);
    return this.owner.get(path)!.readText(this.prefix + path, options);
  }

  /** The merged tree's own warnings, then each part's, named by the part they are in. */
  override warnings(): readonly ArchiveWarning[] {
    const fromParts = this.parts.flatMap((part) =>
      (part.warnings?.() ?? []).map((w) => ({ file: w.file === null ? basename(part.input) : `${basename(part.input)}: ${w.file}`, message: w.message })),
    );
    return [...super.warnings(), ...fromParts];
  }

  /** A part that could not be opened at all: the other parts are still read. */
  partFailed(part: string, message: string): void {
    this.warn(basename(part), `this part of the export could not be read, so its files are missing: ${message}`);
  }

  override async close(): Promise<void> {
    await Promise.all(this.parts.map((p) => p.close()));
  }
}
