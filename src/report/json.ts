/**
 * The JSON report: the public contract (src/model/report.ts, docs/report-json.md). Keys follow the
 * schema's order, record keys (counts by clause, year, platform...) sort naturally, and the report
 * is validated first, so the same report always gives the same bytes and never an invalid file.
 *
 * Speed: a report lists every post (200,000 and more), so validating it with zod and then copying
 * it into schema order took longer than writing it. Instead the schema is compiled once into a
 * checker that validates and orders in one pass, returning objects that are already in order (as the
 * pipeline builds them) without copying them. It covers exactly the zod constructs the contract
 * uses (objects, arrays, records, optional, nullable, strings, numbers, booleans, literals, enums,
 * with their checks), with zod's own semantics; any other construct is handed to zod itself. When
 * anything fails, zod validates the whole report to say what is wrong, so errors read as before.
 */
import { z } from 'zod';
import { ReportSchema, type Report } from '../model/report.js';
import { naturalCompare } from './model.js';
import type { Renderer } from './types.js';

/** Rebuilds `value` with object keys in `schema`'s declared order; absent optional keys stay absent. */
function inSchemaOrder(schema: z.core.$ZodType, value: unknown): unknown {
  if (value === null || value === undefined) return value;
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable) {
    return inSchemaOrder(schema.unwrap(), value);
  }
  if (schema instanceof z.ZodObject && typeof value === 'object' && !Array.isArray(value)) {
    const input = value as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const [key, field] of Object.entries(schema.shape as Record<string, z.core.$ZodType>)) {
      if (input[key] !== undefined) out[key] = inSchemaOrder(field, input[key]);
    }
    return out;
  }
  if (schema instanceof z.ZodArray && Array.isArray(value)) {
    return value.map((item) => inSchemaOrder(schema.element, item));
  }
  if (schema instanceof z.ZodRecord && typeof value === 'object' && !Array.isArray(value)) {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort(naturalCompare)) {
      out[key] = inSchemaOrder(schema.valueType, (value as Record<string, unknown>)[key]);
    }
    return out;
  }
  return value;
}

// ---- the compiled checker ----

/** Thrown (once, caught in renderJson) when a value breaks the contract. */
class Invalid extends Error {}
const INVALID = new Invalid('report does not match the JSON report contract');

/** Validates `value` and returns it in schema order: the same object when it already is. */
type Check = (value: unknown) => unknown;

interface Def {
  type: string;
  checks?: { _zod: { def: Record<string, unknown> } }[];
  [key: string]: unknown;
}

