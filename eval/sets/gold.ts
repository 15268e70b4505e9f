/** The gold set: per-concern and per-level figures, recall by level, false flags, right concern. */
import { CONCERNS, type Concern, type Recommendation } from '../../src/model/finding.js';
import { loadDevExtra, loadGold, type GoldItem, type Split } from '../data.js';
import { flaggedFor, isFlagged, type Judgement } from '../judge.js';
import { binaryPRF, bootstrapProportion, confusionMatrix, multiClass, ratio, type Ratio, type Target } from '../metrics.js';
import { toPost } from '../post.js';
import { cell, headline, type ErrorItem, type Headline, type SetResult, type Table } from '../report.js';
import type { RunContext } from './context.js';

export const GOLD_TARGETS = {
  deleteRecall: { op: '>=', value: 0.95 },
  reviewRecall: { op: '>=', value: 0.85 },
  falseFlags: { op: '<=', value: 0.03 },
  rightConcern: { op: '>=', value: 0.9 },
} as const satisfies Record<string, Target>;

const LEVELS: readonly Recommendation[] = ['delete', 'review', 'keep'];

export interface Scored {
  item: GoldItem;
  j: Judgement;
}

function outcomes(rows: Scored[], include: (s: Scored) => boolean, hit: (s: Scored) => boolean): boolean[] {
  return rows.filter(include).map(hit);
}

function asRatio(o: boolean[]): Ratio {
  return ratio(o.filter(Boolean).length, o.length);
}

const isPositive = (s: Scored) => s.item.label !== 'keep';
const rightConcern = (s: Scored) => s.j.concerns.some((c) => s.item.concerns.includes(c));
const allConcerns = (s: Scored) => s.item.concerns.every((c) => s.j.concerns.includes(c));

/** The four headline outcome vectors of one subset (each entry one post). */
export function goldOutcomes(rows: Scored[]) {
  return {
    deleteCaught: outcomes(rows, (s) => s.item.label === 'delete', (s) => isFlagged(s.j)),
    deleteExact: outcomes(rows, (s) => s.item.label === 'delete', (s) => s.j.recommendation === 'delete'),
    reviewCaught: outcomes(rows, (s) => s.item.label === 'review', (s) => isFlagged(s.j)),
    keepFlagged: outcomes(rows, (s) => s.item.label === 'keep', (s) => isFlagged(s.j)),
    rightConcern: outcomes(rows, (s) => isPositive(s) && isFlagged(s.j), rightConcern),
    allConcerns: outcomes(rows, (s) => isPositive(s) && isFlagged(s.j), allConcerns),
  };
}

function splitRows(rows: Scored[], split: Split | 'all'): Scored[] {
  return split === 'all' ? rows : rows.filter((s) => s.item.split === split);
}

export function runGold(ctx: RunContext): SetResult {
  const all = [...loadGold(), ...loadDevExtra()];
  const selected = all.filter((item) => ctx.splits.includes(item.split));
  const rows: Scored[] = selected.map((item, index) => ({
    item,
    j: ctx.judge(toPost({ id: item.id, text: item.text, kind: item.kind, media: item.media, set: 'gold', index })),
  }));

  // Columns: each selected split, plus both together when both are selected.
  const columns: (Split | 'all')[] = ctx.splits.length === 2 ? ['dev', 'test', 'all'] : [ctx.splits[0]!];
  const primary: Split | 'all' = ctx.splits.includes('test') ? 'test' : 'dev';
  const per = new Map(columns.map((c) => [c, goldOutcomes(splitRows(rows, c))]));

  const headlineTable: Table = {
    title: 'Gold set: headline figures',
    columns: ['metric', ...columns],
    rows: [
      { label: 'recall on delete-level posts (flagged at all)', cells: columns.map((c) => cell.ratio(asRatio(per.get(c)!.deleteCaught))) },
      { label: 'delete-level posts recommended delete', cells: columns.map((c) => cell.ratio(asRatio(per.get(c)!.deleteExact))) },
      { label: 'recall on review-level posts (flagged at all)', cells: columns.map((c) => cell.ratio(asRatio(per.get(c)!.reviewCaught))) },
      { label: 'false flags (% of keep posts)', cells: columns.map((c) => cell.pct(asRatio(per.get(c)!.keepFlagged))) },
      { label: 'right concern cited (of caught positives)', cells: columns.map((c) => cell.ratio(asRatio(per.get(c)!.rightConcern))) },
      { label: 'every gold concern cited (of caught positives)', cells: columns.map((c) => cell.ratio(asRatio(per.get(c)!.allConcerns))) },
    ],
  };

  const tables: Table[] = [headlineTable];
  for (const split of columns) {
    const sub = splitRows(rows, split);
    tables.push(concernTable(sub, split), levelTable(sub, split));
  }
  tables.push(confusionTable(rows, columns.at(-1)!), tagTable(rows, columns.at(-1)!));

  const p = per.get(primary)!;
  const seed = 6;
  const headlines: Headline[] = [
    headline('gold', 'recall on delete-level posts', primary, cell.ratio(asRatio(p.deleteCaught)), GOLD_TARGETS.deleteRecall, bootstrapProportion(p.deleteCaught, 1000, seed)),
    headline('gold', 'recall on review-level posts', primary, cell.ratio(asRatio(p.reviewCaught)), GOLD_TARGETS.reviewRecall, bootstrapProportion(p.reviewCaught, 1000, seed)),
    headline('gold', 'false flags (% of keep posts)', primary, cell.pct(asRatio(p.keepFlagged)), GOLD_TARGETS.falseFlags, bootstrapProportion(p.keepFlagged, 1000, seed)),
    headline('gold', 'right concern cited (caught positives)', primary, cell.ratio(asRatio(p.rightConcern)), GOLD_TARGETS.rightConcern, bootstrapProportion(p.rightConcern, 1000, seed)),
  ];

  const errors: ErrorItem[] = [];
  for (const s of rows) {
    const reason = errorReason(s);
    if (!reason) continue;
    errors.push({
      id: `${s.item.id} (${s.item.split}, ${s.item.tag})`,
      reason,
      gold: `${s.item.label}${s.item.concerns.length ? `[${s.item.concerns.join(',')}]` : ''}`,
      predicted: `${s.j.recommendation}(${s.j.score})${s.j.concerns.length ? `[${s.j.concerns.join(',')}]` : ''}`,
      text: s.item.text,
    });
  }
  const failures = rows.filter((s) => s.j.error).length;
  const notes = [
    `${all.length} items in tests/eval/gold.jsonl and tests/eval/dev/; ${selected.length} evaluated (${ctx.splits.join(' + ')}). Targets are judged on the ${primary} split.`,
    '"Flagged" = recommendation delete or review. "Right concern" = at least one cited concern is a gold concern.',
  ];
  if (failures) notes.push(`${failures} posts made the pipeline throw; they count as kept.`);
  return { set: 'gold', title: 'Gold set (tests/eval/gold.jsonl)', skipped: null, size: selected.length, tables, headlines, notes, errors, errorCount: errors.length };
}

