import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import type { Report } from '../../src/model/report.js';
import { CSV_COLUMNS, EXCERPT_LENGTH, csvRenderer, excerpt, guardFormula, renderCsv } from '../../src/report/csv.js';
import { HOSTILE, cleanReport, flagged, sampleReport } from './sample-report.js';

function rows(csv: string): string[][] {
  return parse(csv, { bom: true, relax_column_count: false }) as string[][];
}

function withPosts(...texts: string[]): Report {
  const r = sampleReport();
  return { ...r, posts: texts.map((text, i) => flagged(text, [], { id: `t${i}`, score: 90 - i })) };
}

describe('csv report', () => {
  const csv = renderCsv(sampleReport());
  const table = rows(csv);

  it('has a header and one row per flagged post, leaving out kept and keep-decided posts', () => {
    expect(table[0]).toEqual([...CSV_COLUMNS]);
    const ids = table.slice(1).map((r) => r[1]);
    // delete list (score, then oldest), then review list with the still-present deletion first.
    expect(ids).toEqual(['del-top', 'del-older', 'del-newer', 'decided-deleted', 'overlap', 'specials']);
    expect(csv).not.toContain('KEPT-SENTINEL');
    expect(csv).not.toContain('DECIDED-KEEP-SENTINEL');
  });

  it('fills every column', () => {
    const byId = new Map(table.slice(1).map((r) => [r[1], Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, r[i]]))]));
    expect(byId.get('del-top')).toEqual({
      platform: 'x',
      id: 'del-top',
      url: 'https://x.com/sample_nurse/status/1004',
      date: '2019-11-12T08:05:00.000Z',
      recommendation: 'delete',
      score: '95',
      standards: '5.1; 9.1',
      concerns: 'confidentiality; trust',
      excerpt: 'Saw my patient Mrs X at Tesco, she was drunk again',
      decision: '',
    });
    expect(byId.get('del-older')?.url).toBe('');
    expect(byId.get('decided-deleted')?.decision).toBe('deleted');
  });

  it('is RFC 4180 with a byte-order mark for Excel', () => {
    expect(csv.startsWith('\uFEFFplatform,id,url,')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(csvRenderer.extension).toBe('csv');
  });

  it('quotes commas, quotes and line breaks so every cell reads back exactly', () => {
    const text = 'He said "no", then left,\nagain; 100% sure\r\nbye';
    const [, row] = rows(renderCsv(withPosts(text)));
    expect(row?.[8]).toBe('He said "no", then left, again; 100% sure bye');
    expect(row).toHaveLength(CSV_COLUMNS.length);
  });

  it('guards against formula injection in every text cell', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r', '\uFF1D']) {
      expect(guardFormula(`${start}SUM(A1)`)).toBe(`'${start}SUM(A1)`);
    }
    expect(guardFormula('fine =1')).toBe('fine =1');
    const hostile = ['=HYPERLINK("http://example.invalid","click")', '+1+2', '-2+3', '@SUM(1)', '=cmd|\' /C calc\'!A0'];
    const table = rows(renderCsv(withPosts(...hostile)));
    const excerpts = table.slice(1).map((r) => r[8]);
    expect(excerpts).toEqual(hostile.map((h) => `'${h}`));
    const r = sampleReport();
    const odd = { ...r, posts: [flagged('x', [], { id: '=1+1', platform: 'x', score: 80 })] };
    expect(rows(renderCsv(odd))[1]?.[1]).toBe("'=1+1");
  });

  it('never lets a cell start with a formula character (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (text) => {
        const [, row] = rows(renderCsv(withPosts(text)));
        for (const cell of row ?? []) expect(cell).not.toMatch(/^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/);
      }),
      { numRuns: 200 },
    );
  });

  it('shows hidden characters and cuts long text at a grapheme boundary', () => {
    const [, row] = rows(renderCsv(withPosts(HOSTILE.bidi)));
    expect(row?.[8]).toBe('pay [U+202E]evil[U+202C] to [U+2066]me[U+2069] [U+200F]ok');
    const long = `${'a'.repeat(EXCERPT_LENGTH - 2)}👩‍⚕️ and more`;
    const cut = excerpt(long);
    expect(cut.length).toBeLessThanOrEqual(EXCERPT_LENGTH);
    expect(cut.endsWith('\u2026')).toBe(true);
    expect(cut).not.toContain('\u200d\u2026'); // the emoji is whole or absent
    expect(excerpt('short')).toBe('short');
  });

  it('writes just the header when nothing was flagged, and the same bytes every time', () => {
    expect(rows(renderCsv(cleanReport()))).toEqual([[...CSV_COLUMNS]]);
    expect(renderCsv(sampleReport())).toBe(csv);
  });
});
