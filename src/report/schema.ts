/**
 * The JSON Schema of the JSON report, generated from ReportSchema by zod's own z.toJSONSchema so
 * it can never drift from the code. Printed by `hindsight schema`.
 */
import { z } from 'zod';
import { ReportSchema, SCHEMA_VERSION } from '../model/report.js';

export const REPORT_SCHEMA_ID = `urn:hindsight:report:v${SCHEMA_VERSION}`;

export type JsonSchema = Record<string, unknown>;

export function reportJsonSchema(): JsonSchema {
  // io: 'input' describes what the report accepts rather than what parsing yields: the two differ
  // only in that 'output' closes every object (additionalProperties: false). An open schema is the
  // stability promise in practice: a reader validating with this schema still accepts reports from
  // later versions that only add fields.
  const generated = z.toJSONSchema(ReportSchema, { target: 'draft-2020-12', io: 'input' }) as JsonSchema;
  const { $schema, ...rest } = generated;
  return {
    $schema,
    // A URN, not a URL: hindsight runs offline and publishes the schema nowhere.
    $id: REPORT_SCHEMA_ID,
    title: 'hindsight report',
    description:
      `The JSON report written by hindsight (\`--format json\`), schemaVersion ${SCHEMA_VERSION}. ` +
      'Fields are only ever added; a breaking change bumps schemaVersion. Documented in docs/report-json.md.',
    ...rest,
  };
}

/** The schema as printed by `hindsight schema`: 2-space JSON with a final newline. */
export function reportJsonSchemaText(): string {
  return `${JSON.stringify(reportJsonSchema(), null, 2)}\n`;
}
