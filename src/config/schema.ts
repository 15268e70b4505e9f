/**
 * What hindsight.config.json may hold. Every key is optional; unknown keys are errors (a misspelt
 * key that was silently ignored would change an audit without the user knowing). Each schema's
 * `error` is the "must be …" half of the one-line message the loader prints, so every message names
 * what was expected.
 */
import { z } from 'zod';
import { CONCERNS, SeveritySchema } from '../model/finding.js';
import { PlatformSchema, PostKindSchema } from '../model/post.js';
import { BUILTIN_PACKS } from '../standards/pack.js';
import { FORMATS } from '../report/render.js';
import { RULES } from '../rules/index.js';
import { CUSTOM_RULE_ID, PATTERN_FLAGS, termKeys } from '../rules/custom.js';
import { PHOTO_LOCATION_RULE_ID } from '../media/location.js';
import { DEFAULT_THRESHOLDS } from '../pipeline/score.js';

/** The name looked for in the working directory. */
export const CONFIG_FILE_NAME = 'hindsight.config.json';

const must = (expected: string) => ({ error: `must be ${expected}` });
const oneOf = (values: readonly string[]): string => `one of ${values.map((v) => `"${v}"`).join(', ')}`;

function text(expected: string) {
  return z.string(must(expected)).trim().min(1, must(expected));
}

/** A list of strings; a single string is taken as a list of one. */
function list(item: z.ZodType<string>, expected: string) {
  return z.preprocess((v) => (typeof v === 'string' ? [v] : v), z.array(item, must(expected)));
}

