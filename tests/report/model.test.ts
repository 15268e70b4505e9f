import { describe, expect, it } from 'vitest';
import {
  compareByScoreThenDate,
  evidenceSpans,
  formatUtc,
  locateEvidence,
  mergeSpans,
  naturalCompare,
  parseTimestamp,
  revealHidden,
  safeHttpUrl,
  segmentText,
  utcYear,
} from '../../src/report/model.js';
import { ev, post } from './sample-report.js';

describe('report model helpers', () => {
  it('compares clause numbers and years naturally', () => {
    expect(['9.1', '1.10', '1.9', '2.11', '1.6'].sort(naturalCompare)).toEqual(['1.6', '1.9', '1.10', '2.11', '9.1']);
    expect(['2021', '2009', 'unknown', '2015'].sort(naturalCompare)).toEqual(['2009', '2015', '2021', 'unknown']);
    expect(naturalCompare('a', 'a')).toBe(0);
  });

  it('formats timestamps as UTC, reading zone-less times as UTC', () => {
    expect(formatUtc('2021-03-04T12:05:09.123Z')).toBe('2021-03-04 12:05 UTC');
    expect(formatUtc('2021-03-04T12:05:09')).toBe('2021-03-04 12:05 UTC');
    expect(formatUtc('2021-03-04T00:30:00+01:00')).toBe('2021-03-03 23:30 UTC');
    expect(formatUtc('2021-03-04')).toBe('2021-03-04 00:00 UTC');
    expect(formatUtc('2021-02-30T00:00:00Z')).toBeNull();
    expect(formatUtc('Wed Oct 10 20:55:40 +0000 2018')).toBeNull();
    expect(utcYear('2019-12-31T23:30:00-01:00')).toBe('2020');
    expect(Number.isNaN(parseTimestamp(''))).toBe(true);
  });

  it('orders by score, then oldest first, undated last, then id', () => {
    const a = post({ id: 'a', score: 50, createdAt: '2020-01-01T00:00:00Z' });
    const b = post({ id: 'b', score: 50, createdAt: '2019-01-01T00:00:00Z' });
    const c = post({ id: 'c', score: 90, createdAt: '2022-01-01T00:00:00Z' });
    const d = post({ id: 'd', score: 50, createdAt: 'garbled' });
    const e = post({ id: 'e', score: 50, createdAt: '2019-01-01T00:00:00Z' });
    expect([a, b, c, d, e].sort(compareByScoreThenDate).map((p) => p.id)).toEqual(['c', 'b', 'e', 'a', 'd']);
  });

  it('merges overlapping and touching spans and drops empty ones', () => {
    expect(mergeSpans([{ start: 5, end: 8 }, { start: 0, end: 2 }, { start: 2, end: 3 }, { start: 6, end: 10 }, { start: 4, end: 4 }])).toEqual([
      { start: 0, end: 3 },
      { start: 5, end: 10 },
    ]);
  });

  it('cuts text into segments that cover it exactly', () => {
    const text = 'abcdefghij';
    const segs = segmentText(text, [{ start: 8, end: 20 }, { start: 0, end: 2 }, { start: 1, end: 4 }]);
    expect(segs).toEqual([
      { text: 'abcd', marked: true },
      { text: 'efgh', marked: false },
      { text: 'ij', marked: true },
    ]);
    expect(segs.map((s) => s.text).join('')).toBe(text);
    expect(segmentText('', [])).toEqual([{ text: '', marked: false }]);
  });

  it('trusts evidence offsets only when they match the evidence text', () => {
    const text = 'one two one';
    expect(locateEvidence(text, ev(text, 'one', 1))).toEqual({ start: 8, end: 11 });
    expect(locateEvidence(text, { start: 7, end: 9, text: 'one' })).toEqual({ start: 8, end: 11 });
    expect(locateEvidence(text, { start: 0, end: 3, text: 'six' })).toBeNull();
    expect(locateEvidence(text, { start: 9, end: 40, text: '' })).toBeNull();
    expect(evidenceSpans(text, [ev(text, 'one'), ev(text, 'two'), ev(text, 'one two')])).toEqual([{ start: 0, end: 7 }]);
  });

  it('widens spans to whole graphemes', () => {
    const text = 'e\u0301 ok'; // e + combining acute
    expect(evidenceSpans(text, [{ start: 0, end: 1, text: 'e' }])).toEqual([{ start: 0, end: 2 }]);
  });

  it('reveals bidi and other hidden characters', () => {
    const show = (l: string): string => `<${l}>`;
    expect(revealHidden('a\u202Eb\u2066c\u2069\u200Ed\u200Fe\u200Bf\u0000g\u0007', show)).toBe(
      'a<U+202E>b<U+2066>c<U+2069><U+200E>d<U+200F>e<U+200B>f<U+0000>g<U+0007>',
    );
    // Joiners are left alone: emoji sequences and many scripts need them.
    expect(revealHidden('👩\u200D⚕️', show)).toBe('👩\u200D⚕️');
  });

  it('accepts only http(s) URLs', () => {
    expect(safeHttpUrl('https://x.com/a')?.href).toBe('https://x.com/a');
    expect(safeHttpUrl(' http://x.com ')?.href).toBe('http://x.com/');
    for (const bad of ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'data:text/html,x', 'file:///etc/passwd', '//x.com', 'x.com', '', null]) {
      expect(safeHttpUrl(bad)).toBeNull();
    }
  });
});
