import { constants } from 'node:buffer';

/** One file inside an export, whatever the container. */
export interface ArchiveEntry {
  /** Path inside the export, "/"-separated, relative to the export's root (wrapper folders removed). */
  path: string;
  /** Uncompressed size in bytes. */
  size: number;
}

/** A problem the reader met with one file (skipped, damaged, not followed), for the report's warnings. */
export interface ArchiveWarning {
  /** The file inside the export, as the export names it, or null for the input as a whole. */
  file: string | null;
  message: string;
}

export interface ReadOptions {
  /** Read at most this many bytes from the start (for sniffing content and media headers). */
  maxBytes?: number;
}

/**
 * Read-only view of an export: a zip, an extracted folder, a single data file, or several zip parts
 * merged into one tree. Importers see only this, never zip libraries or the file system.
 */
export interface Archive {
  /** The path the user gave. */
  readonly input: string;
  readonly kind: 'zip' | 'folder' | 'file' | 'multi';
  /** Every file, sorted by path. */
  entries(): readonly ArchiveEntry[];
  has(path: string): boolean;
  /** Entries whose path matches, sorted by path. */
  find(pattern: RegExp): ArchiveEntry[];
  readBytes(path: string, options?: ReadOptions): Promise<Buffer>;
  /** Decoded text: UTF-8 (BOM dropped) or UTF-16 when the file starts with a UTF-16 BOM. */
  readText(path: string, options?: ReadOptions): Promise<string>;
  /**
   * Problems met so far while listing and reading: entries skipped (unsafe paths, duplicates,
   * symbolic links not followed), text that was not valid UTF-8. Never thrown: the rest is read.
   */
  warnings?(): readonly ArchiveWarning[];
  close(): Promise<void>;
}

/**
 * The largest file read whole, in bytes. 512 MiB is as much as V8 can hold as one string (a 1 GB
 * file is refused the same way as a 600 MB one). HINDSIGHT_MAX_FILE_BYTES lowers it: the tests use
 * it to take the refusal path with a small file.
 */
function maxEntryBytes(): number {
  const fromEnv = Number(process.env['HINDSIGHT_MAX_FILE_BYTES']);
  // 512 MiB less a few bytes: a longer file could not be decoded into one string.
  const ceiling = constants.MAX_STRING_LENGTH;
  return Number.isSafeInteger(fromEnv) && fromEnv > 0 ? Math.min(fromEnv, ceiling) : ceiling;
}

/** Limits that keep a hostile or broken archive from exhausting memory. */
export const LIMITS = {
  /** Largest single file read into memory (V8 strings top out near 512 MiB). */
  maxEntryBytes: maxEntryBytes(),
  /** A zip entry that claims to expand more than this many times its compressed size is refused. */
  maxCompressionRatio: 1000,
  /** Ratio checks only apply above this size, so tiny highly compressible files are fine. */
  ratioCheckAbove: 16 * 1024 * 1024,
} as const;
