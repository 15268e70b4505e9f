/**
 * Checks the evaluation data and the harness's arithmetic. It judges nothing: how well the rules
 * do is what `npm run eval` reports, not a test to pass.
 */
import { describe, expect, it } from 'vitest';
import { CONCERNS } from '../../src/model/finding.js';
import { GoldItemSchema, loadClinical, loadDevExtra, loadGold, normaliseText } from '../../eval/data.js';
import {
  PRESIDIO_NINO,
  PRESIDIO_POSTCODE,
  Rand,
  generateIdentifierSet,
  isDramaPhone,
  isValidNhsNumber,
  makeInvalidNhsNumber,
  makeNhsNumber,
  nhsCheckDigit,
} from '../../eval/generate-identifiers.js';
import { agreementReport, loadSecond } from '../../eval/agreement.js';
import { formatCounts, loadBatch, scoreBatch } from '../../eval/blind.js';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Concern } from '../../src/model/finding.js';
import { binaryPRF, bootstrapProportion, cohensKappa, confusion, confusionMatrix, meets, multiClass, overlaps, spanScores } from '../../eval/metrics.js';

describe('gold set', () => {
  const gold = loadGold();

  it('parses against the schema and has at least 600 items', () => {
    expect(gold.length).toBeGreaterThanOrEqual(600);
    for (const item of gold) expect(GoldItemSchema.safeParse(item).success).toBe(true);
  });

  it('is about half keep, with delete and review both present', () => {
    const keep = gold.filter((g) => g.label === 'keep').length / gold.length;
    expect(keep).toBeGreaterThan(0.4);
    expect(keep).toBeLessThan(0.6);
    expect(gold.filter((g) => g.label === 'delete').length).toBeGreaterThanOrEqual(100);
    expect(gold.filter((g) => g.label === 'review').length).toBeGreaterThanOrEqual(60);
  });

  it('represents every concern at least 30 times', () => {
    for (const concern of CONCERNS) {
      expect(gold.filter((g) => g.concerns.includes(concern)).length, concern).toBeGreaterThanOrEqual(30);
    }
  });

  it('has unique ids and no duplicate texts', () => {
    expect(new Set(gold.map((g) => g.id)).size).toBe(gold.length);
    const texts = gold.map((g) => normaliseText(g.text));
    const dupes = texts.filter((t, i) => texts.indexOf(t) !== i);
    expect(dupes).toEqual([]);
  });

  it('splits about 30% dev, with every concern and keep in both splits', () => {
    const dev = gold.filter((g) => g.split === 'dev');
    expect(dev.length / gold.length).toBeGreaterThan(0.25);
    expect(dev.length / gold.length).toBeLessThan(0.35);
    for (const split of ['dev', 'test'] as const) {
      const part = gold.filter((g) => g.split === split);
      expect(part.some((g) => g.label === 'keep')).toBe(true);
      for (const concern of CONCERNS) expect(part.some((g) => g.concerns.includes(concern)), `${split} ${concern}`).toBe(true);
    }
  });

  it('uses only Ofcom drama-range phone numbers', () => {
    const phones = gold.flatMap((g) => g.text.match(/\b0\d{2,4}[\s]?\d{3,4}[\s]?\d{3,4}\b/g) ?? []);
    for (const p of phones) expect(isDramaPhone(p), p).toBe(true);
  });
});

describe('extra dev items', () => {
  const gold = loadGold();
  const extra = loadDevExtra();

  it('are all dev, with ids and texts unique across the gold set', () => {
    for (const item of extra) expect(item.split).toBe('dev');
    const ids = [...gold, ...extra].map((g) => g.id);
    expect(new Set(ids).size).toBe(ids.length);
    const texts = [...gold, ...extra].map((g) => normaliseText(g.text));
    expect(texts.filter((t, i) => texts.indexOf(t) !== i)).toEqual([]);
  });

  it('use only Ofcom drama-range phone numbers', () => {
    const phones = extra.flatMap((g) => g.text.match(/\b0\d{2,4}[\s]?\d{3,4}[\s]?\d{3,4}\b/g) ?? []);
    for (const p of phones) expect(isDramaPhone(p), p).toBe(true);
  });
});

