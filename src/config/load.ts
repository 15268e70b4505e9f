/**
 * Finding, reading and checking hindsight.config.json. The file is JSON with comments (JSONC);
 * jsonc-parser gives every value's offset, so any problem, a syntax error or a value of the wrong
 * kind, is one line naming the file, the line and column, the key and what was expected:
 *
 *   hindsight.config.json:7:15: "thresholds.delete" must be a number from 1 to 100 (got "high")
 *
 * Every such problem is a HindsightError with exit code 2 (a configuration error), raised before
 * any export is read.
 */
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { findNodeAtLocation, getLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import type { z } from 'zod';
import { HindsightError } from '../errors.js';
import { CONFIG_FILE_NAME, CONFIG_KEYS, ConfigFileSchema, closest, type ConfigFile } from './schema.js';

/** The configuration file read (or none), with its contents checked. */
export interface LoadedConfig {
  /** The file as named to the user (the --config path as given, or hindsight.config.json), or null when there was none. */
  file: string | null;
  config: ConfigFile;
}

const EXIT_CONFIG = 2;

function problem(message: string, file?: string): HindsightError {
  return new HindsightError(message, { exitCode: EXIT_CONFIG, ...(file === undefined ? {} : { file }) });
}

/**
 * The configuration: the file given with --config (which must exist), else hindsight.config.json
 * in `cwd` when there is one, else nothing (all defaults).
 */
export async function loadConfig(options: { path?: string | undefined; cwd: string }): Promise<LoadedConfig> {
  const explicit = options.path !== undefined;
  const shown = options.path ?? CONFIG_FILE_NAME;
  const path = options.path ?? join(options.cwd, CONFIG_FILE_NAME);
  let text: string;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw problem('is a folder, not a configuration file; give the path of hindsight.config.json', shown);
    text = await readFile(path, 'utf8');
  } catch (error) {
    if (error instanceof HindsightError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && !explicit) return { file: null, config: {} };
    if (code === 'ENOENT') throw problem('no such configuration file; check the path given to --config, or run "hindsight init" to write one', shown);
    throw problem(`cannot read the configuration file (${code ?? (error instanceof Error ? error.message : String(error))})`, shown);
  }
  return { file: shown, config: parseConfigText(text, shown) };
}

/** Parses and checks the text of a configuration file; `file` names it in messages. */
export function parseConfigText(raw: string, file: string = CONFIG_FILE_NAME): ConfigFile {
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false, allowEmptyContent: true });
  const at = (offset: number): string => `${file}:${position(text, offset)}`;
  if (errors.length > 0) {
    const first = errors[0]!;
    const path = getLocation(text, first.offset).path.filter((p) => p !== '');
    const where = path.length ? ` (in ${label(path)})` : '';
    throw problem(`not valid JSON: ${syntaxMessage(printParseErrorCode(first.error))}${where}`, at(first.offset));
  }
  if (!root) throw problem('the file is empty; write {} in it, or run "hindsight init" for a starter file', at(0));
  const duplicate = findDuplicate(root);
  if (duplicate?.first) {
    throw problem(`${label(duplicate.path)} is given twice (first on line ${position(text, duplicate.first.offset).split(':')[0]}); keep one`, at(duplicate.second.offset));
  }
  if (duplicate) throw problem(`${label(duplicate.path)} is not a key hindsight knows`, at(duplicate.second.offset));
  const parsed = ConfigFileSchema.safeParse(toValue(root));
  if (parsed.success) return parsed.data;
  const located = parsed.error.issues.map((issue) => describeIssue(issue, root)).sort((a, b) => a.offset - b.offset);
  const first = located[0]!;
  throw problem(first.message, at(first.offset));
}

// ---- positions and labels ----

/** "line:column", both from 1; columns count UTF-16 units from the line's start. */
function position(text: string, offset: number): string {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = text.indexOf('\n'); i >= 0 && i < end; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return `${line}:${end - lineStart + 1}`;
}

/** A key path as the user would write it: "thresholds.delete", "terms[2].pattern", "rules.trust/drugs". */
export function keyPath(path: readonly (string | number)[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (part !== '' && !/[.\s"'[\]]/.test(part)) out += out ? `.${part}` : part;
    else out += `['${part.replace(/'/g, "\\'")}']`;
  }
  return out;
}

function label(path: readonly (string | number)[]): string {
  return path.length === 0 ? 'the configuration' : `"${keyPath(path)}"`;
}

function syntaxMessage(code: string): string {
  switch (code) {
    case 'InvalidSymbol':
      return 'unexpected character (keys and text need "double quotes")';
    case 'InvalidNumberFormat':
      return 'not a valid number';
    case 'PropertyNameExpected':
      return 'a key in "double quotes" is expected here';
    case 'ValueExpected':
      return 'a value is expected here';
    case 'ColonExpected':
      return 'a ":" is expected after the key';
    case 'CommaExpected':
      return 'a "," is expected between two entries';
    case 'CloseBraceExpected':
      return 'a "}" is expected to close the object';
    case 'CloseBracketExpected':
      return 'a "]" is expected to close the list';
    case 'EndOfFileExpected':
      return 'unexpected text after the end of the configuration';
    case 'InvalidCommentToken':
    case 'UnexpectedEndOfComment':
      return 'a comment is not closed with "*/"';
    case 'UnexpectedEndOfString':
      return 'a text value is not closed with a double quote';
    case 'UnexpectedEndOfNumber':
      return 'a number is cut short';
    case 'InvalidUnicode':
      return 'a \\u escape is not valid (it needs four hex digits)';
    case 'InvalidEscapeCharacter':
      return 'a backslash escape is not valid (write \\\\ for a backslash, as in regular expressions)';
    case 'InvalidCharacter':
      return 'a line break or control character inside a text value (write \\n or \\t)';
    default:
      return code;
  }
}

// ---- the value ----

/**
 * The tree as a plain value. Keys become own properties even when named "__proto__", so no key in
 * the file can reach an object's prototype (the schema then rejects it as unknown).
 */
function toValue(node: Node): unknown {
  switch (node.type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const property of node.children ?? []) {
        const [key, value] = property.children ?? [];
        if (!key || !value) continue;
        Object.defineProperty(out, String(key.value), { value: toValue(value), enumerable: true, writable: true, configurable: true });
      }
      return out;
    }
    case 'array':
      return (node.children ?? []).map(toValue);
    default:
      return node.value;
  }
}

