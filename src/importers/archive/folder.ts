import { open, readdir, lstat, realpath, stat } from 'node:fs/promises';
import { join, sep, basename } from 'node:path';
import { BaseArchive, formatBytes } from './base.js';
import { LIMITS, type ArchiveEntry, type ReadOptions } from './types.js';
import { HindsightError } from '../../errors.js';

/**
 * An extracted export folder, read in place. Symbolic links are followed only while they stay inside
 * the folder; one that leads outside it, loops or points nowhere is not followed, with a warning. A
 * sub-folder that cannot be listed is skipped with a warning; the rest is read.
 */
export class FolderArchive extends BaseArchive {
  readonly kind = 'folder' as const;
  private root = '';

  static async open(input: string, options: { part?: boolean } = {}): Promise<FolderArchive> {
    const archive = new FolderArchive(input);
    archive.keepWrapper = options.part ?? false;
    try {
      archive.root = await realpath(input);
    } catch (err) {
      throw new HindsightError(`cannot open the folder (${errorCode(err)})`, { file: input, cause: err });
    }
    const entries: ArchiveEntry[] = [];
    await archive.walk(archive.root, '', entries, new Set());
    archive.setEntries(entries);
    return archive;
  }

  private async walk(dir: string, rel: string, out: ArchiveEntry[], seen: Set<string>): Promise<void> {
    let names: string[];
    try {
      const real = await realpath(dir);
      if (seen.has(real)) return; // a symlink loop back to a folder already listed
      seen.add(real);
      names = (await readdir(dir)).sort();
    } catch (err) {
      if (rel === '') throw new HindsightError(`cannot list the folder (${errorCode(err)})`, { file: this.input, cause: err });
      this.warn(`${rel}/`, `this folder could not be listed (${errorCode(err)}), so its files were not read`);
      return;
    }
    for (const name of names) {
      const full = join(dir, name);
      const relPath = rel ? `${rel}/${name}` : name;
      let info;
      try {
        info = await lstat(full);
        if (info.isSymbolicLink()) {
          let target: string;
          try {
            target = await realpath(full);
          } catch (err) {
            const why = errorCode(err) === 'ELOOP' ? 'loops back on itself' : 'points to nothing';
            this.warn(relPath, `is a symbolic link that ${why}, so it was not followed`);
            continue;
          }
          if (target !== this.root && !target.startsWith(this.root + sep)) {
            this.warn(relPath, 'is a symbolic link to a place outside the export, so it was not followed (nothing outside the folder is read)');
            continue;
          }
          info = await stat(full);
        }
      } catch (err) {
        this.warn(relPath, `could not be examined (${errorCode(err)}), so it was not read`);
        continue;
      }
      if (info.isDirectory()) await this.walk(full, relPath, out, seen);
      else if (info.isFile()) out.push({ path: relPath, size: info.size });
      // Sockets, pipes and devices are not files of an export: never opened (a pipe would block).
    }
  }

  /** Where an entry lives on disk. */
  absolutePath(path: string): string {
    this.entry(path);
    return join(this.root, this.prefix + path);
  }

  async readBytes(path: string, options: ReadOptions = {}): Promise<Buffer> {
    const entry = this.entry(path);
    return readFileHead(join(this.root, this.prefix + path), entry.size, options, `${this.input}: ${path}`);
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
    return readFileHead(this.input, entry.size, options, this.input);
  }
}

/** Up to `size` bytes (or maxBytes) from the start of a file; one-line errors naming `where`. */
async function readFileHead(file: string, size: number, options: ReadOptions, where: string): Promise<Buffer> {
  if (options.maxBytes === undefined && size > LIMITS.maxEntryBytes) {
    throw new HindsightError(
      `file is ${formatBytes(size)}, larger than the ${formatBytes(LIMITS.maxEntryBytes)} hindsight reads from one file, so it was not read; if the export really holds a file this large, split it`,
      { file: where },
    );
  }
  let handle;
  try {
    handle = await open(file, 'r');
  } catch (err) {
    throw new HindsightError(`cannot open this file (${errorCode(err)}), so it was not read`, { file: where, cause: err });
  }
  try {
    const buffer = Buffer.alloc(Math.min(options.maxBytes ?? size, size));
    let filled = 0;
    // One read may return less than asked (large files, network drives): read until full or EOF.
    while (filled < buffer.length) {
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return buffer.subarray(0, filled);
  } catch (err) {
    throw new HindsightError(`cannot read this file (${errorCode(err)}), so it was not read`, { file: where, cause: err });
  } finally {
    await handle.close();
  }
}

function errorCode(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  return e?.code ?? (err instanceof Error ? err.message.split('\n', 1)[0]! : String(err));
}
