/** One file inside an export, whatever the container. */
export interface ArchiveEntry {
  /** Path inside the export, "/"-separated, relative to the export's root (wrapper folders removed). */
  path: string;
  /** Uncompressed size in bytes. */
  size: number;
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
  close(): Promise<void>;
}

/** Limits that keep a hostile or broken archive from exhausting memory. */
export const LIMITS = {
  /** Largest single file read into memory (V8 strings top out near 512 MiB). */
  maxEntryBytes: 512 * 1024 * 1024,
  /** A zip entry that claims to expand more than this many times its compressed size is refused. */
  maxCompressionRatio: 1000,
  /** Ratio checks only apply above this size, so tiny highly compressible files are fine. */
  ratioCheckAbove: 16 * 1024 * 1024,
} as const;