describe('clinical sentences', () => {
  it('has at least 200 distinct sentences', () => {
    const lines = loadClinical();
    expect(lines.length).toBeGreaterThanOrEqual(200);
    expect(new Set(lines.map(normaliseText)).size).toBe(lines.length);
  });
});

describe('identifier generator', () => {
  const items = generateIdentifierSet();

  it('computes the NHS modulus-11 check digit', () => {
    // 943 476 591 → weights 10..2 give 299; 299 mod 11 = 2; 11 - 2 = 9.
    expect(nhsCheckDigit('943476591')).toBe(9);
    expect(isValidNhsNumber('943 476 5919')).toBe(true);
    expect(isValidNhsNumber('943 476 5918')).toBe(false);
    expect(isValidNhsNumber('943-476-5919')).toBe(true);
    expect(isValidNhsNumber('94347659')).toBe(false);
    // A remainder of 1 would need check digit 10: no valid number exists for such a prefix.
    expect(nhsCheckDigit('000000006')).toBeNull();
  });

  it('makes NHS numbers that pass modulus 11 and look-alikes that fail it', () => {
    const r = new Rand(42);
    for (let i = 0; i < 500; i++) {
      expect(isValidNhsNumber(makeNhsNumber(r))).toBe(true);
      expect(isValidNhsNumber(makeInvalidNhsNumber(r))).toBe(false);
    }
  });

  it('produces at least 300 posts, deterministically, with spans that match the text', () => {
    expect(items.length).toBeGreaterThanOrEqual(300);
    expect(generateIdentifierSet()).toEqual(items);
    expect(generateIdentifierSet(7)).not.toEqual(items);
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
    expect(new Set(items.map((i) => i.text)).size).toBe(items.length);
    for (const item of items) {
      expect(item.spans.length > 0).toBe(item.positive);
      for (const s of [...item.spans, ...item.decoys]) {
        expect(s.end).toBeGreaterThan(s.start);
        expect(item.text.slice(s.start, s.end).trim()).toBe(item.text.slice(s.start, s.end));
      }
    }
  });

  it('puts a valid NHS number in every NHS span and an invalid one in every look-alike', () => {
    const nhs = items.flatMap((i) => i.spans.filter((s) => s.type === 'nhs').map((s) => i.text.slice(s.start, s.end)));
    const fakes = items.flatMap((i) => i.decoys.filter((s) => s.type === 'nhs-invalid').map((s) => i.text.slice(s.start, s.end)));
    expect(nhs.length).toBeGreaterThanOrEqual(30);
    expect(fakes.length).toBeGreaterThanOrEqual(20);
    for (const n of nhs) expect(isValidNhsNumber(n), n).toBe(true);
    for (const n of fakes) expect(isValidNhsNumber(n), n).toBe(false);
  });

  it('uses Presidio-valid NI numbers and postcodes, and drama-range phones', () => {
    const of = (type: string) => items.flatMap((i) => [...i.spans, ...i.decoys].filter((s) => s.type === type).map((s) => i.text.slice(s.start, s.end)));
    for (const n of of('nino')) expect(n).toMatch(PRESIDIO_NINO);
    for (const p of [...of('postcode'), ...of('business-postcode')]) expect(p).toMatch(PRESIDIO_POSTCODE);
    for (const p of [...of('phone'), ...of('clinic-phone')]) expect(isDramaPhone(p), p).toBe(true);
    expect(PRESIDIO_NINO.test('QQ123456C')).toBe(false);
  });

  it('has hard negatives of every kind the protocol names', () => {
    const families = new Set(items.filter((i) => !i.positive).map((i) => i.family));
    for (const f of ['neg-invalid-nhs', 'neg-order-number', 'neg-event-date', 'neg-shift-time', 'neg-clinic-phone']) expect(families.has(f), f).toBe(true);
  });
});

