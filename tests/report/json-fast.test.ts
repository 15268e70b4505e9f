/**
 * The JSON renderer validates and orders a report with a checker compiled from the schema (for
 * speed on 200,000-post reports). These tests hold it to the slow reference it replaced: zod's
 * safeParse, then a copy in schema order, then JSON.stringify.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ReportSchema, type Report } from '../../src/model/report.js';
import { renderJson, renderJsonChunks } from '../../src/report/json.js';
import { naturalCompare } from '../../src/report/model.js';
import { HOSTILE, cleanReport, post, sampleReport, singlePostReport } from './sample-report.js';

/** The renderer as it was: zod first, then the generic reordering. */
function inSchemaOrder(schema: z.core.$ZodType, value: unknown): unknown {
  if (value === null || value === undefined) return value;
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable) return inSchemaOrder(schema.unwrap(), value);
  if (schema instanceof z.ZodObject && typeof value === 'object' && !Array.isArray(value)) {
    const out: Record<string, unknown> = {};
    for (const [key, field] of Object.entries(schema.shape as Record<string, z.core.$ZodType>)) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) out[key] = inSchemaOrder(field, v);
    }
    return out;
  }
  if (schema instanceof z.ZodArray && Array.isArray(value)) return value.map((item) => inSchemaOrder(schema.element, item));
  if (schema instanceof z.ZodRecord && typeof value === 'object' && !Array.isArray(value)) {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort(naturalCompare)) out[key] = inSchemaOrder(schema.valueType, (value as Record<string, unknown>)[key]);
    return out;
  }
  return value;
}

function reference(report: unknown): string | 'invalid' {
  const parsed = ReportSchema.safeParse(report);
  if (!parsed.success) return 'invalid';
  return `${JSON.stringify(inSchemaOrder(ReportSchema, parsed.data), null, 2)}\n`;
}

function rendered(report: unknown): string | 'invalid' {
  try {
    return renderJson(report as Report);
  } catch (error) {
    expect((error as Error).message).toMatch(/does not match the JSON report contract/);
    return 'invalid';
  }
}

const REPORTS = [sampleReport, cleanReport, () => singlePostReport(Object.values(HOSTILE).join('\n'), ['<script>'])];

/** Every path to a value inside `value` (object keys and array indices). */
function paths(value: unknown, at: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(at);
  if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...at, i], out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) paths(v, [...at, k], out);
  return out;
}

const WEIRD: unknown[] = [undefined, null, '', 'text', 0, -1, 1.5, 101, 2 ** 60, Number.NaN, Infinity, -0, true, false, [], {}, ['x'], { a: 1 }, 'delete', 'trust', 1];

describe('the compiled contract checker', () => {
  it('renders the sample reports exactly as the zod-based renderer did', () => {
    for (const make of REPORTS) expect(rendered(make())).toBe(reference(make()));
  });

  it('accepts and refuses exactly what zod does, and orders the same, under random damage', () => {
    fc.assert(
      fc.property(fc.nat(REPORTS.length - 1), fc.nat(), fc.constantFrom(...WEIRD), fc.constantFrom('set', 'delete', 'extra', 'reverse'), (which, pick, weird, how) => {
        // A deep copy: the sample reports share constant parts (clauses, the standards) between calls.
        const report = structuredClone(REPORTS[which]!()) as unknown as Record<string, unknown>;
        const all = paths(report).filter((p) => p.length > 0);
        const path = all[pick % all.length]!;
        let parent: Record<string | number, unknown> = report;
        for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
        const key = path[path.length - 1]!;
        if (how === 'set') parent[key] = weird;
        else if (how === 'delete') delete parent[key];
        else if (how === 'extra' && parent[key] && typeof parent[key] === 'object') (parent[key] as Record<string, unknown>).unexpected = weird;
        else if (how === 'reverse' && parent[key] && typeof parent[key] === 'object' && !Array.isArray(parent[key])) {
          parent[key] = Object.fromEntries(Object.entries(parent[key] as object).reverse());
        }
        expect(rendered(report)).toBe(reference(report));
      }),
      { numRuns: 2000 },
    );
  });

  it('does not copy posts that are already in order, and leaves the report untouched', () => {
    const report = sampleReport();
    const before = JSON.stringify(report);
    rendered(report);
    expect(JSON.stringify(report)).toBe(before);
  });
});

describe('renderJsonChunks', () => {
  it('joins to exactly what renderJson writes, whatever the chunk size', () => {
    const big = sampleReport();
    big.posts = Array.from({ length: 37 }, (_, i) => post({ id: `p${i}`, text: `post ${i} "quoted" \\ ${HOSTILE[Object.keys(HOSTILE)[i % Object.keys(HOSTILE).length] as keyof typeof HOSTILE]}` }));
    for (const make of [...REPORTS, () => big, () => ({ ...cleanReport(), posts: [] })]) {
      const whole = renderJson(make());
      for (const size of [1, 2, 5, 1000]) {
        const chunks = [...renderJsonChunks(make(), size)];
        expect(chunks.join('')).toBe(whole);
      }
    }
  });

  it('refuses a report that breaks the contract, like renderJson', () => {
    const r = sampleReport();
    (r.posts[0] as { score: number }).score = 101;
    expect(() => [...renderJsonChunks(r)]).toThrow(/does not match the JSON report contract/);
  });
});
