import { parse } from 'csv-parse/sync';
import type { Archive } from '../archive/index.js';
import type { Importer } from '../types.js';
import type { Link } from '../../model/post.js';
import { HindsightError } from '../../errors.js';
import { linkFrom } from '../util.js';

/*
 * Helpers shared by the LinkedIn, TikTok, YouTube and Reddit readers (they live with LinkedIn, the
 * first of the four, because importers may only add files under their own folders). Every pattern
 * is compiled once here, never per record.
 */

/** One file that cannot be read; the message says what is wrong and what to do, in one line. */
export class FileProblem extends Error {
  override readonly name = 'FileProblem';
}

/** The first line of an error's message, for one-line warnings. */
export function firstLine(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  return message.split('\n', 1)[0]!.trim();
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

/** The final path segment, lower case. */
export function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1).toLowerCase();
}

const NOT_ALPHANUMERIC = /[^a-z0-9]/g;
const TRAILING_CR = /\r$/;

/** A CSV column name compared loosely: "Share Commentary", "ShareCommentary", "share_commentary" match. */
export function columnKey(name: string): string {
  return name.toLowerCase().replace(NOT_ALPHANUMERIC, '');
}

export interface CsvHeader {
  /** Column keys (see columnKey), in file order. */
  keys: string[];
  delimiter: ',' | '\t';
}

/** The header line of a CSV head: its column keys and whether it is tab- or comma-separated. */
export function csvHeader(head: string): CsvHeader {
  const text = head.charCodeAt(0) === 0xfeff ? head.slice(1) : head;
  const end = text.indexOf('\n');
  const line = (end < 0 ? text : text.slice(0, end)).replace(TRAILING_CR, '');
  const delimiter = line.includes('\t') ? '\t' : ',';
  return { keys: line.split(delimiter).map(columnKey), delimiter };
}

/** Whether every one of `wanted` is among the header's keys. */
export function hasColumns(header: CsvHeader, wanted: readonly string[]): boolean {
  return wanted.every((key) => header.keys.includes(key));
}

export interface CsvTable {
  keys: string[];
  /** Each row's values by column key; missing cells are "". */
  rows: Record<string, string>[];
}

/** A whole CSV parsed once (csv-parse), with column keys from its header row. */
export function parseCsv(text: string, delimiter: ',' | '\t' = ','): CsvTable {
  let keys: string[] = [];
  let rows: Record<string, string>[];
  try {
    rows = parse(text, {
      delimiter,
      bom: true,
      columns: (header: string[]) => (keys = header.map(columnKey)),
      skip_empty_lines: true,
      relax_column_count: true,
    }) as Record<string, string>[];
  } catch (err) {
    throw new FileProblem(`cannot read this CSV (${firstLine(err)}); the file may be cut short or edited, so download the export again`);
  }
  return { keys, rows };
}

/** A cell's value, "" when the column is missing. */
export function cell(row: Record<string, string>, key: string): string {
  return row[key] ?? '';
}

const URL_IN_TEXT = /\bhttps?:\/\/[^\s<>"]+[^\s<>".,;:!?)\]'…]/g;
const MENTION_IN_TEXT = /(?<![\w@.])@([\p{L}\p{N}_.]*[\p{L}\p{N}_])/gu;
const HASHTAG_IN_TEXT = /(?<![\p{L}\p{N}_&#])[#＃]([\p{L}\p{N}_]*\p{L}[\p{L}\p{N}_]*)/gu;

export function unique<T>(values: readonly T[]): T[] {
  return values.length < 2 ? [...values] : [...new Set(values)];
}

/** Links written out in text. */
export function linksInText(text: string): string[] {
  if (!text.includes('http')) return [];
  return [...text.matchAll(URL_IN_TEXT)].map((m) => m[0]);
}

/** Hashtags without the "#". */
export function hashtagsInText(text: string): string[] {
  if (!text.includes('#') && !text.includes('＃')) return [];
  return unique([...text.matchAll(HASHTAG_IN_TEXT)].map((m) => m[1]!));
}

/** @handles without the "@" (TikTok and YouTube handles allow dots and letters of any script). */
export function mentionsInText(text: string): string[] {
  if (!text.includes('@')) return [];
  return unique([...text.matchAll(MENTION_IN_TEXT)].map((m) => m[1]!));
}

/** Links without repeats, each with its domain. */
export function linksFrom(urls: readonly string[]): Link[] {
  return unique(urls.filter((url) => url !== '')).map(linkFrom);
}

/** The error for an input in which an importer found nothing it can read. */
export function nothingReadable(importer: Importer, archive: Archive, problems: readonly string[]): HindsightError {
  const why = problems.length > 0 ? ` (${problems.join('; ')})` : '';
  return new HindsightError(`no readable ${importer.name} found${why}; looked for ${importer.looksFor}`, { file: archive.input });
}
