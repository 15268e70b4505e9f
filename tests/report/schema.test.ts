import { describe, expect, it } from 'vitest';
import { ReportPostSchema, ReportSchema } from '../../src/model/report.js';
import { renderJson } from '../../src/report/json.js';
import { REPORT_SCHEMA_ID, reportJsonSchema, reportJsonSchemaText } from '../../src/report/schema.js';
import { validate } from './json-schema-check.js';
import { cleanReport, sampleReport } from './sample-report.js';

type Schema = Record<string, unknown>;
// Loose on purpose: the point is to write what the contract forbids.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = Record<string, any>;
const schema = reportJsonSchema();
const props = schema.properties as Record<string, Schema>;
const postItem = (props.posts as Schema).items as Schema;

/** Keys of a zod object shape that are not optional. */
const requiredKeys = (shape: Record<string, { safeParse(v: unknown): { success: boolean } }>): string[] =>
  Object.entries(shape)
    .filter(([, s]) => !s.safeParse(undefined).success)
    .map(([k]) => k);

describe('report JSON Schema', () => {
  it('is draft 2020-12 with an id, title and description', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe(REPORT_SCHEMA_ID);
    expect(schema.$id).toBe('urn:hindsight:report:v1');
    expect(schema.title).toBe('hindsight report');
    expect(String(schema.description)).toContain('schemaVersion 1');
    expect(Object.keys(schema).slice(0, 4)).toEqual(['$schema', '$id', 'title', 'description']);
  });

  it('pins schemaVersion to the constant 1', () => {
    expect(props.schemaVersion).toMatchObject({ const: 1 });
  });

  it('has every field of the contract and requires exactly the required ones', () => {
    expect(Object.keys(props)).toEqual(Object.keys(ReportSchema.shape));
    expect(schema.required).toEqual(requiredKeys(ReportSchema.shape));
    expect(schema.required).toEqual(['schemaVersion', 'generator', 'generatedAt', 'standards', 'inputs', 'summary', 'posts']);
    expect(Object.keys(postItem.properties as Schema)).toEqual(Object.keys(ReportPostSchema.shape));
    expect(postItem.required).toEqual(requiredKeys(ReportPostSchema.shape));
  });

  it('validates the JSON of sample reports', () => {
    for (const r of [sampleReport(), cleanReport()]) {
      expect(validate(schema, JSON.parse(renderJson(r)))).toEqual([]);
    }
  });

  it('rejects reports that break the contract', () => {
    const bad = (mutate: (r: Loose) => void): string[] => {
      const r = JSON.parse(renderJson(sampleReport())) as Loose;
      mutate(r);
      return validate(schema, r);
    };
    expect(bad((r) => (r.schemaVersion = 2))).toEqual(['$.schemaVersion: expected 1']);
    expect(bad((r) => delete r.summary.keep)).toEqual(['$.summary: missing keep']);
    expect(bad((r) => (r.posts[0].kind = 'tweet'))).toEqual(['$.posts[0].kind: "tweet" not in enum']);
    expect(bad((r) => (r.posts[0].score = 101))).toEqual(['$.posts[0].score: above 100']);
    expect(bad((r) => (r.inputs[0].error = 5))).toEqual(['$.inputs[0].error: expected string or null, got integer']);
    expect(bad((r) => (r.summary.byStandard['1.9'] = -1))).toEqual(['$.summary.byStandard.1.9: below 0']);
  });

  it('stays open to fields added later, as the stability promise needs', () => {
    const r = JSON.parse(renderJson(sampleReport())) as Loose;
    r.addedLater = true;
    r.posts[0].addedLater = { any: 'thing' };
    expect(validate(schema, r)).toEqual([]);
    expect(JSON.stringify(schema)).not.toContain('"additionalProperties":false');
  });

  it('prints as stable 2-space JSON with a final newline', () => {
    const text = reportJsonSchemaText();
    expect(JSON.parse(text)).toEqual(schema);
    expect(text).toBe(reportJsonSchemaText());
    expect(text.startsWith('{\n  "$schema": ')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
  });
});

describe('docs/report-json.md', () => {
  it('documents every field of the schema', async () => {
    const { readFile } = await import('node:fs/promises');
    const doc = await readFile(new URL('../../docs/report-json.md', import.meta.url), 'utf8');
    const names = new Set<string>();
    const walk = (s: unknown): void => {
      if (!s || typeof s !== 'object') return;
      const o = s as Schema;
      for (const [k, v] of Object.entries((o.properties ?? {}) as Record<string, Schema>)) {
        names.add(k);
        walk(v);
      }
      walk(o.items);
      walk(o.additionalProperties);
    };
    walk(schema);
    // Every name must appear inside some inline code span, alone or in a shape like `{ name, version }`.
    const inCode = new Set([...doc.matchAll(/`([^`\n]+)`/g)].flatMap((m) => (m[1] as string).match(/[A-Za-z$][\w$]*/g) ?? []));
    const missing = [...names].filter((n) => !inCode.has(n));
    expect(missing).toEqual([]);
    expect(doc).toContain('hindsight schema');
  });
});
