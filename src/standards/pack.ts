import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { ConcernSchema, type Concern } from '../model/finding.js';
import { HindsightError } from '../errors.js';

/** A regulator's document a pack cites besides the standards themselves (its social media guidance). */
export const GuidanceCitationSchema = z.object({
  title: z.string(),
  /** ISO date (or year) of the version cited. */
  date: z.string().optional(),
  url: z.string(),
});

/** A standards pack is data: a regulator's clauses and which topics map to which clauses. */
export const StandardsPackSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string(),
  regulator: z.string(),
  document: z.string(),
  date: z.string(),
  source: z.string(),
  note: z.string().optional(),
  /** The regulator's guidance on social media (or similar) that the pack draws on. */
  guidance: z.array(GuidanceCitationSchema).optional(),
  clauses: z
    .array(
      z.object({
        number: z.string(),
        heading: z.string(),
        text: z.string(),
        /** The regulator's page the wording belongs to, where it differs from the pack's `source`. */
        source: z.string().optional(),
        /**
         * Where the wording was actually read, when the regulator's own page could not be read in
         * full: copies of the regulator's text (a transcription, a quoting page), so the quote can be
         * checked. Absent when the wording was read on the regulator's own site.
         */
        readAt: z.array(z.string().url()).min(1).optional(),
      }),
    )
    .min(1),
  /** Fallback clauses for a concern when a topic is not listed. */
  concerns: z.record(ConcernSchema, z.array(z.string()).min(1)),
  topics: z.record(z.string(), z.array(z.string()).min(1)),
});
export type StandardsPack = z.infer<typeof StandardsPackSchema>;

export const BUILTIN_PACKS = ['hcpc', 'nmc', 'gmc', 'gphc', 'swe'] as const;
export const DEFAULT_PACK = 'hcpc';

const cache = new Map<string, StandardsPack>();

export function loadPack(id: string = DEFAULT_PACK): StandardsPack {
  const cached = cache.get(id);
  if (cached) return cached;
  if (!(BUILTIN_PACKS as readonly string[]).includes(id)) {
    throw new HindsightError(`unknown standards pack "${id}"; available: ${BUILTIN_PACKS.join(', ')}`, { exitCode: 2 });
  }
  const url = new URL(`./packs/${id}.json`, import.meta.url);
  const pack = StandardsPackSchema.parse(JSON.parse(readFileSync(url, 'utf8')));
  checkPack(pack);
  cache.set(id, pack);
  return pack;
}

/** Every clause a pack maps to must exist in the pack, so a report never cites a clause it cannot quote. */
function checkPack(pack: StandardsPack): void {
  const numbers = new Set(pack.clauses.map((c) => c.number));
  const mapped = [...Object.values(pack.concerns), ...Object.values(pack.topics)].flat();
  const missing = mapped.filter((n) => !numbers.has(n));
  if (missing.length) throw new Error(`standards pack ${pack.id} maps to unknown clauses: ${missing.join(', ')}`);
}

/** The clauses a finding of this concern and topic cites under the pack. */
export function clausesFor(pack: StandardsPack, concern: Concern, topic: string): string[] {
  return pack.topics[topic] ?? pack.concerns[concern] ?? [];
}

export function clauseText(pack: StandardsPack, number: string): string | undefined {
  return pack.clauses.find((c) => c.number === number)?.text;
}
