/** The UK-health identifier set: post-level and span-level confidentiality figures. */
import type { Evidence } from '../../src/model/finding.js';
import { DEFAULT_SEED, generateIdentifierSet, type IdentifierItem } from '../generate-identifiers.js';
import { flaggedFor, isFlagged, rawEvidence, type Judgement } from '../judge.js';
import { binaryPRF, overlaps, ratio, spanScores } from '../metrics.js';
import { toPost } from '../post.js';
import { cell, type ErrorItem, type SetResult, type Table } from '../report.js';
import type { RunContext } from './context.js';

interface Scored {
  item: IdentifierItem;
  j: Judgement;
  /** Evidence of the reported confidentiality findings (none when the post is kept). */
  reported: Evidence[];
  /** Evidence of every confidentiality finding the rules raised, before scoring. */
  raw: Evidence[];
}

export function runIdentifiers(ctx: RunContext, seed = DEFAULT_SEED): SetResult {
  const all = generateIdentifierSet(seed);
  const items = all.filter((i) => ctx.splits.includes(i.split));
  const rows: Scored[] = items.map((item, index) => {
    const post = toPost({ id: item.id, text: item.text, set: 'identifiers', index });
    const j = ctx.judge(post);
    const reported = j.findings.filter((f) => f.concern === 'confidentiality').flatMap((f) => f.evidence);
    return { item, j, reported, raw: rawEvidence(post, 'confidentiality') };
  });
  const positives = rows.filter((s) => s.item.positive);
  const negatives = rows.filter((s) => !s.item.positive);

  const post = binaryPRF(
    rows.map((s) => s.item.positive),
    rows.map((s) => flaggedFor(s.j, 'confidentiality')),
  );
  const spansReported = spanScores(rows.map((s) => ({ expected: s.item.spans, predicted: s.reported })));
  const spansRaw = spanScores(rows.map((s) => ({ expected: s.item.spans, predicted: s.raw })));
  const decoyHits = (pick: (s: Scored) => Evidence[]) => {
    const decoys = negatives.flatMap((s) => s.item.decoys.map((d) => ({ d, ev: pick(s) })));
    return ratio(decoys.filter((x) => x.ev.some((e) => overlaps(e, x.d))).length, decoys.length);
  };

  const summary: Table = {
    title: 'Identifier set: post level (a post is predicted when flagged with a confidentiality finding)',
    columns: ['metric', 'value'],
    rows: [
      { label: 'posts (positive / hard negative)', cells: [cell.text(`${rows.length} (${positives.length} / ${negatives.length})`)] },
      { label: 'precision', cells: [cell.ratio(post.precision)] },
      { label: 'recall', cells: [cell.ratio(post.recall)] },
      { label: 'F1', cells: [cell.num(post.f1)] },
      { label: 'positives recommended delete', cells: [cell.ratio(ratio(positives.filter((s) => s.j.recommendation === 'delete').length, positives.length))] },
      { label: 'hard negatives flagged for any concern', cells: [cell.pct(ratio(negatives.filter((s) => isFlagged(s.j)).length, negatives.length))] },
      { label: 'span recall (reported findings)', cells: [cell.ratio(spansReported.recall)] },
      { label: 'span precision (reported findings)', cells: [cell.ratio(spansReported.precision)] },
      { label: 'span F1 (reported findings)', cells: [cell.num(spansReported.f1)] },
      { label: 'span recall (raw detector, before scoring)', cells: [cell.ratio(spansRaw.recall)] },
      { label: 'span precision (raw detector, before scoring)', cells: [cell.ratio(spansRaw.precision)] },
      { label: 'decoy spans hit (reported / raw detector)', cells: [cell.text(`${decoyHits((s) => s.reported).num} / ${decoyHits((s) => s.raw).num} of ${decoyHits((s) => s.raw).den}`)] },
    ],
  };

  const families = [...new Set(rows.map((s) => s.item.family))];
  const familyTable: Table = {
    title: 'Identifier set, per template family (positives: share flagged for confidentiality; negatives: share flagged at all)',
    columns: ['family', 'posts', 'flagged', 'span recall (reported)', 'span recall (raw)'],
    rows: families.map((f) => {
      const group = rows.filter((s) => s.item.family === f);
      const positive = group[0]!.item.positive;
      const flagged = ratio(group.filter((s) => (positive ? flaggedFor(s.j, 'confidentiality') : isFlagged(s.j))).length, group.length);
      const rep = spanScores(group.map((s) => ({ expected: s.item.spans, predicted: s.reported })));
      const raw = spanScores(group.map((s) => ({ expected: s.item.spans, predicted: s.raw })));
      return { label: f, cells: [cell.int(group.length), cell.ratio(flagged), positive ? cell.ratio(rep.recall) : cell.text(''), positive ? cell.ratio(raw.recall) : cell.text('')] };
    }),
  };

  const types = [...new Set(positives.flatMap((s) => s.item.spans.map((x) => x.type)))].sort();
  const typeTable: Table = {
    title: 'Identifier set, span recall per identifier type',
    columns: ['type', 'spans', 'found (reported)', 'found (raw detector)'],
    rows: types.map((t) => {
      const per = (pick: (s: Scored) => Evidence[]) => spanScores(positives.map((s) => ({ expected: s.item.spans.filter((x) => x.type === t), predicted: pick(s) }))).recall;
      const rep = per((s) => s.reported);
      return { label: t, cells: [cell.int(rep.den), cell.ratio(rep), cell.ratio(per((s) => s.raw))] };
    }),
  };

  const errors: ErrorItem[] = [];
  for (const s of rows) {
    const predicted = `${s.j.recommendation}(${s.j.score})${s.j.concerns.length ? `[${s.j.concerns.join(',')}]` : ''}`;
    const spans = s.item.spans.map((x) => `${x.type}="${s.item.text.slice(x.start, x.end)}"`).join(' ');
    if (s.item.positive && !flaggedFor(s.j, 'confidentiality')) errors.push({ id: `${s.item.id} (${s.item.family})`, reason: 'MISSED', gold: `${s.item.label} ${spans}`, predicted, text: s.item.text });
    else if (!s.item.positive && isFlagged(s.j)) errors.push({ id: `${s.item.id} (${s.item.family})`, reason: 'FALSE-FLAG', gold: 'keep', predicted, text: s.item.text });
  }
  return {
    set: 'identifiers',
    title: `UK-health identifier set (eval/generate-identifiers.ts, seed ${seed})`,
    skipped: null,
    size: rows.length,
    tables: [summary, familyTable, typeTable],
    headlines: [],
    notes: [
      `${all.length} generated posts; ${rows.length} evaluated (${ctx.splits.join(' + ')}).`,
      'A span is found when a confidentiality finding\'s evidence overlaps it. "Reported" = findings on the post as judged (kept posts carry none); "raw detector" = every confidentiality finding from checkPost, whatever the score.',
      'Quasi-identifier spans (age, place, occupation, ward, bed) are counted too, so span recall is lower than post recall by design.',
    ],
    errors,
    errorCount: errors.length,
  };
}
