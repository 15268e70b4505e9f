/**
 * The JSON report: the public contract (src/model/report.ts, docs/report-json.md). Keys follow the
 * schema's order, record keys (counts by clause, year, platform...) sort naturally, and the report
 * is validated first, so the same report always gives the same bytes and never an invalid file.
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

export function renderJson(report: Report): string {
  const parsed = ReportSchema.safeParse(report);
  if (!parsed.success) {
    // A producer bug, not a user error: the contract must never be written broken.
    throw new Error(`report does not match the JSON report contract:\n${z.prettifyError(parsed.error)}`);
  }
  return `${JSON.stringify(inSchemaOrder(ReportSchema, parsed.data), null, 2)}\n`;
}

export const jsonRenderer: Renderer = {
  extension: 'json',
  mediaType: 'application/json',
  render: (report) => renderJson(report),
};