describe('metrics', () => {
  it('computes precision, recall and F1 on a hand example', () => {
    //            TP     FN     FP     TN     TP     TN
    const gold = [true, true, false, false, true, false];
    const pred = [true, false, true, false, true, false];
    expect(confusion(gold, pred)).toEqual({ tp: 2, fp: 1, fn: 1, tn: 2 });
    const r = binaryPRF(gold, pred);
    expect(r.precision.value).toBeCloseTo(2 / 3);
    expect(r.recall.value).toBeCloseTo(2 / 3);
    expect(r.f1).toBeCloseTo(2 / 3);
    expect(r.support).toBe(3);
  });

  it('handles empty denominators', () => {
    const r = binaryPRF([false, false], [false, false]);
    expect(r.precision.value).toBeNull();
    expect(r.recall.value).toBeNull();
    expect(r.f1).toBeNull();
    expect(binaryPRF([true], [false]).f1).toBeNull();
    expect(binaryPRF([true, false], [false, true]).f1).toBe(0);
  });

  it('computes per-class figures, macro-F1, accuracy and the confusion matrix', () => {
    const gold = ['a', 'a', 'b', 'b', 'c'] as const;
    const pred = ['a', 'b', 'b', 'b', 'a'] as const;
    const m = multiClass(['a', 'b', 'c'], gold, pred);
    // a: P 1/2, R 1/2, F1 1/2; b: P 2/3, R 1, F1 0.8; c: P undefined, R 0 → F1 counts as 0.
    expect(m.perClass.a.f1).toBeCloseTo(0.5);
    expect(m.perClass.b.f1).toBeCloseTo(0.8);
    expect(m.perClass.c.f1).toBeNull();
    expect(m.macroF1).toBeCloseTo((0.5 + 0.8 + 0) / 3);
    expect(m.accuracy.value).toBeCloseTo(3 / 5);
    expect(confusionMatrix(['a', 'b', 'c'], gold, pred)).toEqual([
      [1, 1, 0],
      [0, 2, 0],
      [1, 0, 0],
    ]);
  });

  it('scores spans by overlap', () => {
    expect(overlaps({ start: 0, end: 5 }, { start: 4, end: 9 })).toBe(true);
    expect(overlaps({ start: 0, end: 5 }, { start: 5, end: 9 })).toBe(false);
    const s = spanScores([
      { expected: [{ start: 0, end: 10 }, { start: 20, end: 30 }], predicted: [{ start: 2, end: 4 }, { start: 40, end: 45 }] },
      { expected: [], predicted: [{ start: 0, end: 3 }] },
    ]);
    expect(s.recall).toEqual({ value: 0.5, num: 1, den: 2 });
    expect(s.precision).toEqual({ value: 1 / 3, num: 1, den: 3 });
    expect(s.f1).toBeCloseTo(0.4);
  });

  it('bootstraps deterministically and judges targets', () => {
    const o = [true, true, true, false, true, false, true, true, true, true];
    expect(bootstrapProportion(o, 200, 3)).toEqual(bootstrapProportion(o, 200, 3));
    const [lo, hi] = bootstrapProportion(o, 200, 3)!;
    expect(lo).toBeLessThanOrEqual(0.8);
    expect(hi).toBeGreaterThanOrEqual(0.8);
    expect(bootstrapProportion([], 10)).toBeNull();
    expect(meets(0.95, { op: '>=', value: 0.95 })).toBe(true);
    expect(meets(0.01, { op: '<', value: 0.01 })).toBe(false);
    expect(meets(null, { op: '<=', value: 0.03 })).toBe(false);
  });
});

