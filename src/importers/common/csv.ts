import { parse } from 'csv-parse/sync';
import { FileProblem, firstLine } from './files.js';

/* CSV files matched by their header line, with columns compared loosely (LinkedIn, YouTube, Reddit). */

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

/**
 * Quoting dialects tried in turn when a CSV does not parse as RFC 4180 (quotes doubled inside quoted
 * fields): LinkedIn writes Comments.csv (and some messages.csv) with backslash-escaped quotes,
 * `"I said \"thanks\""`, which a strict reader rejects outright, losing the whole file.
 */
const DIALECTS = [{}, { escape: '\\' }] as const;

/** A whole CSV parsed once (csv-parse), with column keys from its header row. */
export function parseCsv(text: string, delimiter: ',' | '\t' = ','): CsvTable {
  let firstError: unknown;
  for (const dialect of DIALECTS) {
    let keys: string[] = [];
    try {
      const rows = parse(text, {
        delimiter,
        bom: true,
        columns: (header: string[]) => (keys = header.map(columnKey)),
        skip_empty_lines: true,
        relax_column_count: true,
        ...dialect,
      }) as Record<string, string>[];
      return { keys, rows };
    } catch (err) {
      firstError ??= err;
    }
  }
  throw new FileProblem(`cannot read this CSV (${firstLine(firstError)}); the file may be cut short or edited, so download the export again`);
}

/** A cell's value, "" when the column is missing. */
export function cell(row: Record<string, string>, key: string): string {
  return row[key] ?? '';
}
