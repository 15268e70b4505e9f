/**
 * Public datasets from ../shared/datasets (evaluation only; never shipped, never trained on here).
 * Each adapter maps the dataset's labels onto hindsight's concerns and skips, with a message, when
 * its folder is absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { decodeHTML } from 'entities';
import type { Concern, Evidence } from '../../src/model/finding.js';
import { flaggedFor, isFlagged, rawEvidence, type Judgement } from '../judge.js';
import { binaryPRF, multiClass, ratio, spanScores, type Target } from '../metrics.js';
import { toPost } from '../post.js';
import { cell, headline, type ErrorItem, type SetResult, type Table } from '../report.js';
import type { RunContext } from './context.js';

export const OLID_TARGET: Target = { op: '>=', value: 0.75 };

function skipped(set: string, title: string, why: string): SetResult {
  return { set, title, skipped: why, size: 0, tables: [], headlines: [], notes: [], errors: [], errorCount: 0 };
}

function missing(ctx: RunContext, folder: string, files: string[]): string | null {
  const dir = join(ctx.shared, 'datasets', folder);
  if (!existsSync(dir)) return `${dir} is absent (the shared datasets are not on this machine)`;
  const absent = files.filter((f) => !existsSync(join(dir, f)));
  return absent.length ? `${dir} lacks ${absent.join(', ')}` : null;
}

const describe = (j: Judgement) => `${j.recommendation}(${j.score})${j.concerns.length ? `[${j.concerns.join(',')}]` : ''}`;

function capped(errors: ErrorItem[], cap: number): { errors: ErrorItem[]; errorCount: number } {
  return { errors: errors.slice(0, cap), errorCount: errors.length };
}

function readTsv(path: string): Record<string, string>[] {
  const lines = readFileSync(path, 'utf8').replace(/\r/g, '').split('\n').filter(Boolean);
  const head = lines[0]!.split('\t');
  return lines.slice(1).map((l) => {
    const cells = l.split('\t');
    return Object.fromEntries(head.map((h, i) => [h, cells[i] ?? '']));
  });
}

function readCsv(path: string): Record<string, string>[] {
  return parse(readFileSync(path, 'utf8'), { columns: true, skip_empty_lines: true, relax_quotes: true, bom: true }) as Record<string, string>[];
}

// ---------------------------------------------------------------------------------------------

export function runOlid(ctx: RunContext): SetResult {
  const title = 'OLID test A (offensive language, Zampieri et al. 2019)';
  const why = missing(ctx, 'olid', ['testset-levela.tsv', 'labels-levela.csv']);
  if (why) return skipped('olid', title, why);
  const dir = join(ctx.shared, 'datasets', 'olid');
  const tweets = readTsv(join(dir, 'testset-levela.tsv'));
  const labels = new Map(readCsv(join(dir, 'labels-levela.csv')).map((r) => [r.id!, r.label!]));
  const labelsB = existsSync(join(dir, 'labels-levelb.csv')) ? new Map(readCsv(join(dir, 'labels-levelb.csv')).map((r) => [r.id!, r.label!])) : new Map<string, string>();
  const rows = tweets.map((t, index) => {
    const label = labels.get(t.id!);
    if (label !== 'OFF' && label !== 'NOT') throw new Error(`OLID: no level-A label for tweet ${t.id}`);
    const gold: 'OFF' | 'NOT' = label;
    const j = ctx.judge(toPost({ id: `olid-${t.id}`, text: t.tweet!, set: 'olid', index }));
    const pred: 'OFF' | 'NOT' = flaggedFor(j, 'communication', 'discrimination') ? 'OFF' : 'NOT';
    return { id: t.id!, text: t.tweet!, gold, pred, j, b: labelsB.get(t.id!) };
  });
  const m = multiClass<'OFF' | 'NOT'>(
    ['OFF', 'NOT'],
    rows.map((r) => r.gold),
    rows.map((r) => r.pred),
  );
  const byB = (b: string) => {
    const g = rows.filter((r) => r.b === b);
    return ratio(g.filter((r) => r.pred === 'OFF').length, g.length);
  };
  const table: Table = {
    title: 'OLID test A: predicted OFF = flagged with a communication or discrimination finding',
    columns: ['class', 'gold tweets', 'precision', 'recall', 'F1'],
    rows: [
      ...(['OFF', 'NOT'] as const).map((c) => ({ label: c, cells: [cell.int(m.perClass[c].support), cell.ratio(m.perClass[c].precision), cell.ratio(m.perClass[c].recall), cell.num(m.perClass[c].f1)] })),
      { label: 'macro-F1', cells: [cell.int(rows.length), cell.text(''), cell.text(''), cell.num(m.macroF1)] },
      { label: 'accuracy', cells: [cell.int(rows.length), cell.text(''), cell.text(''), cell.ratio(m.accuracy)] },
      ...(labelsB.size ? [{ label: 'level B: targeted insults (TIN) predicted OFF', cells: [cell.int(byB('TIN').den), cell.text(''), cell.ratio(byB('TIN')), cell.text('')] }] : []),
      ...(labelsB.size ? [{ label: 'level B: untargeted profanity (UNT) predicted OFF', cells: [cell.int(byB('UNT').den), cell.text(''), cell.ratio(byB('UNT')), cell.text('')] }] : []),
      { label: 'NOT tweets flagged for any concern', cells: [cell.int(m.perClass.NOT.support), cell.text(''), cell.ratio(ratio(rows.filter((r) => r.gold === 'NOT' && isFlagged(r.j)).length, m.perClass.NOT.support)), cell.text('')] },
    ],
  };
  const errors = rows
    .filter((r) => r.gold !== r.pred)
    .map((r) => ({ id: `olid-${r.id}`, reason: r.gold === 'OFF' ? 'MISSED-OFF' : 'FALSE-OFF', gold: r.b ? `${r.gold}/${r.b}` : r.gold, predicted: describe(r.j), text: r.text }));
  return {
    set: 'olid',
    title,
    skipped: null,
    size: rows.length,
    tables: [table],
    headlines: [headline('olid', 'OLID test A macro-F1 (OFF vs NOT)', 'test A', cell.num(m.macroF1), OLID_TARGET)],
    notes: [
      'Licence: the mirror repository is CC BY 4.0; the OLID README states none. Evaluation only; cite Zampieri et al. 2019. Tweets are US political Twitter with @USER/URL masked, so the mapping to a registrant\'s posts is loose.',
    ],
    ...capped(errors, ctx.errorCap),
  };
}

// ---------------------------------------------------------------------------------------------

export function runDavidson(ctx: RunContext): SetResult {
  const title = 'Davidson et al. 2017 (hate / offensive / neither)';
  const why = missing(ctx, 'davidson', ['labeled_data.csv']);
  if (why) return skipped('davidson', title, why);
  const records = readCsv(join(ctx.shared, 'datasets', 'davidson', 'labeled_data.csv'));
  const rows = records.map((r, index) => {
    const text = decodeHTML(r.tweet ?? '');
    const j = ctx.judge(toPost({ id: `davidson-${r['']}`, text, set: 'davidson', index }));
    return { id: r['']!, text, cls: Number(r.class), unanimousHate: Number(r.hate_speech) === Number(r.count), j };
  });
  const share = (cls: number, hit: (j: Judgement) => boolean, extra: (r: (typeof rows)[number]) => boolean = () => true) => {
    const g = rows.filter((r) => r.cls === cls && extra(r));
    return ratio(g.filter((r) => hit(r.j)).length, g.length);
  };
  const disc = (j: Judgement) => flaggedFor(j, 'discrimination');
  const comm = (j: Judgement) => flaggedFor(j, 'communication');
  const either = (j: Judgement) => flaggedFor(j, 'communication', 'discrimination');
  const hateVsRest = binaryPRF(
    rows.map((r) => r.cls === 0),
    rows.map((r) => disc(r.j)),
  );
  const table: Table = {
    title: 'Davidson: how each class is judged (flagged = delete or review)',
    columns: ['class → outcome', 'share'],
    rows: [
      { label: 'hate → flagged citing discrimination', cells: [cell.ratio(share(0, disc))] },
      { label: 'hate → flagged citing discrimination or communication', cells: [cell.ratio(share(0, either))] },
      { label: 'hate (unanimous coders) → flagged citing discrimination', cells: [cell.ratio(share(0, disc, (r) => r.unanimousHate))] },
      { label: 'offensive → flagged citing communication', cells: [cell.ratio(share(1, comm))] },
      { label: 'offensive → flagged citing communication or discrimination', cells: [cell.ratio(share(1, either))] },
      { label: 'offensive → flagged citing discrimination', cells: [cell.ratio(share(1, disc))] },
      { label: 'neither → kept', cells: [cell.ratio(share(2, (j) => !isFlagged(j)))] },
      { label: 'hate vs rest, discrimination finding: precision', cells: [cell.ratio(hateVsRest.precision)] },
      { label: 'hate vs rest, discrimination finding: recall', cells: [cell.ratio(hateVsRest.recall)] },
      { label: 'hate vs rest, discrimination finding: F1', cells: [cell.num(hateVsRest.f1)] },
    ],
  };
  const errors: ErrorItem[] = [];
  for (const r of rows) {
    const name = ['hate', 'offensive', 'neither'][r.cls] ?? String(r.cls);
    if (r.cls === 0 && !disc(r.j)) errors.push({ id: `davidson-${r.id}`, reason: 'HATE-NOT-DISCRIMINATION', gold: name, predicted: describe(r.j), text: r.text });
    else if (r.cls === 1 && !either(r.j)) errors.push({ id: `davidson-${r.id}`, reason: 'OFFENSIVE-KEPT', gold: name, predicted: describe(r.j), text: r.text });
    else if (r.cls === 2 && isFlagged(r.j)) errors.push({ id: `davidson-${r.id}`, reason: 'NEITHER-FLAGGED', gold: name, predicted: describe(r.j), text: r.text });
  }
  return {
    set: 'davidson',
    title,
    skipped: null,
    size: rows.length,
    tables: [table],
    headlines: [],
    notes: [
      'Licence: repository MIT; the tweets are Twitter content, for evaluation only, not for redistribution in the product. Cite Davidson et al. 2017.',
      'Caveat: sampled with a Hatebase slur lexicon, and "offensive" is mostly US slang and sexual insults, so it over-represents slurs; annotators often labelled reclaimed or in-group use as hate or offensive.',
    ],
    ...capped(errors, ctx.errorCap),
  };
}

// ---------------------------------------------------------------------------------------------

export function runConstraint(ctx: RunContext): SetResult {
  const title = 'CONSTRAINT 2021 COVID-19 fake news, test set (Patwa et al.)';
  const why = missing(ctx, 'constraint_covid_fakenews', ['english_test_with_labels.csv']);
  if (why) return skipped('constraint', title, why);
  const records = readCsv(join(ctx.shared, 'datasets', 'constraint_covid_fakenews', 'english_test_with_labels.csv'));
  const rows = records.map((r, index) => {
    const j = ctx.judge(toPost({ id: `constraint-${r.id}`, text: r.tweet ?? '', set: 'constraint', index }));
    return { id: r.id!, text: r.tweet ?? '', gold: r.label === 'fake' ? ('fake' as const) : ('real' as const), pred: flaggedFor(j, 'accuracy') ? ('fake' as const) : ('real' as const), j };
  });
  const m = multiClass<'fake' | 'real'>(
    ['fake', 'real'],
    rows.map((r) => r.gold),
    rows.map((r) => r.pred),
  );
  const table: Table = {
    title: 'CONSTRAINT test: predicted fake = flagged with an accuracy finding',
    columns: ['class', 'gold posts', 'precision', 'recall', 'F1'],
    rows: [
      ...(['fake', 'real'] as const).map((c) => ({ label: c, cells: [cell.int(m.perClass[c].support), cell.ratio(m.perClass[c].precision), cell.ratio(m.perClass[c].recall), cell.num(m.perClass[c].f1)] })),
      { label: 'accuracy', cells: [cell.int(rows.length), cell.text(''), cell.text(''), cell.ratio(m.accuracy)] },
      { label: 'macro-F1', cells: [cell.int(rows.length), cell.text(''), cell.text(''), cell.num(m.macroF1)] },
      { label: 'real posts flagged for any concern', cells: [cell.int(m.perClass.real.support), cell.text(''), cell.ratio(ratio(rows.filter((r) => r.gold === 'real' && isFlagged(r.j)).length, m.perClass.real.support)), cell.text('')] },
    ],
  };
  const errors = rows
    .filter((r) => r.gold !== r.pred)
    .map((r) => ({ id: `constraint-${r.id}`, reason: r.gold === 'fake' ? 'MISSED-FAKE' : 'FALSE-FAKE', gold: r.gold, predicted: describe(r.j), text: r.text }));
  return {
    set: 'constraint',
    title,
    skipped: null,
    size: rows.length,
    tables: [table],
    headlines: [],
    notes: [
      'Licence: the dataset carries no licence from its authors (distributed via CodaLab; the mirror repository is MIT for code): evaluation only, never train shipped weights on it. Cite Patwa et al. 2021.',
      'Caveat: "real" posts are mostly official health-agency tweets and "fake" posts are fact-checked claims, many of them headlines rather than personal posts; many fakes are not health claims a rule list would know.',
    ],
    ...capped(errors, ctx.errorCap),
  };
}

// ---------------------------------------------------------------------------------------------

const PRESIDIO_TYPES = ['PERSON', 'PHONE_NUMBER', 'EMAIL_ADDRESS', 'DATE_TIME'] as const;

interface PresidioSample {
  full_text: string;
  spans: { entity_type: string; entity_value: string; start_position: number; end_position: number }[];
}

export function runPresidio(ctx: RunContext): SetResult {
  const title = 'Presidio synthetic PII (microsoft/presidio-research)';
  const why = missing(ctx, 'presidio_synth_pii', ['synth_dataset_v2.json']);
  if (why) return skipped('presidio', title, why);
  const samples = JSON.parse(readFileSync(join(ctx.shared, 'datasets', 'presidio_synth_pii', 'synth_dataset_v2.json'), 'utf8')) as PresidioSample[];
  const concern: Concern = 'confidentiality';
  const rows = samples.map((s, index) => {
    const post = toPost({ id: `presidio-${index}`, text: s.full_text, set: 'presidio', index });
    const j = ctx.judge(post);
    const reported: Evidence[] = j.findings.filter((f) => f.concern === concern).flatMap((f) => f.evidence);
    const wanted = s.spans.filter((x) => (PRESIDIO_TYPES as readonly string[]).includes(x.entity_type)).map((x) => ({ start: x.start_position, end: x.end_position, type: x.entity_type }));
    const anyPii = s.spans.map((x) => ({ start: x.start_position, end: x.end_position }));
    return { index, text: s.full_text, j, reported, raw: rawEvidence(post, concern), wanted, anyPii };
  });
  const post = binaryPRF(
    rows.map((r) => r.wanted.length > 0),
    rows.map((r) => flaggedFor(r.j, concern)),
  );
  const span = (pick: (r: (typeof rows)[number]) => Evidence[], type?: string) =>
    spanScores(rows.map((r) => ({ expected: type ? r.wanted.filter((w) => w.type === type) : r.wanted, predicted: pick(r) })));
  // Precision counts evidence overlapping any gold PII span (an address is not a wrong hit).
  const precisionAny = (pick: (r: (typeof rows)[number]) => Evidence[]) => spanScores(rows.map((r) => ({ expected: r.anyPii, predicted: pick(r) }))).precision;
  const table: Table = {
    title: 'Presidio synthetic: PERSON / PHONE_NUMBER / EMAIL_ADDRESS / DATE_TIME',
    columns: ['metric', 'reported findings', 'raw detector'],
    rows: [
      { label: 'sentences with one of the four types', cells: [cell.text(`${post.support} of ${rows.length}`), cell.text('')] },
      { label: 'post level (flagged for confidentiality): precision', cells: [cell.ratio(post.precision), cell.text('')] },
      { label: 'post level: recall', cells: [cell.ratio(post.recall), cell.text('')] },
      { label: 'post level: F1', cells: [cell.num(post.f1), cell.text('')] },
      { label: 'span recall, all four types', cells: [cell.ratio(span((r) => r.reported).recall), cell.ratio(span((r) => r.raw).recall)] },
      ...PRESIDIO_TYPES.map((t) => ({ label: `span recall, ${t}`, cells: [cell.ratio(span((r) => r.reported, t).recall), cell.ratio(span((r) => r.raw, t).recall)] })),
      { label: 'span precision (evidence overlapping any gold PII span)', cells: [cell.ratio(precisionAny((r) => r.reported)), cell.ratio(precisionAny((r) => r.raw))] },
    ],
  };
  const errors = rows
    .filter((r) => (r.wanted.length > 0) !== flaggedFor(r.j, concern))
    .map((r) => ({
      id: `presidio-${r.index}`,
      reason: r.wanted.length ? 'NOT-FLAGGED' : 'FLAGGED-WITHOUT-PII',
      gold: r.wanted.map((w) => `${w.type}="${r.text.slice(w.start, w.end)}"`).join(' ') || 'none',
      predicted: describe(r.j),
      text: r.text,
    }));
  return {
    set: 'presidio',
    title,
    skipped: null,
    size: rows.length,
    tables: [table],
    headlines: [],
    notes: [
      'Licence: MIT. Cite microsoft/presidio-research.',
      'Caveat: US-centric sentences with no care context ("My name is … and my number is …"). hindsight flags identifiers of service users, so a low post-level recall here is expected and right; the raw-detector column shows whether the identifiers are recognised at all.',
    ],
    ...capped(errors, ctx.errorCap),
  };
}