/**
 * A key given twice in one object (`first` and `second`), or a key no object may have ("__proto__",
 * which some readers would turn into a prototype: `second` only).
 */
function findDuplicate(node: Node, path: (string | number)[] = []): { path: (string | number)[]; first?: Node; second: Node } | undefined {
  if (node.type === 'object') {
    const seen = new Map<string, Node>();
    for (const property of node.children ?? []) {
      const [key, value] = property.children ?? [];
      if (!key) continue;
      const name = String(key.value);
      if (name === '__proto__') return { path: [...path, name], second: key };
      const earlier = seen.get(name);
      if (earlier) return { path: [...path, name], first: earlier, second: key };
      seen.set(name, key);
      const inner = value ? findDuplicate(value, [...path, name]) : undefined;
      if (inner) return inner;
    }
  } else if (node.type === 'array') {
    for (const [i, child] of (node.children ?? []).entries()) {
      const inner = findDuplicate(child, [...path, i]);
      if (inner) return inner;
    }
  }
  return undefined;
}

// ---- schema problems ----

/** Keys each object may hold, for "did you mean" and the list of keys. */
const KEYS_AT: Record<string, readonly string[]> = {
  '': CONFIG_KEYS,
  thresholds: ['delete', 'review'],
  terms: ['term', 'pattern', 'concern', 'topic', 'severity', 'message'],
};

function keysFor(path: readonly (string | number)[]): readonly string[] {
  const named = path.filter((p): p is string => typeof p === 'string');
  return KEYS_AT[named.join('.')] ?? [];
}

/** The property node (key and value) for `key` in an object node. */
function propertyNode(object: Node | undefined, key: string): Node | undefined {
  if (!object || object.type !== 'object') return undefined;
  return (object.children ?? []).find((p) => p.children?.[0]?.value === key);
}

function describeValue(node: Node | undefined): string {
  if (!node) return '';
  switch (node.type) {
    case 'object':
      return 'an object';
    case 'array':
      return 'a list';
    case 'string': {
      const s = String(node.value);
      return JSON.stringify(s.length > 40 ? `${s.slice(0, 39)}…` : s);
    }
    default:
      return String(node.value);
  }
}

function describeIssue(issue: z.core.$ZodIssue, root: Node): { offset: number; message: string } {
  const path = issue.path.map((p) => (typeof p === 'number' ? p : String(p)));
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0]!;
    const object = findNodeAtLocation(root, path) ?? root;
    const keyNode = propertyNode(object, key)?.children?.[0];
    const known = keysFor(path);
    const near = closest(key, known);
    const hint = near ? `; did you mean "${near}"?` : known.length ? ` (the keys here are: ${known.join(', ')})` : '';
    return { offset: keyNode?.offset ?? object.offset, message: `${label([...path, key])} is not a key hindsight knows${hint}` };
  }
  if ((issue as { params?: { at?: string } }).params?.at === 'key') {
    const parent = findNodeAtLocation(root, path.slice(0, -1));
    const keyNode = propertyNode(parent, String(path[path.length - 1]))?.children?.[0];
    return { offset: keyNode?.offset ?? parent?.offset ?? 0, message: `${label(path)} ${issue.message}` };
  }
  let node = findNodeAtLocation(root, path);
  if (!node) {
    // The deepest node on the path that exists: a container lacking a required key, or a single
    // value the schema read as a list of one ("me": "Sam").
    let parentPath = path.slice(0, -1);
    let parent = findNodeAtLocation(root, parentPath);
    while (!parent && parentPath.length) {
      parentPath = parentPath.slice(0, -1);
      parent = findNodeAtLocation(root, parentPath);
    }
    if (!parent || parent.type === 'object' || parent.type === 'array') {
      return { offset: (parent ?? root).offset, message: `${label(path)} is missing; it ${issue.message}` };
    }
    node = parent;
  }
  const got = describeValue(node);
  const must = issue.message.startsWith('must') || issue.message.startsWith('needs') || issue.message.startsWith('takes') || issue.message.startsWith('is ');
  return {
    offset: node.offset,
    message: must ? `${label(path)} ${issue.message}${got && node.type !== 'object' ? ` (got ${got})` : ''}` : `${label(path)}: ${issue.message}`,
  };
}
