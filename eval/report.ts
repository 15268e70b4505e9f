/** Results of an evaluation run, and their rendering as Markdown tables (readable in a terminal too). */
import { meets, type Ratio, type Target } from './metrics.js';

export type Cell =
  | { kind: 'ratio'; value: Ratio }
  | { kind: 'pct'; value: Ratio }
  | { kind: 'num'; value: number | null }
  | { kind: 'int'; value: number }
  | { kind: 'text'; value: string };

export const cell = {
  ratio: (value: Ratio): Cell => ({ kind: 'ratio', value }),
  pct: (value: Ratio): Cell => ({ kind: 'pct', value }),
  num: (value: number | null): Cell => ({ kind: 'num', value }),
  int: (value: number): Cell => ({ kind: 'int', value }),
  text: (value: string): Cell => ({ kind: 'text', value }),
};

export interface Table {
  title: string;
  columns: string[];
  rows: { label: string; cells: Cell[] }[];
}

/** A figure with a project target: judged PASS/MISS. */
export interface Headline {
  set: string;
  metric: string;
  /** Which split or subset the figure is computed on. */
  on: string;
  cell: Cell;
  target: Target;
  /** 95% percentile-bootstrap interval (1,000 resamples, fixed seed), for proportions. */
  ci?: [number, number] | null;
  status: 'PASS' | 'MISS';
}

export interface ErrorItem {
  id: string;
  reason: string;
  gold: string;
  predicted: string;
  text: string;
}

export interface SetResult {
  set: string;
  title: string;
  /** Why the set was not run (its data folder is missing), or null. */
  skipped: string | null;
  size: number;
  tables: Table[];
  headlines: Headline[];
  notes: string[];
  errors: ErrorItem[];
  /** How many errors there were in all, when `errors` is capped. */
  errorCount: number;
}

export function cellValue(c: Cell): number | null {
  switch (c.kind) {
    case 'ratio':
    case 'pct':
      return c.value.value;
    case 'num':
      return c.value;
    case 'int':
      return c.value;
    case 'text':
      return null;
  }
}

export function headline(set: string, metric: string, on: string, c: Cell, target: Target, ci?: [number, number] | null): Headline {
  return { set, metric, on, cell: c, target, ...(ci !== undefined ? { ci } : {}), status: meets(cellValue(c), target) ? 'PASS' : 'MISS' };
}

const fixed = (n: number | null, digits = 3) => (n === null ? 'n/a' : n.toFixed(digits));
const pct = (n: number | null) => (n === null ? 'n/a' : `${(n * 100).toFixed(1)}%`);

export function formatCell(c: Cell): string {
  switch (c.kind) {
    case 'ratio':
      return `${fixed(c.value.value)} (${c.value.num}/${c.value.den})`;
    case 'pct':
      return `${pct(c.value.value)} (${c.value.num}/${c.value.den})`;
    case 'num':
      return fixed(c.value);
    case 'int':
      return String(c.value);
    case 'text':
      return c.value;
  }
}

export function formatTarget(t: Target, asPct: boolean): string {
  const v = asPct ? `${+(t.value * 100).toFixed(1)}%` : String(t.value);
  const op = t.op === '>=' ? '≥' : t.op === '<=' ? '≤' : t.op;
  return `${op} ${v}`;
}

function escapeCell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

export function renderTable(t: Table): string {
  const head = `| ${t.columns.map(escapeCell).join(' | ')} |`;
  const rule = `|${t.columns.map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`;
  const body = t.rows.map((r) => `| ${[r.label, ...r.cells.map(formatCell)].map(escapeCell).join(' | ')} |`);
  return [`**${t.title}**`, '', head, rule, ...body].join('\n');
}

export function renderHeadlines(rows: Headline[]): string {
  const t = [
    '| set | metric | on | value | 95% CI | target | status |',
    '|---|---|---|---:|---:|---:|---|',
    ...rows.map((h) => {
      const ci = h.ci ? (h.cell.kind === 'pct' ? `${pct(h.ci[0])}–${pct(h.ci[1])}` : `${fixed(h.ci[0])}–${fixed(h.ci[1])}`) : '';
      return `| ${h.set} | ${escapeCell(h.metric)} | ${h.on} | ${formatCell(h.cell)} | ${ci} | ${formatTarget(h.target, h.cell.kind === 'pct')} | ${h.status === 'PASS' ? 'PASS' : '**MISS**'} |`;
    }),
  ];
  return t.join('\n');
}

export function renderErrors(r: SetResult): string {
  if (r.errorCount === 0) return `_No errors in ${r.set}._`;
  const lines = r.errors.map((e) => `- \`${e.id}\` **${e.reason}** gold=${e.gold} predicted=${e.predicted}: ${truncate(e.text.replace(/\s+/g, ' '), 200)}`);
  if (r.errorCount > r.errors.length) lines.push(`- … and ${r.errorCount - r.errors.length} more`);
  return [`**${r.title}: ${r.errorCount} misclassified**`, '', ...lines].join('\n');
}

export function truncate(s: string, n: number): string {
  return s.length <= n ? s : `${s.slice(0, n - 1)}…`;
}

export function renderSet(r: SetResult, withErrors: boolean): string {
  const out: string[] = [`## ${r.title}`, ''];
  if (r.skipped) {
    out.push(`_Skipped: ${r.skipped}_`);
    return out.join('\n');
  }
  for (const t of r.tables) out.push(renderTable(t), '');
  for (const n of r.notes) out.push(`> ${n}`);
  if (r.notes.length) out.push('');
  if (withErrors) out.push(renderErrors(r), '');
  return out.join('\n').trimEnd();
}
