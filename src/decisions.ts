/**
 * The review loop's decisions file: what the user decided about flagged posts (deleted, keep, not
 * sure), written by the HTML report's "Export decisions" and by `hindsight review`, and read back
 * with `hindsight audit --decisions <file>`. A decision never changes the tool's own judgement
 * (recommendation, score); it only changes what the renderers list and in what order.
 */
import { readFile, stat } from 'node:fs/promises';
import { z } from 'zod';
import { HindsightError } from './errors.js';
import { PlatformSchema } from './model/post.js';
import type { Report, ReportPost } from './model/report.js';
import { naturalCompare, parseTimestamp } from './report/model.js';

export const DECISIONS_VERSION = 1 as const;
export const DECISION_VALUES = ['keep', 'deleted', 'unsure'] as const;
export type Decision = (typeof DECISION_VALUES)[number];

/** Larger than any real decisions file (100,000 decisions are about 12 MB); stops a wrong file early. */
const MAX_BYTES = 64 * 1024 * 1024;

const missingOr = (what: string) => (issue: { input?: unknown }) =>
  issue.input === undefined ? 'is missing' : `${what} (got ${describe(issue.input)})`;

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

export const DecisionEntrySchema = z.object({
  platform: z.enum(PlatformSchema.options, { error: missingOr(`must be one of ${PlatformSchema.options.join(', ')}`) }),
  id: z.string({ error: missingOr('must be a string') }).min(1, { error: 'must not be empty' }),
  decision: z.enum(DECISION_VALUES, { error: missingOr(`must be one of ${DECISION_VALUES.join(', ')}`) }),
  decidedAt: z
    .string({ error: missingOr('must be an ISO 8601 date and time, e.g. 2025-01-31T12:00:00.000Z') })
    .refine((v) => !Number.isNaN(parseTimestamp(v)), { error: (issue) => `must be an ISO 8601 date and time, e.g. 2025-01-31T12:00:00.000Z (got ${describe(issue.input)})` }),
});
export type DecisionEntry = z.infer<typeof DecisionEntrySchema>;

export const DecisionsFileSchema = z.object({
  hindsightDecisions: z.literal(DECISIONS_VERSION, { error: missingOr(`must be ${DECISIONS_VERSION} (this version of hindsight reads version ${DECISIONS_VERSION})`) }),
  decisions: z.array(DecisionEntrySchema, { error: missingOr('must be an array') }),
});
export type DecisionsFile = z.infer<typeof DecisionsFileSchema>;

const keyOf = (platform: string, id: string): string => `${platform}\u0000${id}`;

function bad(file: string, message: string): HindsightError {
  return new HindsightError(message, { file, exitCode: 2 });
}

/** "decisions[3].decision" from a zod issue path. */
function pathLabel(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : `${out ? '.' : ''}${String(part)}`;
  return out;
}

/** Line and column (1-based) of a character offset, for JSON syntax errors. */
function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return `line ${line}, column ${offset - before.lastIndexOf('\n')}`;
}

/**
 * Where JSON text first goes wrong, or -1: V8's messages give a position only for some errors, and a
 * person fixing a hand-edited file needs the line and column.
 */
function jsonErrorOffset(text: string): number {
  let i = 0;
  const fail = (): never => {
    throw i;
  };
  const ws = (): void => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const string = (): void => {
    i++;
    while (i < text.length) {
      const c = text[i]!;
      if (c === '"') {
        i++;
        return;
      }
      if (c < ' ') fail();
      i += c === '\\' ? 2 : 1;
    }
    fail();
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === '{' || c === '[') {
      const close = c === '{' ? '}' : ']';
      i++;
      ws();
      if (text[i] === close) {
        i++;
        return;
      }
      for (;;) {
        if (c === '{') {
          ws();
          if (text[i] !== '"') fail();
          string();
          ws();
          if (text[i] !== ':') fail();
          i++;
        }
        value();
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === close) {
          i++;
          return;
        } else fail();
      }
    }
    if (c === '"') return string();
    const literal = /^(?:-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(text.slice(i, i + 64));
    if (!literal) fail();
    i += literal![0].length;
  };
  try {
    value();
    ws();
    if (i < text.length) fail();
    return -1;
  } catch (at) {
    return typeof at === 'number' ? Math.min(at, text.length) : -1; // a RangeError from absurd nesting
  }
}

