import { open, stat } from 'node:fs/promises';
import { HindsightError, isHindsightError } from '../../errors.js';
import { ZipArchive } from './zip.js';
import { FolderArchive, FileArchive } from './folder.js';
import { MultiArchive } from './multi.js';
import type { Archive } from './types.js';

export type { Archive, ArchiveEntry, ArchiveWarning, ReadOptions } from './types.js';
export { LIMITS } from './types.js';
export { decodeText } from './decode.js';

/** Zip files are recognised by their signature, not their name. */
async function isZip(path: string): Promise<boolean> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (err) {
    throw new HindsightError(`cannot open (${(err as NodeJS.ErrnoException).code ?? 'unknown error'})`, { file: path, cause: err });
  }
  try {
    const head = Buffer.alloc(4);
    const { bytesRead } = await handle.read(head, 0, 4, 0);
    return bytesRead === 4 && head[0] === 0x50 && head[1] === 0x4b && (head[2] === 3 || head[2] === 5) && (head[3] === 4 || head[3] === 6);
  } finally {
    await handle.close();
  }
}

/**
 * Several paths that are parts of one export. A part that cannot be opened is reported as a warning
 * and the others are read; only when none opens is the whole input refused (with the first reason).
 */
async function openParts(input: string, paths: string[], openPart: (path: string) => Promise<Archive>): Promise<Archive> {
  const results = await Promise.allSettled(paths.map((p) => openPart(p)));
  const parts = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
  const failures = results.flatMap((r, i) => (r.status === 'rejected' ? [{ path: paths[i]!, error: r.reason as unknown }] : []));
  if (parts.length === 0) throw failures[0]!.error;
  const multi = new MultiArchive(input, parts);
  for (const { path, error } of failures) {
    if (!isHindsightError(error)) {
      await multi.close();
      throw error;
    }
    multi.partFailed(path, error.message);
  }
  return multi;
}

/**
 * Opens what the user gave: a zip, an extracted folder (with or without a wrapper folder), a
 * folder holding the zip parts of one export, or a single data file. Several paths given
 * together are treated as the parts of one export.
 */
export async function openArchive(input: string | string[], options: { part?: boolean } = {}): Promise<Archive> {
  if (Array.isArray(input)) {
    if (input.length === 1) return openArchive(input[0]!);
    return openParts(input.join(' + '), input, (p) => openArchive(p, { part: true }));
  }
  let info;
  try {
    info = await stat(input);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT' ? 'no such file or folder; check the path'
      : code === 'EACCES' ? 'permission denied; check that you can read it'
      : code === 'ELOOP' ? 'a symbolic link that loops back on itself'
      : code === 'ENOTDIR' ? 'no such file or folder (a part of the path is a file); check the path'
      : `cannot open (${code ?? 'unknown error'})`;
    throw new HindsightError(why, { file: input, cause: err });
  }
  if (info.isDirectory()) {
    const folder = await FolderArchive.open(input, options);
    const entries = folder.entries();
    if (entries.length === 0) {
      await folder.close();
      const skipped = folder.warnings().length;
      throw new HindsightError(
        skipped > 0
          ? `the folder holds no file hindsight can read (${skipped} skipped: ${folder.warnings().map((w) => `${w.file ?? ''} ${w.message}`.trim()).join('; ')})`
          : 'the folder is empty; give the folder you extracted the export to, or the export zip',
        { file: input },
      );
    }
    // A folder that holds only zips is the parts of one export, downloaded separately.
    if (entries.every((e) => /\.zip$/i.test(e.path))) {
      await folder.close();
      const zips = entries.map((e) => folder.absolutePath(e.path));
      if (zips.length === 1) return ZipArchive.open(zips[0]!);
      return openParts(input, zips, (p) => ZipArchive.open(p, { part: true }));
    }
    return folder;
  }
  if (!info.isFile()) throw new HindsightError('not a file or folder (a device, pipe or socket); give the export zip or folder', { file: input });
  if (info.size === 0) throw new HindsightError('the file is empty (0 bytes); download the export again', { file: input });
  if (await isZip(input)) return ZipArchive.open(input, options);
  return FileArchive.open(input);
}
