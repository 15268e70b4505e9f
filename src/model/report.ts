import { z } from 'zod';
import { PlatformSchema, PostKindSchema, LinkSchema, MediaSchema, PostSourceSchema } from './post.js';
import { ConcernSchema, FindingSchema, RecommendationSchema } from './finding.js';

/**
 * The JSON report: a public contract read by other tools. Change it only by adding fields,
 * or by a new schemaVersion. docs/report-json.md documents it; `hindsight schema` prints it.
 */
export const SCHEMA_VERSION = 1 as const;

export const WarningSchema = z.object({
  /** The file inside the input the warning is about, or null for the input as a whole. */
  file: z.string().nullable(),
  message: z.string(),
});
export type Warning = z.infer<typeof WarningSchema>;

export const ReportInputSchema = z.object({
  /** The path as the user gave it. */
  path: z.string(),
  /** The kind of export detected (x, facebook, ...), or null when it could not be read. */
  platform: z.string().nullable(),
  account: z.string().nullable(),
  /** Posts read from this input (after the date filter). */
  posts: z.number().int().nonnegative(),
  warnings: z.array(WarningSchema),
  /** Why the input could not be read at all, or null. */
  error: z.string().nullable(),
  /** Whether private messages in this input were read (only with --include-messages). */
  messagesScanned: z.boolean().optional(),
});
export type ReportInput = z.infer<typeof ReportInputSchema>;

export const ReportPostSchema = z.object({
  id: z.string(),
  platform: PlatformSchema,
  account: z.string().nullable(),
  kind: PostKindSchema,
  createdAt: z.string(),
  url: z.string().nullable(),
  text: z.string(),
  recommendation: RecommendationSchema,
  score: z.number().int().min(0).max(100),
  findings: z.array(FindingSchema),
  // Additions beyond the first contract: all optional so readers of v1 keep working.
  inReplyTo: z.string().nullable().optional(),
  sharedFrom: z.string().nullable().optional(),
  hashtags: z.array(z.string()).optional(),
  mentions: z.array(z.string()).optional(),
  links: z.array(LinkSchema).optional(),
  media: z.array(MediaSchema).optional(),
  audience: z.string().nullable().optional(),
  language: z.string().nullable().optional(),
  source: PostSourceSchema.optional(),
  truncated: z.boolean().optional(),
  earlierVersions: z.array(z.object({ id: z.string(), createdAt: z.string(), text: z.string() })).optional(),
  /** The user's own decision from a decisions file (the review loop). Never changes recommendation or score. */
  decision: z.enum(['keep', 'deleted', 'unsure']).optional(),
  /** When that decision was made (ISO 8601), from the decisions file; carried so a re-export keeps it. */
  decidedAt: z.string().optional(),
});
export type ReportPost = z.infer<typeof ReportPostSchema>;

export const CountsSchema = z.record(z.string(), z.number().int().nonnegative());

export const ReportSummarySchema = z.object({
  posts: z.number().int().nonnegative(),
  delete: z.number().int().nonnegative(),
  review: z.number().int().nonnegative(),
  keep: z.number().int().nonnegative(),
  /** Flagged posts (delete or review) citing each clause. */
  byStandard: CountsSchema,
  /** Flagged posts with a finding of each concern. */
  byConcern: CountsSchema,
  /** Flagged posts per calendar year (UTC) of creation. */
  byYear: CountsSchema.optional(),
  /** Posts read, and flagged, per platform. */
  byPlatform: z.record(z.string(), z.object({ posts: z.number().int(), flagged: z.number().int() })).optional(),
  decided: CountsSchema.optional(),
});
export type ReportSummary = z.infer<typeof ReportSummarySchema>;

/**
 * The effective configuration a report was made with, so it can be reproduced. The user's private
 * lists (their names and handles, their own terms, allowed phrases, people who are not patients)
 * are given only as counts.
 */
export const ReportConfigSchema = z.object({
  /** File name of the configuration file used (without its folder), or null when there was none. */
  file: z.string().nullable(),
  standards: z.string(),
  since: z.string().nullable(),
  until: z.string().nullable(),
  /** Post platforms included, or null for all. */
  platforms: z.array(z.string()).nullable(),
  /** Kinds of post included, or null for all. */
  kinds: z.array(z.string()).nullable(),
  includeMessages: z.boolean(),
  thresholds: z.object({ delete: z.number(), review: z.number() }),
  /** Rule ids (or whole concerns) switched off or given another severity. */
  rules: z.record(z.string(), z.enum(['off', 'low', 'medium', 'high'])),
  timezone: z.string(),
  format: z.array(z.string()),
  redact: z.boolean(),
  me: z.number().int().nonnegative(),
  accounts: z.number().int().nonnegative(),
  terms: z.number().int().nonnegative(),
  allow: z.number().int().nonnegative(),
  notPatients: z.number().int().nonnegative(),
});
export type ReportConfig = z.infer<typeof ReportConfigSchema>;

export const ReportSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  generator: z.object({ name: z.string(), version: z.string() }),
  generatedAt: z.string(),
  standards: z.object({ id: z.string(), name: z.string(), document: z.string(), date: z.string() }),
  /** The wording of every clause the report cites, so a reader can quote it. */
  clauses: z.array(z.object({ number: z.string(), heading: z.string(), text: z.string() })).optional(),
  options: z
    .object({
      since: z.string().nullable(),
      until: z.string().nullable(),
      includeMessages: z.boolean(),
      thresholds: z.object({ delete: z.number(), review: z.number() }),
      /** True when identifiers in post text, evidence and messages were replaced by placeholders (`--redact`). */
      redact: z.boolean().optional(),
      /** The effective configuration (defaults, then hindsight.config.json, then flags); private lists as counts. */
      config: ReportConfigSchema.optional(),
    })
    .optional(),
  inputs: z.array(ReportInputSchema),
  summary: ReportSummarySchema,
  posts: z.array(ReportPostSchema),
});
export type Report = z.infer<typeof ReportSchema>;

export { ConcernSchema };
