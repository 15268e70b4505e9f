import { parse as parseCsv } from 'csv-parse/sync';
import { z } from 'zod';
import type { Archive } from './archive/index.js';
import type { Importer, ImportOptions, ImportResult } from './types.js';
import { PlatformSchema, PostKindSchema, type Post } from '../model/post.js';
import { HindsightError } from '../errors.js';
import { StableIds, isoFromIsoLike } from './util.js';
import { candidateEntries, errorMessage, nothingReadable, someEntry } from './common/files.js';
import { asArray, asObject } from './common/json.js';
import { linksInPlainText } from './common/text.js';

/*
 * The generic format (docs/generic-format.md): posts a person copied out of a forum or any site
 * hindsight has no importer for, as CSV (a header row with `date` and `text` columns) or JSON (an
 * array of objects with `date` and `text`, or `{"posts": [...]}`). Optional fields: url, id,
 * kind, platform, account. Detection is last-resort by design: it needs exactly those column
 * names, so other platforms' CSV and JSON files (which name them differently) are not taken.
 */

const LOOKS_FOR = 'a CSV with "date" and "text" columns, or JSON posts with "date" and "text" (docs/generic-format.md)';
const DATA_FILE = /\.(csv|json)$/i;
const DELIMITERS = [',', ';', '\t'] as const;
const HEAD_BYTES = 8 * 1024;

/** One post as written in the file, after column names are lower-cased and empty cells dropped. */
export const GenericRowSchema = z.object({
  date: z.string({ error: 'no date' }).transform((value, ctx) => {
    const iso = isoFromIsoLike(value);
    if (iso === null) {
      ctx.addIssue({ code: 'custom', message: `date "${value}" is not an ISO 8601 date (YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ)` });
      return z.NEVER;
    }
    return iso;
  }),
  text: z.string({ error: 'no text' }).refine((text) => text.trim() !== '', 'empty text'),
  url: z.string().optional(),
  id: z.union([z.string(), z.number().int().transform(String)]).optional(),
  kind: z.string().toLowerCase().pipe(PostKindSchema).optional(),
  platform: z.string().toLowerCase().pipe(PlatformSchema).optional(),
  account: z
    .string()
    .transform((account) => account.replace(/^@/, ''))
    .optional(),
});
export type GenericRow = z.infer<typeof GenericRowSchema>;

export const genericImporter: Importer = {
  id: 'generic',
  name: 'generic CSV or JSON posts',
  looksFor: LOOKS_FOR,
  detect,
  read,
};

type Shape = { format: 'csv'; delimiter: string } | { format: 'json' } | null;

