/**
 * The CSV report: one row per flagged post, in the order the other formats list them (posts you
 * marked deleted that are still present first, then by score), for a spreadsheet. Written by
 * csv-stringify, so quoting follows RFC 4180, and guarded against formula injection: a cell that a
 * spreadsheet would run as a formula gets a leading apostrophe.
 */
import { stringify } from 'csv-stringify/sync';
import type { Report, ReportPost } from '../model/report.js';
import { LINE_BREAK, actionLists, revealHidden, safeHttpUrl } from './model.js';
import type { Renderer } from './types.js';

export const CSV_COLUMNS = ['platform', 'id', 'url', 'date', 'recommendation', 'score', 'standards', 'concerns', 'excerpt', 'decision'] as const;

/** Longest excerpt, in characters; the rest of the text is in the HTML and JSON reports. */
export const EXCERPT_LENGTH = 280;

/**
 * Characters that make Excel, LibreOffice or Google Sheets read a cell as a formula (OWASP's list,
 * plus the full-width forms some spreadsheets normalise).
 */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

export function guardFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** The post's text on one line, hidden characters made visible, cut at a grapheme boundary. */
export function excerpt(text: string, max = EXCERPT_LENGTH): string {
  const line = revealHidden(text.split(LINE_BREAK).join(' ').replace(/\s+/g, ' ').trim(), (label) => `[${label}]`);
  if (line.length <= max) return line;
  let cut = 0;
  for (const { index, segment } of new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(line)) {
    if (index + segment.length > max - 1) break;
    cut = index + segment.length;
  }
  return `${line.slice(0, cut).trimEnd()}\u2026`;
}

const unique = (values: string[]): string[] => [...new Set(values)];

function row(post: ReportPost): string[] {
  return [
    post.platform,
    post.id,
    safeHttpUrl(post.url)?.href ?? '',
    post.createdAt,
    post.recommendation,
    String(post.score),
    unique(post.findings.flatMap((f) => f.standards)).join('; '),
    unique(post.findings.map((f) => f.concern)).join('; '),
    excerpt(post.text),
    // Every row is a post still in the export, so "deleted" here means the deletion did not take.
    post.decision ?? '',
  ].map(guardFormula);
}

export function renderCsv(report: Report): string {
  const lists = actionLists(report);
  const rows = [...lists.delete, ...lists.review].map(row);
  // A byte-order mark so Excel reads UTF-8 (accents, emoji) rather than the system code page; CRLF per RFC 4180.
  return stringify(rows, { header: true, columns: [...CSV_COLUMNS], bom: true, record_delimiter: 'windows' });
}

export const csvRenderer: Renderer = {
  extension: 'csv',
  mediaType: 'text/csv',
  render: (report) => renderCsv(report),
};
