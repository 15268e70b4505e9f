/**
 * The project's own evaluation sets and where they live. Loading them touches no rule code, so the
 * harness test can check the data without judging anything.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join, resolve } from 'node:path';
import { z } from 'zod';
import { ConcernSchema, RecommendationSchema } from '../src/model/finding.js';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const GOLD_PATH = join(ROOT, 'tests', 'eval', 'gold.jsonl');
export const CLINICAL_PATH = join(ROOT, 'tests', 'eval', 'clinical.txt');
/**
 * More development items, one file per concern (tests/eval/dev/*.jsonl), written after the gold
 * set was split so rules can be widened on fresh phrasings without ever looking at the test split.
 * Every item there is dev; the gold set's test split stays the only figure that counts.
 */
export const DEV_EXTRA_DIR = join(ROOT, 'tests', 'eval', 'dev');

/** The shared datasets folder: ../shared next to the project, or $HINDSIGHT_SHARED_DIR. */
export function sharedDir(): string {
  return process.env.HINDSIGHT_SHARED_DIR ? resolve(process.env.HINDSIGHT_SHARED_DIR) : resolve(ROOT, '..', 'shared');
}

export const SplitSchema = z.enum(['dev', 'test']);
export type Split = z.infer<typeof SplitSchema>;

export const GoldItemSchema = z
  .object({
    id: z.string().regex(/^(?:gold-\d{4}|dev-[a-z]+-\d{3,4})$/),
    text: z.string().min(1),
    kind: z.enum(['post', 'reply', 'repost', 'like']).optional(),
    media: z.literal(true).optional(),
    concerns: z.array(ConcernSchema),
    label: RecommendationSchema,
    split: SplitSchema,
    /** The phenomenon the item tests (hard-negative type or breach type), for per-phenomenon figures. */
    tag: z.string().min(1),
    note: z.string().optional(),
  })
  .strict()
  .refine((item) => (item.label === 'keep') === (item.concerns.length === 0), {
    message: 'keep items have no concerns, and delete/review items have at least one',
  })
  .refine((item) => new Set(item.concerns).size === item.concerns.length, { message: 'a concern is listed twice' });
export type GoldItem = z.infer<typeof GoldItemSchema>;

/** One JSON line of a data file; a bad one is an error naming the file and line. */
export function parseLine(path: string, index: number, line: string): unknown {
  try {
    return JSON.parse(line);
  } catch (error) {
    throw new Error(`${path}:${index + 1}: not JSON (${(error as Error).message})`, { cause: error });
  }
}

/** Parses tests/eval/gold.jsonl (or any file of gold-set items), naming the line of any bad item. */
export function loadGold(path = GOLD_PATH): GoldItem[] {
  const lines = readFileSync(path, 'utf8').split('\n');
  const items: GoldItem[] = [];
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    const parsed = GoldItemSchema.safeParse(parseLine(path, i, line));
    if (!parsed.success) throw new Error(`${path}:${i + 1}: ${parsed.error.issues.map((x) => `${x.path.join('.')} ${x.message}`).join('; ')}`);
    items.push(parsed.data);
  });
  return items;
}

/** The extra dev items (tests/eval/dev/*.jsonl), each required to be in the dev split. */
export function loadDevExtra(dir = DEV_EXTRA_DIR): GoldItem[] {
  if (!existsSync(dir)) return [];
  const files = readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort();
  const items = files.flatMap((f) => loadGold(join(dir, f)).map((item) => ({ item, f })));
  for (const { item, f } of items) {
    if (item.split !== 'dev') throw new Error(`${join(dir, f)}: ${item.id} is in the ${item.split} split; extra items are dev only`);
    if (!item.id.startsWith('dev-')) throw new Error(`${join(dir, f)}: ${item.id} needs a dev- id`);
  }
  return items.map(({ item }) => item);
}

/** One sentence per line; blank lines and lines starting with # are skipped. */
export function loadClinical(path = CLINICAL_PATH): string[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
}

/** Text as a person would see it: case and spacing folded, for duplicate checks. */
export function normaliseText(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}