/** What the head of a file says it is: CSV with date and text columns, generic JSON, or neither. */
function shapeOf(head: string): Shape {
  const start = head.trimStart();
  if (start.startsWith('[') || start.startsWith('{')) {
    const marked = /"hindsight"\s*:\s*"generic"/i.test(start);
    const listed = /^\[\s*\{/.test(start) || /"posts"\s*:\s*\[/i.test(start);
    const fields = /"date"\s*:/i.test(start) && /"text"\s*:/i.test(start);
    return marked || (listed && fields) ? { format: 'json' } : null;
  }
  const firstLine = start.split(/\r\n|\r|\n/, 1)[0] ?? '';
  for (const delimiter of DELIMITERS) {
    if (!firstLine.includes(delimiter)) continue;
    try {
      const [header] = parseCsv(firstLine, { delimiter, relax_quotes: true }) as string[][];
      const names = new Set((header ?? []).map(columnName));
      if (names.has('date') && names.has('text')) return { format: 'csv', delimiter };
    } catch {
      // not this delimiter
    }
  }
  return null;
}

function columnName(name: string): string {
  return name.trim().toLowerCase();
}

async function detect(archive: Archive): Promise<boolean> {
  return someEntry(candidateEntries(archive, DATA_FILE), async (entry) => shapeOf(await archive.readText(entry.path, { maxBytes: HEAD_BYTES })) !== null);
}

/** A record to validate, with the row number the user would look for (CSV line, or 1-based JSON entry). */
interface RawRow {
  fields: Record<string, unknown>;
  row: number;
}

async function read(archive: Archive, options: ImportOptions): Promise<ImportResult> {
  const ids = new StableIds();
  const posts: Post[] = [];
  const accounts = new Set<string | null>();
  let filesRead = 0;
  let rowsRejected = 0;
  let firstProblem = '';
  for (const entry of candidateEntries(archive, DATA_FILE)) {
    let rows: RawRow[];
    let unit: string;
    try {
      const text = await archive.readText(entry.path);
      const shape = shapeOf(text.slice(0, HEAD_BYTES));
      if (!shape) continue;
      [rows, unit] = shape.format === 'csv' ? [csvRows(text, shape.delimiter), 'line'] : [jsonRows(text), 'entry'];
    } catch (err) {
      options.warn(entry.path, `could not read this file (${errorMessage(err)})`);
      continue;
    }
    filesRead++;
    let bad = 0;
    let firstBad = '';
    rows.forEach(({ fields, row }, index) => {
      const parsed = GenericRowSchema.safeParse(fields);
      if (!parsed.success) {
        if (bad++ === 0) firstBad = `${unit} ${row}: ${parsed.error.issues.map(describeIssue).join('; ')}`;
        return;
      }
      const value = parsed.data;
      const platform = value.platform ?? 'generic';
      const kind = value.kind ?? 'post';
      accounts.add(value.account ?? null);
      posts.push({
        id: value.id ?? ids.next(platform, kind, value.date, value.text),
        platform,
        account: value.account ?? null,
        kind,
        createdAt: value.date,
        text: value.text,
        url: value.url ?? null,
        inReplyTo: null,
        mentions: [],
        hashtags: [],
        links: linksInPlainText(value.text),
        media: [],
        audience: null,
        language: null,
        source: { input: options.input, file: entry.path, index },
      });
    });
    if (bad > 0) {
      options.warn(entry.path, `${bad} of ${rows.length} row${rows.length === 1 ? '' : 's'} skipped as not valid; first at ${firstBad}`);
      rowsRejected += bad;
      firstProblem ||= `${entry.path} ${firstBad}`;
    }
  }
  if (filesRead === 0) throw nothingReadable('generic posts file', LOOKS_FOR, options.input);
  if (posts.length === 0 && rowsRejected > 0) {
    throw new HindsightError(`no valid row in the generic posts file(s): ${rowsRejected} rejected, first at ${firstProblem}`, { file: options.input });
  }
  const [only] = accounts;
  return { account: accounts.size === 1 ? (only ?? null) : null, posts };
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const where = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
  return `${where}${issue.message}`;
}

/** Empty cells and JSON nulls count as absent, so optional columns may be left blank. */
function cleanFields(entries: Iterable<[string, unknown]>): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const [key, value] of entries) {
    const name = columnName(key);
    if (value === null || value === undefined || value === '' || name in fields) continue;
    fields[name] = value;
  }
  return fields;
}

function csvRows(text: string, delimiter: string): RawRow[] {
  const records = parseCsv(text, { delimiter, bom: true, relax_column_count: true, skip_empty_lines: true, info: true }) as unknown as {
    record: string[];
    info: { lines: number };
  }[];
  const [header, ...data] = records;
  if (!header) return [];
  const names = header.record;
  return data.map(({ record, info }) => ({
    fields: cleanFields(record.map((value, i) => [names[i] ?? `column ${i + 1}`, value] as [string, unknown])),
    row: info.lines,
  }));
}

function jsonRows(text: string): RawRow[] {
  const data: unknown = JSON.parse(text);
  const list = Array.isArray(data) ? data : asArray(asObject(data)?.posts);
  return list.map((item, i) => ({ fields: cleanFields(Object.entries(asObject(item) ?? {})), row: i + 1 }));
}