const defOf = (schema: z.core.$ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Any construct the checker does not model: zod validates it, the generic code orders it. */
function byZod(schema: z.core.$ZodType): Check {
  return (value) => {
    const parsed = z.safeParse(schema, value);
    if (!parsed.success) throw INVALID;
    return inSchemaOrder(schema, parsed.data);
  };
}

function checksOf(def: Def): Record<string, unknown>[] {
  return (def.checks ?? []).map((c) => c._zod.def);
}

function compile(schema: z.core.$ZodType): Check {
  const def = defOf(schema);
  switch (def.type) {
    case 'string': {
      let min = 0;
      let max = Infinity;
      for (const c of checksOf(def)) {
        if (c.check === 'min_length') min = c.minimum as number;
        else if (c.check === 'max_length') max = c.maximum as number;
        else return byZod(schema);
      }
      return (value) => {
        if (typeof value !== 'string' || value.length < min || value.length > max) throw INVALID;
        return value;
      };
    }
    case 'number': {
      let safeInt = false;
      let low = -Infinity;
      let lowInclusive = true;
      let high = Infinity;
      let highInclusive = true;
      for (const c of checksOf(def)) {
        if (c.check === 'number_format' && c.format === 'safeint') safeInt = true;
        else if (c.check === 'greater_than' && typeof c.value === 'number' && c.value >= low) {
          low = c.value;
          lowInclusive = c.inclusive === true;
        } else if (c.check === 'less_than' && typeof c.value === 'number' && c.value <= high) {
          high = c.value;
          highInclusive = c.inclusive === true;
        } else return byZod(schema);
      }
      return (value) => {
        if (
          typeof value !== 'number' ||
          !Number.isFinite(value) ||
          (safeInt && !Number.isSafeInteger(value)) ||
          (lowInclusive ? value < low : value <= low) ||
          (highInclusive ? value > high : value >= high)
        ) {
          throw INVALID;
        }
        return value;
      };
    }
    case 'boolean':
      if (checksOf(def).length > 0) return byZod(schema);
      return (value) => {
        if (typeof value !== 'boolean') throw INVALID;
        return value;
      };
    case 'literal':
    case 'enum': {
      if (checksOf(def).length > 0) return byZod(schema);
      const allowed = new Set<unknown>(def.type === 'literal' ? (def.values as unknown[]) : Object.values(def.entries as object));
      return (value) => {
        if (!allowed.has(value)) throw INVALID;
        return value;
      };
    }
    case 'optional':
    case 'nullable': {
      if (checksOf(def).length > 0) return byZod(schema);
      const inner = compile(def.innerType as z.core.$ZodType);
      const allow = def.type === 'optional' ? undefined : null;
      return (value) => (value === allow ? value : inner(value));
    }
    case 'array': {
      if (checksOf(def).length > 0) return byZod(schema);
      const element = compile(def.element as z.core.$ZodType);
      return (value) => {
        if (!Array.isArray(value)) throw INVALID;
        let out: unknown[] | undefined;
        for (let i = 0; i < value.length; i++) {
          const item: unknown = value[i];
          const checked = element(item);
          if (checked !== item && out === undefined) out = value.slice(0, i);
          if (out !== undefined) out.push(checked);
        }
        return out ?? value;
      };
    }
    case 'record': {
      const keyDef = defOf(def.keyType as z.core.$ZodType);
      if (checksOf(def).length > 0 || keyDef.type !== 'string' || checksOf(keyDef).length > 0) return byZod(schema);
      const valueCheck = compile(def.valueType as z.core.$ZodType);
      return (value) => {
        if (typeof value !== 'object' || value === null || Array.isArray(value)) throw INVALID;
        const input = value as Record<string, unknown>;
        const out: Record<string, unknown> = {};
        // Natural key order, as inSchemaOrder gives: records are always rebuilt (they are small).
        for (const key of Object.keys(input).sort(naturalCompare)) out[key] = valueCheck(input[key]);
        return out;
      };
    }
    case 'object': {
      // Only zod's default (unknown keys stripped); strict and passthrough objects go to zod.
      if (checksOf(def).length > 0 || def.catchall !== undefined) return byZod(schema);
      const shape = def.shape as Record<string, z.core.$ZodType>;
      const keys = Object.keys(shape);
      const fields = keys.map((key) => ({ key, check: compile(shape[key]!), optional: defOf(shape[key]!).type === 'optional' }));
      return (value) => {
        if (typeof value !== 'object' || value === null || Array.isArray(value)) throw INVALID;
        const input = value as Record<string, unknown>;
        // Already in order with no foreign keys (how the pipeline builds it)? Then no copy is needed.
        let reuse = true;
        let at = 0;
        for (const key in input) {
          while (at < keys.length && keys[at] !== key) at++;
          if (at === keys.length) {
            reuse = false;
            break;
          }
          at++;
        }
        const checked: unknown[] = new Array<unknown>(fields.length);
        for (let i = 0; i < fields.length; i++) {
          const { key, check, optional } = fields[i]!;
          const v = input[key];
          if (v === undefined) {
            if (!optional) throw INVALID;
            continue;
          }
          const c = check(v);
          checked[i] = c;
          if (c !== v) reuse = false;
        }
        if (reuse) return input;
        const out: Record<string, unknown> = {};
        for (let i = 0; i < fields.length; i++) if (checked[i] !== undefined) out[fields[i]!.key] = checked[i];
        return out;
      };
    }
    default:
      return byZod(schema);
  }
}

let reportCheck: Check | undefined;

/** The report validated against the contract and in schema order; throws Invalid when it breaks it. */
function contractOrdered(report: Report): unknown {
  reportCheck ??= compile(ReportSchema);
  return reportCheck(report);
}

/** The report validated and in schema order, ready for JSON.stringify; throws when it breaks the contract. */
function orderedReport(report: Report): Record<string, unknown> {
  try {
    return contractOrdered(report) as Record<string, unknown>;
  } catch (error) {
    if (!(error instanceof Invalid)) throw error;
  }
  // The checker refused it: zod says why (and has the last word).
  const parsed = ReportSchema.safeParse(report);
  if (!parsed.success) {
    // A producer bug, not a user error: the contract must never be written broken.
    throw new Error(`report does not match the JSON report contract:\n${z.prettifyError(parsed.error)}`);
  }
  return inSchemaOrder(ReportSchema, parsed.data) as Record<string, unknown>;
}

export function renderJson(report: Report): string {
  return `${JSON.stringify(orderedReport(report), null, 2)}\n`;
}

/**
 * Posts per piece of the streamed JSON report. Small on purpose: a piece of 50 posts is some 40 KB
 * of text, which V8 allocates in the young generation and frees at once; pieces of 1,000 posts
 * (0.85 MB) went to the large-object space, which only a full collection empties, so writing a
 * 220,000-post report grew the heap by its whole size (some 185 MB of peak memory, and slower).
 */
export const JSON_POSTS_PER_CHUNK = 50;

const POSTS_PLACEHOLDER = '\u0000posts\u0000';
const POSTS_HEAD = '{\n  "posts": [\n';
const POSTS_TAIL = '\n  ]\n}';

/**
 * The same text as renderJson, in pieces of at most `postsPerChunk` posts, for writing a report of
 * any size without holding it whole: joined, the pieces are byte for byte renderJson's output.
 * Each piece of posts is what JSON.stringify writes for them at their depth in the report.
 */
export function* renderJsonChunks(report: Report, postsPerChunk = JSON_POSTS_PER_CHUNK): Generator<string, void, undefined> {
  const ordered = orderedReport(report);
  const posts = ordered.posts as unknown[];
  if (posts.length === 0) {
    yield `${JSON.stringify(ordered, null, 2)}\n`;
    return;
  }
  // The envelope with a placeholder where the posts go; a raw line break never occurs inside a
  // JSON string, so "\n  \"posts\": " can only be the report's own key.
  const envelope = JSON.stringify({ ...ordered, posts: POSTS_PLACEHOLDER }, null, 2);
  const marker = `\n  "posts": ${JSON.stringify(POSTS_PLACEHOLDER)}`;
  const at = envelope.indexOf(marker);
  yield `${envelope.slice(0, at)}\n  "posts": [\n`;
  const size = Math.max(1, Math.floor(postsPerChunk));
  for (let i = 0; i < posts.length; i += size) {
    const body = JSON.stringify({ posts: posts.slice(i, i + size) }, null, 2);
    const inner = body.slice(POSTS_HEAD.length, body.length - POSTS_TAIL.length);
    yield i === 0 ? inner : `,\n${inner}`;
  }
  yield `\n  ]${envelope.slice(at + marker.length)}\n`;
}

export const jsonRenderer: Renderer = {
  extension: 'json',
  mediaType: 'application/json',
  render: (report) => renderJson(report),
  renderChunks: (report) => renderJsonChunks(report),
};