describe("Cohen's kappa", () => {
  it('is 1 for perfect agreement, 0 at chance, and matches a worked example', () => {
    expect(cohensKappa(['a', 'b', 'a'], ['a', 'b', 'a']).kappa).toBe(1);
    // Each annotator says "yes" half the time, independently: agreement 0.5, chance 0.5.
    expect(cohensKappa(['y', 'y', 'n', 'n'], ['y', 'n', 'y', 'n']).kappa).toBe(0);
    // 20 items: both yes 7, both no 8, a-yes/b-no 3, a-no/b-yes 2 → po 0.75, pe 0.5 → κ 0.5.
    const a = [...Array(7).fill('y'), ...Array(8).fill('n'), ...Array(3).fill('y'), ...Array(2).fill('n')] as string[];
    const b = [...Array(7).fill('y'), ...Array(8).fill('n'), ...Array(3).fill('n'), ...Array(2).fill('y')] as string[];
    const k = cohensKappa(a, b);
    expect(k.observed).toBeCloseTo(0.75, 10);
    expect(k.kappa).toBeCloseTo(0.5, 10);
    expect(cohensKappa(['a', 'a'], ['a', 'a']).kappa).toBeNull();
    expect(() => cohensKappa(['a'], [])).toThrow();
  });
});

describe('second annotator', () => {
  it('labels existing gold posts once each, keep exactly when no concern', () => {
    const gold = new Set(loadGold().map((g) => g.id));
    const second = loadSecond();
    expect(second.length).toBeGreaterThanOrEqual(200);
    expect(new Set(second.map((s) => s.id)).size).toBe(second.length);
    for (const s of second) {
      expect(gold.has(s.id), s.id).toBe(true);
      expect(s.label === 'keep', s.id).toBe(s.concerns.length === 0);
    }
    expect(agreementReport()).toMatch(/Cohen's kappa/);
  });
});

describe('blind batch scoring', () => {
  it('counts flagged posts per level and caught positives citing a gold concern', () => {
    const item = (id: string, label: 'delete' | 'review' | 'keep', concerns: Concern[]) => ({ id, text: id, concerns, label, split: 'dev' as const, tag: 't' });
    const items = [item('a', 'delete', ['trust']), item('b', 'delete', ['trust']), item('c', 'review', ['accuracy']), item('d', 'keep', []), item('e', 'keep', [])];
    // A judge that flags a, c (for the wrong concern) and d.
    const verdicts: Record<string, Concern[]> = { a: ['trust'], c: ['promotion'], d: ['communication'] };
    const judge = (post: { text: string }) => {
      const cs = verdicts[post.text];
      return { recommendation: cs ? ('review' as const) : ('keep' as const), score: cs ? 40 : 0, concerns: cs ?? [], findings: [] };
    };
    const c = scoreBatch(items, judge);
    expect(c).toEqual({ delete: [1, 2], review: [1, 1], keep: [1, 2], rightConcern: [1, 2] });
    expect(formatCounts('x.jsonl', c)).toBe('x.jsonl: delete 1/2 (0.50) review 1/1 (1.00) keep flagged 1/2 (0.50) right concern 1/2 (0.50)');
  });
});

describe('batch files', () => {
  it('name the file and line of a line that is not JSON or not an item', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hindsight-batch-'));
    const bad = join(dir, 'bad.jsonl');
    writeFileSync(bad, '{"id": "dev-x-0001", "text": "fine", "concerns": [], "label": "keep", "split": "dev", "tag": "t"}\n{not json\n');
    expect(() => loadBatch(bad)).toThrow(new RegExp(`${bad.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}:2: not JSON`));
    writeFileSync(bad, '{"id": "dev-x-0001", "text": "fine", "concerns": [], "label": "maybe", "split": "dev", "tag": "t"}\n');
    expect(() => loadBatch(bad)).toThrow(/bad\.jsonl:1: label/);
    rmSync(dir, { recursive: true, force: true });
  });
});
