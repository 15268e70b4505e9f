import { fixMojibake } from './mojibake.js';

/** A file inside an export that cannot be read; the message says why in one line and what to do. */
export class MetaFileProblem extends Error {
  override readonly name = 'MetaFileProblem';
}

export type Json = Record<string, unknown>;

export function obj(value: unknown): Json | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : undefined;
}

export function arr(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

/** A string value as the person wrote it (Meta's mojibake undone); undefined when not a string. */
export function text(value: unknown): string | undefined {
  return typeof value === 'string' ? fixMojibake(value) : undefined;
}

/** The items of a Meta list file: a bare array, or the array under the first of `keys` present. */
export function listIn(value: unknown, keys: readonly string[]): readonly unknown[] | undefined {
  if (Array.isArray(value)) return value;
  const record = obj(value);
  if (!record) return undefined;
  for (const key of keys) if (Array.isArray(record[key])) return record[key] as unknown[];
  return undefined;
}

/** One JSON.parse per file; a failure names what is wrong and what to do. */
export function parseJsonFile(source: string): unknown {
  if (source.trim() === '') {
    throw new MetaFileProblem('the file is empty; the download may be incomplete, so download the export again');
  }
  try {
    return JSON.parse(source);
  } catch (err) {
    const detail = err instanceof Error ? err.message.split('\n')[0] : String(err);
    throw new MetaFileProblem(`not valid JSON (${detail}); the file may be cut short or edited, so download the export again`);
  }
}
