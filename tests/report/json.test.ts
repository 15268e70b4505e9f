import { describe, expect, it } from 'vitest';
import { ReportPostSchema, ReportSchema, type Report } from '../../src/model/report.js';
import { renderJson } from '../../src/report/json.js';
import { FORMATS, RENDERERS, isFormat } from '../../src/report/render.js';
import { HOSTILE, cleanReport, sampleReport, singlePostReport } from './sample-report.js';

/** A deep copy with every object's keys inserted in reverse order. */
function reversedKeys<T>(value: T): T {
  if (Array.isArray(value)) return value.map(reversedKeys) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reversedKeys(v)])) as T;
  }
  return value;
}

describe('json report', () => {
  const report = sampleReport();
  const text = renderJson(report);

  it('parses and validates against ReportSchema, losing nothing', () => {
    const parsed = ReportSchema.parse(JSON.parse(text));
    expect(parsed).toEqual(ReportSchema.parse(report));
  });

  it('is byte-identical across renders and key insertion orders', () => {
    expect(renderJson(sampleReport())).toBe(text);
    expect(renderJson(reversedKeys(sampleReport()))).toBe(text);
  });

  it('is pretty-printed with two spaces and ends with a newline', () => {
    expect(text.startsWith('{\n  "schemaVersion": 1,\n  "generator": {\n    "name": "hindsight",')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('writes keys in the schema order', () => {
    const out = JSON.parse(renderJson(reversedKeys(sampleReport()))) as Record<string, unknown>;
    expect(Object.keys(out)).toEqual(Object.keys(ReportSchema.shape));
    const postKeys = Object.keys(ReportPostSchema.shape);
    for (const p of out.posts as Array<Record<string, unknown>>) {
      const keys = Object.keys(p);
      expect(keys).toEqual(postKeys.filter((k) => keys.includes(k)));
    }
    const finding = (out.posts as Array<{ findings: Array<Record<string, unknown>> }>)[0]?.findings[0];
    expect(Object.keys(finding ?? {})).toEqual(['ruleId', 'concern', 'topic', 'standards', 'severity', 'confidence', 'message', 'evidence']);
  });

  it('sorts count keys naturally (clause 1.9 before 1.10, years ascending)', () => {
    const r = sampleReport();
    r.summary.byStandard = { '9.1': 1, '1.10': 2, '1.9': 3, '2.11': 4 };
    r.summary.byYear = { '2021': 1, '2009': 2, '2015': 3 };
    const out = JSON.parse(renderJson(r)) as Report;
    expect(Object.keys(out.summary.byStandard)).toEqual(['1.9', '1.10', '2.11', '9.1']);
    expect(Object.keys(out.summary.byYear ?? {})).toEqual(['2009', '2015', '2021']);
  });

  it('keeps posts in the order given, nulls as null, and absent optional fields absent', () => {
    const out = JSON.parse(text) as Report;
    expect(out.posts.map((p) => p.id)).toEqual(report.posts.map((p) => p.id));
    const older = out.posts.find((p) => p.id === 'del-older');
    expect(older?.url).toBeNull();
    expect(older && 'decision' in older).toBe(false);
    expect(out.inputs[0] && 'messagesScanned' in out.inputs[0]).toBe(false);
    expect(out.inputs[1]?.messagesScanned).toBe(false);
  });

  it('drops keys the contract does not define', () => {
    const r = sampleReport() as Report & { secret?: string };
    r.secret = 'not in the contract';
    expect(renderJson(r)).toBe(text);
  });

  it('refuses to write a report that breaks the contract', () => {
    const r = sampleReport();
    (r.posts[0] as { score: number }).score = 101;
    expect(() => renderJson(r)).toThrow(/does not match the JSON report contract/);
  });

  it('keeps post text exactly, hostile or not', () => {
    const all = Object.values(HOSTILE).join('\n');
    const out = JSON.parse(renderJson(singlePostReport(all, ['<script>']))) as Report;
    expect(out.posts[0]?.text).toBe(all);
    expect(JSON.parse(renderJson(cleanReport()))).toEqual(ReportSchema.parse(cleanReport()));
  });
});

describe('renderers', () => {
  it('offers md and json, each with an extension and media type', () => {
    expect(FORMATS).toEqual(['html', 'md', 'json', 'csv']);
    expect(RENDERERS.md.extension).toBe('md');
    expect(RENDERERS.md.mediaType).toBe('text/markdown');
    expect(RENDERERS.json.extension).toBe('json');
    expect(RENDERERS.json.mediaType).toBe('application/json');
    expect(isFormat('json')).toBe(true);
    expect(isFormat('toString')).toBe(false);
    expect(isFormat('pdf')).toBe(false);
  });

  it('render through the table the same as directly', () => {
    const r = sampleReport();
    expect(RENDERERS.json.render(r)).toBe(renderJson(r));
    expect(RENDERERS.md.render(r)).toContain('# Social media audit report');
  });
});
