/**
 * `npx tsx eval/agreement.ts`: how far a second, independent annotator agrees with the gold labels.
 *
 * tests/eval/second-annotator.jsonl holds a second label (and concerns) for 300 gold posts drawn at
 * random (seed 20261125, both splits), given by an engineer who saw only the texts and the
 * labelling guide (docs/EVALUATION.md §1), never the gold labels or the rules. Prints Cohen's kappa
 * on the three levels and on flagged vs keep, the confusion of levels, and how often the two agree
 * on the first concern of posts both flagged.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { ConcernSchema, RecommendationSchema } from '../src/model/finding.js';
import { ROOT, loadGold, parseLine } from './data.js';
import { cohensKappa } from './metrics.js';

export const SECOND_PATH = join(ROOT, 'tests', 'eval', 'second-annotator.jsonl');

export const SecondLabelSchema = z.object({ id: z.string(), label: RecommendationSchema, concerns: z.array(ConcernSchema) }).strict();
export type SecondLabel = z.infer<typeof SecondLabelSchema>;

export function loadSecond(path = SECOND_PATH): SecondLabel[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l, i) => {
      const parsed = SecondLabelSchema.safeParse(parseLine(path, i, l));
      if (!parsed.success) throw new Error(`${path}:${i + 1}: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
      return parsed.data;
    });
}

const flagged = (label: string): 'flagged' | 'keep' => (label === 'keep' ? 'keep' : 'flagged');

export function agreementReport(): string {
  const gold = new Map(loadGold().map((g) => [g.id, g]));
  const second = loadSecond();
  const pairs = second.map((s) => {
    const g = gold.get(s.id);
    if (!g) throw new Error(`${SECOND_PATH}: ${s.id} is not a gold id`);
    return { g, s };
  });
  const r3 = (x: number | null): string => (x === null ? 'n/a' : x.toFixed(3));
  const lines = ['# Inter-annotator agreement', '', `${pairs.length} gold posts labelled again by a second annotator (${pairs.filter((p) => p.g.split === 'test').length} test, ${pairs.filter((p) => p.g.split === 'dev').length} dev).`, ''];
  lines.push('| on | items | observed agreement | Cohen\'s kappa |', '|---|---:|---:|---:|');
  for (const [name, part] of [['all', pairs], ['test', pairs.filter((p) => p.g.split === 'test')], ['dev', pairs.filter((p) => p.g.split === 'dev')]] as const) {
    const three = cohensKappa(part.map((p) => p.g.label), part.map((p) => p.s.label));
    const flag = cohensKappa(part.map((p) => flagged(p.g.label)), part.map((p) => flagged(p.s.label)));
    lines.push(`| ${name}: delete / review / keep | ${part.length} | ${r3(three.observed)} | ${r3(three.kappa)} |`);
    lines.push(`| ${name}: flagged vs keep | ${part.length} | ${r3(flag.observed)} | ${r3(flag.kappa)} |`);
  }
  const levels = ['delete', 'review', 'keep'] as const;
  lines.push('', '| gold \\ second | delete | review | keep |', '|---|---:|---:|---:|');
  for (const g of levels) lines.push(`| ${g} | ${levels.map((s) => pairs.filter((p) => p.g.label === g && p.s.label === s).length).join(' | ')} |`);
  const both = pairs.filter((p) => p.g.label !== 'keep' && p.s.label !== 'keep');
  const first = both.filter((p) => p.g.concerns[0] === p.s.concerns[0]).length;
  const any = both.filter((p) => p.g.concerns.some((c) => p.s.concerns.includes(c))).length;
  lines.push('', `Of ${both.length} posts both flagged: same first concern ${first} (${r3(first / Math.max(1, both.length))}), a concern in common ${any} (${r3(any / Math.max(1, both.length))}).`);
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    console.log(agreementReport());
  } catch (error) {
    console.error(`eval/agreement.ts: ${(error as Error).message}`);
    process.exit(1);
  }
}
