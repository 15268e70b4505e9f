/** Clinical sentences: ordinary clinical language that should all be kept. */
import { loadClinical } from '../data.js';
import { isFlagged } from '../judge.js';
import { bootstrapProportion, ratio, type Target } from '../metrics.js';
import { toPost } from '../post.js';
import { cell, headline, type ErrorItem, type SetResult } from '../report.js';
import type { RunContext } from './context.js';

export const CLINICAL_TARGET: Target = { op: '<', value: 0.01 };

export function runClinical(ctx: RunContext): SetResult {
  const lines = loadClinical();
  const judged = lines.map((text, index) => ({ text, index, j: ctx.judge(toPost({ id: `clinical-${String(index + 1).padStart(3, '0')}`, text, set: 'clinical', index })) }));
  const flags = judged.map((x) => isFlagged(x.j));
  const r = ratio(flags.filter(Boolean).length, flags.length);
  const byConcern = new Map<string, number>();
  for (const x of judged) for (const c of x.j.concerns) byConcern.set(c, (byConcern.get(c) ?? 0) + 1);
  const errors: ErrorItem[] = judged
    .filter((x) => isFlagged(x.j))
    .map((x) => ({ id: `clinical line ${x.index + 1}`, reason: 'FALSE-FLAG', gold: 'keep', predicted: `${x.j.recommendation}(${x.j.score})[${x.j.concerns.join(',')}]`, text: x.text }));
  return {
    set: 'clinical',
    title: 'Clinical sentences (tests/eval/clinical.txt)',
    skipped: null,
    size: lines.length,
    tables: [
      {
        title: 'Clinical sentences: every one should be kept',
        columns: ['metric', 'value'],
        rows: [
          { label: 'sentences', cells: [cell.int(lines.length)] },
          { label: 'false flags (delete or review)', cells: [cell.pct(r)] },
          { label: 'recommended delete', cells: [cell.int(judged.filter((x) => x.j.recommendation === 'delete').length)] },
          ...[...byConcern.entries()].sort().map(([c, n]) => ({ label: `flagged citing ${c}`, cells: [cell.int(n)] })),
        ],
      },
    ],
    headlines: [headline('clinical', 'false flags on clinical sentences', 'all', cell.pct(r), CLINICAL_TARGET, bootstrapProportion(flags, 1000, 7))],
    notes: ['The whole file is evaluated (it has no dev/test split).'],
    errors,
    errorCount: errors.length,
  };
}