/** YYYY-MM-DD (the whole day, UTC) or full ISO 8601, as on the command line. */
export function parseConfigDate(value: string, endOfDay: boolean): Date | undefined {
  if (!/^\d{4}-\d{2}-\d{2}/.test(value)) return undefined;
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const date = new Date(dateOnly ? `${value}T${endOfDay ? '23:59:59.999' : '00:00:00.000'}Z` : value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

const DATE = 'a date, YYYY-MM-DD or ISO 8601 (e.g. "2019-06-30"), or null';
const date = z
  .string(must(DATE))
  .refine((v) => parseConfigDate(v, false) !== undefined, must(DATE))
  .nullable();

export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const TIME_ZONE = 'an IANA time zone such as "Europe/London" or "UTC"';
const SCORE = 'a number from 1 to 100';
const score = z.number(must(SCORE)).min(1, must(SCORE)).max(100, must(SCORE));

export const RULE_SETTINGS = ['off', 'low', 'medium', 'high'] as const;
export type RuleSetting = (typeof RULE_SETTINGS)[number];

/** Ids the `rules` key accepts: every rule, the pipeline's own findings, and whole concerns. */
export function knownRuleIds(): string[] {
  return [...RULES.map((r) => r.meta.id), CUSTOM_RULE_ID, PHOTO_LOCATION_RULE_ID, ...CONCERNS];
}

const TOPIC = 'a topic such as "trust.custom": lower-case words joined by "."';

const TermSchema = z.strictObject(
  {
    term: text('the words to flag, e.g. "big pharma"').optional(),
    pattern: z.string(must('a regular expression (text)')).min(1, must('a regular expression (text)')).optional(),
    concern: z.enum(CONCERNS, must(oneOf(CONCERNS))),
    topic: z.string(must(TOPIC)).regex(/^[a-z][a-z0-9-]*(\.[a-z0-9-]+)+$/, must(TOPIC)).optional(),
    severity: z.enum(SeveritySchema.options, must(oneOf(SeveritySchema.options))).optional(),
    message: text('the message to show (text)').optional(),
  },
  must('an object: { "term" or "pattern", "concern", "severity"?, "topic"?, "message"? }'),
);

const ConfigShape = z.strictObject(
  {
    /** Editors' schema hint; ignored. */
    $schema: z.string().optional(),
    me: list(text('a name'), 'a name, or a list of names').optional(),
    accounts: list(
      text('a handle').transform((h) => h.replace(/^@/, '')),
      'a handle, or a list of handles',
    ).optional(),
    since: date.optional(),
    until: date.optional(),
    platforms: z
      .array(z.enum(PlatformSchema.options, must(oneOf(PlatformSchema.options))), must(`a list of platforms (${oneOf(PlatformSchema.options)}), or null for all`))
      .min(1, must('a list with at least one platform, or null for all'))
      .nullable()
      .optional(),
    kinds: z
      .array(z.enum(PostKindSchema.options, must(oneOf(PostKindSchema.options))), must(`a list of kinds of post (${oneOf(PostKindSchema.options)}), or null for all`))
      .min(1, must('a list with at least one kind of post, or null for all'))
      .nullable()
      .optional(),
    thresholds: z
      .strictObject({ delete: score.optional(), review: score.optional() }, must('an object: { "delete": 70, "review": 25 }'))
      .optional(),
    rules: z
      .record(z.string(), z.enum(RULE_SETTINGS, must(oneOf(RULE_SETTINGS))), must('an object: { "<rule id>": "off" | "low" | "medium" | "high" }'))
      .optional(),
    terms: z.array(TermSchema, must('a list of terms: [{ "term": "…", "concern": "trust", "severity": "medium" }]')).optional(),
    allow: list(text('a phrase'), 'a phrase, or a list of phrases').optional(),
    notPatients: list(text('a name'), 'a name, or a list of names').optional(),
    standards: z.enum(BUILTIN_PACKS, must(oneOf(BUILTIN_PACKS))).optional(),
    includeMessages: z.boolean(must('true or false')).optional(),
    timezone: z.string(must(TIME_ZONE)).refine(isTimeZone, must(TIME_ZONE)).optional(),
    format: z
      .preprocess(
        (v) => (typeof v === 'string' ? v.split(',').map((f) => f.trim().toLowerCase()).filter(Boolean) : v),
        z.array(z.enum(FORMATS, must(oneOf(FORMATS))), must(`a format or a list of formats (${oneOf(FORMATS)})`)).min(1, must(`at least one of ${oneOf(FORMATS)}`)),
      )
      .optional(),
    redact: z.boolean(must('true or false')).optional(),
  },
  must('an object: { "key": value, … }'),
);

export const ConfigFileSchema = ConfigShape.superRefine((config, ctx) => {
  const t = config.thresholds;
  if (t && (t.delete !== undefined || t.review !== undefined)) {
    const del = t.delete ?? DEFAULT_THRESHOLDS.delete;
    const review = t.review ?? DEFAULT_THRESHOLDS.review;
    if (review >= del) {
      const key = t.review !== undefined ? 'review' : 'delete';
      ctx.addIssue({
        code: 'custom',
        path: ['thresholds', key],
        message: key === 'review' ? `must be lower than "thresholds.delete" (${del})` : `must be higher than "thresholds.review" (${review})`,
      });
    }
  }
  if (config.rules) {
    const known = knownRuleIds();
    for (const id of Object.keys(config.rules)) {
      if (known.includes(id)) continue;
      const near = closest(id, known);
      ctx.addIssue({
        code: 'custom',
        path: ['rules', id],
        params: { at: 'key' },
        message: `is not a rule hindsight knows${near ? `; did you mean "${near}"?` : ''} (rule ids look like "trust/intoxication"; a concern such as "trust" covers its rules)`,
      });
    }
  }
  for (const [i, term] of (config.terms ?? []).entries()) {
    if ((term.term === undefined) === (term.pattern === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['terms', i],
        message: term.term === undefined ? 'needs "term" (the words to flag) or "pattern" (a regular expression)' : 'takes "term" or "pattern", not both',
      });
      continue;
    }
    if (term.pattern !== undefined) {
      try {
        const re = new RegExp(term.pattern, PATTERN_FLAGS);
        if (re.test('')) ctx.addIssue({ code: 'custom', path: ['terms', i, 'pattern'], message: 'must not match empty text (it would flag every post)' });
      } catch (error) {
        const reason = error instanceof Error ? error.message.replace(/^Invalid regular expression: \/.*\/[a-z]*: /s, '') : String(error);
        ctx.addIssue({ code: 'custom', path: ['terms', i, 'pattern'], message: `must be a valid regular expression (${reason})` });
      }
    } else if (term.term !== undefined && termKeys(term.term) === null) {
      ctx.addIssue({ code: 'custom', path: ['terms', i, 'term'], message: 'must contain a word to match' });
    }
  }
});

export type ConfigFile = z.infer<typeof ConfigFileSchema>;
export type ConfigKey = Exclude<keyof ConfigFile, '$schema'>;

/** Top-level keys, for "did you mean" on a misspelt one. */
export const CONFIG_KEYS = Object.keys(ConfigShape.shape).filter((k) => k !== '$schema');

/** The candidate nearest to `word` (edit distance at most a third of its length), if any. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  // A key cut short ("sev", "thresh") is the one it starts.
  const prefixed = word.length >= 3 ? candidates.filter((c) => c.toLowerCase().startsWith(word.toLowerCase())) : [];
  if (prefixed.length === 1) return prefixed[0];
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
  for (const c of candidates) {
    const d = distance(word.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = current;
    }
  }
  return row[b.length]!;
}
