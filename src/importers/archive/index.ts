import { open, stat } from 'node:fs/promises';
import { HindsightError } from '../../errors.js';
import { ZipArchive } from './zip.js';
import { FolderArchive, FileArchive } from './folder.js';
import { MultiArchive } from './multi.js';
import type { Archive } from './types.js';

export type { Archive, ArchiveEntry, ReadOptions } from './types.js';
export { LIMITS } from './types.js';
export { decodeText } from './decode.js';

/** Zip files are recognised by their signature, not their name. */
async function isZip(path: string): Promise<boolean> {
  const handle = await open(path, 'r');
  try {
    const head = Buffer.alloc(4);
    const { bytesRead } = await handle.read(head, 0, 4, 0);
    return bytesRead === 4 && head[0] === 0x50 && head[1] === 0x4b && (head[2] === 3 || head[2] === 5) && (head[3] === 4 || head[3] === 6);
  } finally {
    await handle.close();
  }
}

/**
 * Opens what the user gave: a zip, an extracted folder (with or without a wrapper folder), a
 * folder holding the zip parts of one export, or a single data file. Several paths given
 * together are treated as the parts of one export.
 */
export async function openArchive(input: string | string[]): Promise<Archive> {
  if (Array.isArray(input)) {
    if (input.length === 1) return openArchive(input[0]!);
    const parts = await Promise.all(input.map((p) => openArchive(p)));
    return new MultiArchive(input.join(' + '), parts);
  }
  let info;
  try {
    info = await stat(input);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file or folder' : code === 'EACCES' ? 'permission denied' : `cannot open (${code ?? 'unknown error'})`;
    throw new HindsightError(why, { file: input, cause: err });
  }
  if (info.isDirectory()) {
    const folder = await FolderArchive.open(input);
    const entries = folder.entries();
    // A folder that holds only zips is the parts of one export, downloaded separately.
    if (entries.length > 0 && entries.every((e) => /\.zip$/i.test(e.path))) {
      await folder.close();
      const zips = entries.map((e) => folder.absolutePath(e.path));
      const parts = await Promise.all(zips.map((p) => ZipArchive.open(p)));
      return parts.length === 1 ? parts[0]! : new MultiArchive(input, parts);
    }
    return folder;
  }
  if (!info.isFile()) throw new HindsightError('not a file or folder', { file: input });
  if (info.size === 0) throw new HindsightError('the file is empty (0 bytes); download the export again', { file: input });
  if (await isZip(input)) return ZipArchive.open(input);
  return FileArchive.open(input);
}
