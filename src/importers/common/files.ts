import type { Archive, ArchiveEntry } from '../archive/index.js';
import type { Importer, ImportOptions } from '../types.js';
import { HindsightError } from '../../errors.js';

/*
 * Finding an importer's files in an export, reading them, and the problems met on the way: what
 * every importer does the same way, whatever the platform.
 */

/** One file that cannot be read; the message says what is wrong and what to do, in one line. */
export class FileProblem extends Error {
  override readonly name = 'FileProblem';
}

/** The first line of a thrown value's message, as written. */
export function errorMessage(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  return message.split('\n', 1)[0] ?? message;
}

/** The first line of an error's message, trimmed, for one-line warnings. */
export function firstLine(err: unknown): string {
  return errorMessage(err).trim();
}

/**
 * The error for an input in which an importer found nothing it can read: `what` was not found
 * ("Mastodon outbox"), `problems` say why each file that was tried failed.
 */
export function nothingReadable(what: string, looksFor: string, input: string, problems: readonly string[] = []): HindsightError {
  const why = problems.length > 0 ? ` (${problems.join('; ')})` : '';
  return new HindsightError(`no readable ${what}${why}; looked for ${looksFor}`, { file: input });
}

/** The files to look at: a single file whatever its name (the user chose it), else those whose path matches. */
export function candidateEntries(archive: Archive, pattern: RegExp): ArchiveEntry[] {
  return archive.kind === 'file' ? [...archive.entries()] : archive.find(pattern);
}

/**
 * Whether `looksRight` says yes to any of the entries, tried in order. Empty files are passed over,
 * and one that cannot be opened is no (read() reports it).
 */
export async function someEntry(entries: readonly ArchiveEntry[], looksRight: (entry: ArchiveEntry) => Promise<boolean>): Promise<boolean> {
  for (const entry of entries) {
    if (entry.size === 0) continue;
    try {
      if (await looksRight(entry)) return true;
    } catch {
      // read() reports it
    }
  }
  return false;
}

/** A file's first bytes, decoded, for recognising it by content. Unreadable files are skipped. */
export interface FileHead {
  path: string;
  head: string;
}

const HEAD_BYTES = 16 * 1024;

/** The first bytes of every entry whose path matches, so detection looks at content, not names. */
export async function readHeads(archive: Archive, pattern: RegExp, maxBytes = HEAD_BYTES): Promise<FileHead[]> {
  const heads: FileHead[] = [];
  for (const entry of archive.find(pattern)) {
    if (entry.size === 0) continue;
    try {
      heads.push({ path: entry.path, head: await archive.readText(entry.path, { maxBytes }) });
    } catch {
      // A file that cannot even be opened is reported when read() meets it by name, not here.
    }
  }
  return heads;
}

/** How an importer reads the files its detection recognised; see readFiles. */
export interface FileReader<F extends { readonly path: string }> {
  /** Named, with what it looks for, in the error when no file can be read. */
  importer: Importer;
  /** The names (lower case) the export gives its files: such a file detection did not recognise is reported. */
  knownNames: ReadonlySet<string>;
  /** The warning for a file with a known name (given, lower case) that detection did not recognise. */
  unrecognised(name: string): string;
  /** What the user should do about a file that cannot be read ("download the export again"). */
  retry: string;
  /**
   * Reads one file. Throws a FileProblem whose message is the warning, or any error (reported with
   * `retry`); resolves false for a file that was read but does not make the export readable alone.
   */
  read(file: F): Promise<boolean | void>;
}

/**
 * An importer's read() around its own reading of each file: warns about files that have the
 * export's names but not its form, reads every recognised file, turns a failure into a warning and
 * goes on, and throws naming what was looked for (and every problem) when no file could be read.
 */
export async function readFiles<F extends { readonly path: string }>(
  archive: Archive,
  options: ImportOptions,
  files: readonly F[],
  reader: FileReader<F>,
): Promise<void> {
  const recognised = new Set(files.map((f) => f.path));
  const problems: string[] = [];
  const report = (path: string, message: string): void => {
    options.warn(path, message);
    problems.push(`${path}: ${message}`);
  };
  for (const entry of archive.entries()) {
    const name = entry.path.slice(entry.path.lastIndexOf('/') + 1).toLowerCase();
    if (reader.knownNames.has(name) && !recognised.has(entry.path)) report(entry.path, reader.unrecognised(name));
  }
  let readable = 0;
  for (const file of files) {
    try {
      if ((await reader.read(file)) !== false) readable++;
    } catch (err) {
      report(file.path, err instanceof FileProblem ? err.message : `cannot be read (${firstLine(err)}); ${reader.retry}`);
    }
  }
  if (readable === 0) {
    throw nothingReadable(`${reader.importer.name} found`, reader.importer.looksFor, archive.input, problems);
  }
}