/** Parses the text of a decisions file; `file` names it in errors. Throws a one-line HindsightError (exit 2). */
export function parseDecisions(text: string, file: string): DecisionsFile {
  const body = text.replace(/^\uFEFF/, '');
  if (!body.trim()) throw bad(file, 'is empty; expected a hindsight decisions file ({ "hindsightDecisions": 1, "decisions": [...] })');
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const offset = jsonErrorOffset(body);
    const where = offset >= 0 ? ` at ${lineColumn(body, offset)}` : '';
    // V8's wording without its position or its quote of the text (which could be long).
    const what = message.replace(/\s*(?:in JSON )?at position \d+.*$/s, '').replace(/, ".*" is not valid JSON$/s, '');
    throw bad(file, `is not valid JSON${where}: ${what}`);
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    throw bad(file, `is not a hindsight decisions file: expected a JSON object with "hindsightDecisions": 1, got ${describe(json)}`);
  }
  const record = json as Record<string, unknown>;
  if (!('hindsightDecisions' in record)) {
    if ('schemaVersion' in record && 'posts' in record) {
      throw bad(file, 'is a hindsight report, not a decisions file; export decisions from the HTML report ("Export decisions") or with `hindsight review`');
    }
    throw bad(file, 'is not a hindsight decisions file: it has no "hindsightDecisions": 1');
  }
  const parsed = DecisionsFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const more = parsed.error.issues.length > 1 ? ` (and ${parsed.error.issues.length - 1} more problem${parsed.error.issues.length > 2 ? 's' : ''})` : '';
    throw bad(file, `${pathLabel(issue.path) || 'the file'} ${issue.message}${more}`);
  }
  return parsed.data;
}

/** Reads and checks a decisions file. Every problem is a one-line HindsightError naming the file, exit code 2. */
export async function readDecisionsFile(path: string): Promise<DecisionsFile> {
  let size: number;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw bad(path, 'is a folder; --decisions takes a decisions file');
    size = info.size;
  } catch (error) {
    if (error instanceof HindsightError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw bad(path, code === 'ENOENT' ? 'no such decisions file' : `cannot read the decisions file (${code ?? String(error)})`);
  }
  if (size > MAX_BYTES) throw bad(path, `is ${Math.round(size / 1048576)} MB, too large to be a decisions file`);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw bad(path, `cannot read the decisions file (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  return parseDecisions(text, path);
}

/**
 * One decision per post. Where a file names a post twice, the later `decidedAt` wins (and, at the
 * same time, the later entry), so a merged or appended file behaves as the user expects.
 */
export function latestDecisions(entries: readonly DecisionEntry[]): Map<string, DecisionEntry> {
  const byPost = new Map<string, DecisionEntry>();
  for (const entry of entries) {
    const key = keyOf(entry.platform, entry.id);
    const previous = byPost.get(key);
    if (!previous || parseTimestamp(entry.decidedAt) >= parseTimestamp(previous.decidedAt)) byPost.set(key, entry);
  }
  return byPost;
}

export interface AppliedDecisions {
  report: Report;
  /** Decisions that matched a post in the report. */
  matched: number;
  /** Decisions for posts not in this report, of which `gone` were marked deleted (the deletion took). */
  unmatched: number;
  gone: number;
}

/**
 * Sets `decision` (and `decidedAt`) on the posts the decisions name, by platform and id, and
 * counts them in `summary.decided`. Returns a new report; recommendation and score are untouched.
 */
export function applyDecisions(report: Report, file: DecisionsFile): AppliedDecisions {
  const byPost = latestDecisions(file.decisions);
  const decided: Record<Decision, number> = { keep: 0, deleted: 0, unsure: 0 };
  const used = new Set<string>();
  const posts = report.posts.map((post): ReportPost => {
    const key = keyOf(post.platform, post.id);
    const entry = byPost.get(key);
    const { decision: _decision, decidedAt: _decidedAt, ...rest } = post;
    if (!entry) return rest;
    used.add(key);
    decided[entry.decision]++;
    return { ...rest, decision: entry.decision, decidedAt: entry.decidedAt };
  });
  let gone = 0;
  for (const [key, entry] of byPost) if (!used.has(key) && entry.decision === 'deleted') gone++;
  return {
    report: { ...report, summary: { ...report.summary, decided }, posts },
    matched: used.size,
    unmatched: byPost.size - used.size,
    gone,
  };
}

/** The decisions a report carries (from an earlier decisions file), as file entries. */
export function decisionsInReport(report: Report): DecisionEntry[] {
  const out: DecisionEntry[] = [];
  for (const post of report.posts) {
    if (post.decision) out.push({ platform: post.platform, id: post.id, decision: post.decision, decidedAt: post.decidedAt ?? report.generatedAt });
  }
  return out;
}

/** A decisions file's text: one decision per post, sorted by platform and id, so it diffs cleanly. */
export function serialiseDecisions(entries: readonly DecisionEntry[]): string {
  const decisions = [...latestDecisions(entries).values()]
    .sort((a, b) => naturalCompare(a.platform, b.platform) || naturalCompare(a.id, b.id))
    .map(({ platform, id, decision, decidedAt }) => ({ platform, id, decision, decidedAt }));
  return `${JSON.stringify({ hindsightDecisions: DECISIONS_VERSION, decisions }, null, 2)}\n`;
}
