import { open, readdir, lstat, realpath, stat } from 'node:fs/promises';
import { join, sep, basename } from 'node:path';
import { BaseArchive } from './base.js';
import { LIMITS, type ArchiveEntry, type ReadOptions } from './types.js';
import { HindsightError } from '../../errors.js';

/** An extracted export folder, read in place. Symbolic links that lead outside the folder are ignored. */
export class FolderArchive extends BaseArchive {
  readonly kind = 'folder' as const;
  private root = '';

  static async open(input: string): Promise<FolderArchive> {
    const archive = new FolderArchive(input);
    archive.root = await realpath(input);
    const entries: ArchiveEntry[] = [];
    await archive.walk(archive.root, '', entries, new Set());
    archive.setEntries(entries);
    return archive;
  }

  private async walk(dir: string, rel: string, out: ArchiveEntry[], seen: Set<string>): Promise<void> {
    const real = await realpath(dir);
    if (seen.has(real)) return; // a symlink loop
    seen.add(real);
    const names = (await readdir(dir)).sort();
    for (const name of names) {
      const full = join(dir, name);
      const relPath = rel ? `${rel}/${name}` : name;
      let info = await lstat(full);
      if (info.isSymbolicLink()) {
        let target: string;
        try {
          target = await realpath(full);
        } catch {
          continue; // dangling link
        }
        if (target !== this.root && !target.startsWith(this.root + sep)) continue;
        info = await stat(full);
      }
      if (info.isDirectory()) await this.walk(full, relPath, out, seen);
      else if (info.isFile()) out.push({ path: relPath, size: info.size });
    }
  }

  /** Where an entry lives on disk. */
  absolutePath(path: string): string {
    this.entry(path);
    return join(this.root, this.prefix + path);
  }

  async readBytes(path: string, options: ReadOptions = {}): Promise<Buffer> {
    const entry = this.entry(path);
    const where = `${this.input}: ${path}`;
    const limit = options.maxBytes ?? entry.size;
    if (options.maxBytes === undefined && entry.size > LIMITS.maxEntryBytes) {
      throw new HindsightError(`file is larger than the ${LIMITS.maxEntryBytes / 1024 ** 2} MiB hindsight reads from one file`, { file: where });
    }
    const handle = await open(join(this.root, this.prefix + path), 'r');
    try {
      const buffer = Buffer.alloc(Math.min(limit, entry.size));
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
      return buffer.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  }
}

/** A single data file given on its own (tweets.js, tweets.csv, _chat.txt). */
export class FileArchive extends BaseArchive {
  readonly kind = 'file' as const;

  static async open(input: string): Promise<FileArchive> {
    const archive = new FileArchive(input);
    const info = await stat(input);
    archive.setEntries([{ path: basename(input), size: info.size }]);
    return archive;
  }

  async readBytes(path: string, options: ReadOptions = {}): Promise<Buffer> {
    const entry = this.entry(path);
    if (options.maxBytes === undefined && entry.size > LIMITS.maxEntryBytes) {
      throw new HindsightError(`file is larger than the ${LIMITS.maxEntryBytes / 1024 ** 2} MiB hindsight reads from one file`, { file: this.input });
    }
    const handle = await open(this.input, 'r');
    try {
      const buffer = Buffer.alloc(Math.min(options.maxBytes ?? entry.size, entry.size));
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
      return buffer.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  }
}
