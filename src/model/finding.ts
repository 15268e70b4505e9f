import { z } from 'zod';

export const ConcernSchema = z.enum([
  'discrimination',
  'boundaries',
  'communication',
  'accuracy',
  'confidentiality',
  'trust',
  'promotion',
]);
export type Concern = z.infer<typeof ConcernSchema>;
export const CONCERNS = ConcernSchema.options;

export const SeveritySchema = z.enum(['high', 'medium', 'low']);
export type Severity = z.infer<typeof SeveritySchema>;

export const RecommendationSchema = z.enum(['delete', 'review', 'keep']);
export type Recommendation = z.infer<typeof RecommendationSchema>;

/** A span of the post text: JavaScript string indices, end exclusive; `text` is post.text.slice(start, end). */
export const EvidenceSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

export const FindingSchema = z.object({
  ruleId: z.string(),
  concern: ConcernSchema,
  /** Finer topic, e.g. "boundaries.contact"; the standards pack maps topics to clauses. */
  topic: z.string(),
  /** Clause numbers of the chosen standards pack. */
  standards: z.array(z.string()),
  severity: SeveritySchema,
  confidence: z.number().min(0).max(1),
  message: z.string(),
  evidence: z.array(EvidenceSchema),
  /**
   * The finding is about one of the post's media rather than its text (its description or its
   * location): `index` into the post's `media`, and `evidence` spans of that media's `altText`.
   */
  media: z.object({ index: z.number().int().nonnegative(), evidence: z.array(EvidenceSchema) }).optional(),
});
export type Finding = z.infer<typeof FindingSchema>;