function errorReason(s: Scored): string | null {
  const flagged = isFlagged(s.j);
  if (s.item.label === 'keep') return flagged ? 'FALSE-FLAG' : null;
  if (!flagged) return `MISSED-${s.item.label.toUpperCase()}`;
  if (!rightConcern(s)) return 'WRONG-CONCERN';
  if (s.item.label !== s.j.recommendation) return s.item.label === 'delete' ? 'UNDER-LEVEL' : 'OVER-LEVEL';
  return null;
}

function concernTable(rows: Scored[], split: string): Table {
  return {
    title: `Gold set, per concern (${split}): a post is predicted for a concern when it is flagged with a finding of that concern`,
    columns: ['concern', 'gold posts', 'precision', 'recall', 'F1'],
    rows: CONCERNS.map((c: Concern) => {
      const r = binaryPRF(
        rows.map((s) => s.item.concerns.includes(c)),
        rows.map((s) => flaggedFor(s.j, c)),
      );
      return { label: c, cells: [cell.int(r.support), cell.ratio(r.precision), cell.ratio(r.recall), cell.num(r.f1)] };
    }),
  };
}

function levelTable(rows: Scored[], split: string): Table {
  const m = multiClass(
    LEVELS,
    rows.map((s) => s.item.label),
    rows.map((s) => s.j.recommendation),
  );
  const flagged = binaryPRF(
    rows.map(isPositive),
    rows.map((s) => isFlagged(s.j)),
  );
  return {
    title: `Gold set, per recommendation level (${split})`,
    columns: ['level', 'gold posts', 'precision', 'recall', 'F1'],
    rows: [
      ...LEVELS.map((l) => ({ label: l, cells: [cell.int(m.perClass[l].support), cell.ratio(m.perClass[l].precision), cell.ratio(m.perClass[l].recall), cell.num(m.perClass[l].f1)] })),
      { label: 'flagged (delete or review) vs keep', cells: [cell.int(flagged.support), cell.ratio(flagged.precision), cell.ratio(flagged.recall), cell.num(flagged.f1)] },
      { label: 'macro-F1 over the three levels', cells: [cell.text(''), cell.text(''), cell.text(''), cell.num(m.macroF1)] },
      { label: 'accuracy (exact level)', cells: [cell.int(rows.length), cell.text(''), cell.text(''), cell.ratio(m.accuracy)] },
    ],
  };
}

function confusionTable(rows: Scored[], split: string): Table {
  const sub = splitRows(rows, split as Split | 'all');
  const m = confusionMatrix(
    LEVELS,
    sub.map((s) => s.item.label),
    sub.map((s) => s.j.recommendation),
  );
  return {
    title: `Gold set, confusion of levels (${split}; rows gold, columns predicted)`,
    columns: ['gold \\ predicted', ...LEVELS],
    rows: LEVELS.map((l, i) => ({ label: l, cells: m[i]!.map((n) => cell.int(n)) })),
  };
}

/** Per phenomenon: false-flag rate for hard negatives, recall for positives. */
function tagTable(rows: Scored[], split: string): Table {
  const sub = splitRows(rows, split as Split | 'all');
  const tags = new Map<string, Scored[]>();
  for (const s of sub) tags.set(s.item.tag, [...(tags.get(s.item.tag) ?? []), s]);
  const keys = [...tags.keys()].sort((a, b) => {
    const pa = isPositive(tags.get(a)![0]!) ? 1 : 0;
    const pb = isPositive(tags.get(b)![0]!) ? 1 : 0;
    return pa - pb || a.localeCompare(b);
  });
  return {
    title: `Gold set, per phenomenon (${split}): hard negatives show the share flagged (want 0), positives the share caught (want 1)`,
    columns: ['phenomenon', 'kind', 'posts', 'flagged'],
    rows: keys.map((k) => {
      const group = tags.get(k)!;
      const positive = isPositive(group[0]!);
      return { label: k, cells: [cell.text(positive ? 'positive' : 'hard negative'), cell.int(group.length), cell.ratio(asRatio(group.map((s) => isFlagged(s.j))))] };
    }),
  };
}
