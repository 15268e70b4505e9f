import { BaseArchive } from './base.js';
import type { Archive, ArchiveEntry, ReadOptions } from './types.js';

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

  override async close(): Promise<void> {
    await Promise.all(this.parts.map((p) => p.close()));
  }
}
