/** Narrowing helpers for parsed JSON whose shape the export does not promise. */

export type JsonObject = Record<string, unknown>;

export function asObject(value: unknown): JsonObject | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as JsonObject) : undefined;
}

/** A list, or none for anything else (`null` is some exports' empty list). */
export function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** A non-empty string, else undefined. */
export function asString(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** Strings from a value that may be one string or a list of them (ActivityStreams allows both). */
export function asStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return asArray(value).filter((v): v is string => typeof v === 'string');
}
