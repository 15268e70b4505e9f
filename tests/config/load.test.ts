import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig, parseConfigText, keyPath, knownRuleIds } from '../../src/config.js';
import { HindsightError } from '../../src/errors.js';

/** The one line the user would see (after "hindsight: "), or null when the text is valid. */
function problem(text: string, file = 'hindsight.config.json'): string | null {
  try {
    parseConfigText(text, file);
    return null;
  } catch (error) {
    expect(error).toBeInstanceOf(HindsightError);
    const e = error as HindsightError;
    expect(e.exitCode).toBe(2);
    expect(e.line).not.toContain('\n');
    return e.line;
  }
}

describe('parseConfigText: valid files', () => {
  it('reads every key, with comments, trailing commas and a byte-order mark', () => {
    const config = parseConfigText(`\uFEFF// my settings
{
  /* block comment */
  "$schema": "./anything.json",
  "me": "Sam Fixture",              // one name is a list of one
  "accounts": ["@fixture_sam", "sam_physio"],
  "since": "2015-01-01",
  "until": "2019-12-31T12:00:00Z",
  "platforms": ["x", "facebook"],
  "kinds": ["post", "reply"],
  "thresholds": { "delete": 80, "review": 30, },
  "rules": { "communication/profanity": "off", "trust": "high" },
  "terms": [
    { "term": "big pharma", "concern": "accuracy" },
    { "pattern": "\\\\bbay\\\\s?\\\\d+", "concern": "confidentiality", "topic": "confidentiality.identifiable", "severity": "high", "message": "Names {match}." },
  ],
  "allow": ["Riverside Physio"],
  "notPatients": ["Auntie Sue"],
  "standards": "nmc",
  "includeMessages": true,
  "timezone": "Europe/Dublin",
  "format": "md, JSON",
  "redact": true,
}`);
    expect(config).toMatchObject({
      me: ['Sam Fixture'],
      accounts: ['fixture_sam', 'sam_physio'],
      since: '2015-01-01',
      platforms: ['x', 'facebook'],
      kinds: ['post', 'reply'],
      thresholds: { delete: 80, review: 30 },
      rules: { 'communication/profanity': 'off', trust: 'high' },
      allow: ['Riverside Physio'],
      notPatients: ['Auntie Sue'],
      standards: 'nmc',
      includeMessages: true,
      timezone: 'Europe/Dublin',
      format: ['md', 'json'],
      redact: true,
    });
    expect(config.terms).toEqual([
      { term: 'big pharma', concern: 'accuracy' },
      { pattern: '\\bbay\\s?\\d+', concern: 'confidentiality', topic: 'confidentiality.identifiable', severity: 'high', message: 'Names {match}.' },
    ]);
  });

  it('takes {} and null limits', () => {
    expect(parseConfigText('{}')).toEqual({});
    expect(parseConfigText('{ "since": null, "until": null, "platforms": null, "kinds": null }')).toEqual({ since: null, until: null, platforms: null, kinds: null });
  });

  it('accepts every rule id, the pipeline\'s own and whole concerns in "rules"', () => {
    const rules = Object.fromEntries(knownRuleIds().map((id) => [id, 'low']));
    expect(Object.keys(parseConfigText(JSON.stringify({ rules })).rules ?? {})).toContain('confidentiality/photo-location');
    expect(knownRuleIds()).toEqual(expect.arrayContaining(['trust/intoxication', 'custom/terms', 'confidentiality/images', 'trust']));
  });
});

describe('parseConfigText: one line naming the file, line, column, key and what was expected', () => {
  it('a value of the wrong kind', () => {
    const text = `{
  // thresholds: when to delete and when to review
  "thresholds": {
    "review": 25,
    "delete": "high"
  }
}`;
    expect(problem(text)).toBe('hindsight.config.json:5:15: "thresholds.delete" must be a number from 1 to 100 (got "high")');
  });

  it('a number out of range, and thresholds in the wrong order', () => {
    expect(problem('{ "thresholds": { "review": 0 } }')).toBe('hindsight.config.json:1:29: "thresholds.review" must be a number from 1 to 100 (got 0)');
    expect(problem('{ "thresholds": { "delete": 20 } }')).toBe('hindsight.config.json:1:29: "thresholds.delete" must be higher than "thresholds.review" (25) (got 20)');
    expect(problem('{ "thresholds": { "delete": 50, "review": 60 } }')).toMatch(/^hindsight\.config\.json:1:43: "thresholds\.review" must be lower than "thresholds\.delete" \(50\)/);
  });

  it('an unknown key, with the nearest known one', () => {
    expect(problem('{\n  "tresholds": {}\n}')).toBe('hindsight.config.json:2:3: "tresholds" is not a key hindsight knows; did you mean "thresholds"?');
    expect(problem('{ "thresholds": { "keep": 5 } }')).toBe('hindsight.config.json:1:19: "thresholds.keep" is not a key hindsight knows (the keys here are: delete, review)');
    expect(problem('{ "colour": "red" }')).toMatch(/^hindsight\.config\.json:1:3: "colour" is not a key hindsight knows \(the keys here are: me, accounts, since/);
    expect(problem('{ "terms": [{ "term": "x", "concern": "trust", "sev": "low" }] }')).toMatch(/:1:48: "terms\[0\]\.sev" is not a key hindsight knows; did you mean "severity"\?$/);
  });

  it('an unknown rule id, pointing at the key', () => {
    expect(problem('{\n  "rules": {\n    "trust/drug": "off"\n  }\n}')).toMatch(/^hindsight\.config\.json:3:5: "rules\.trust\/drug" is not a rule hindsight knows; did you mean "trust\/drugs"\?/);
    expect(problem('{ "rules": { "trust/drugs": "of" } }')).toBe('hindsight.config.json:1:29: "rules.trust/drugs" must be one of "off", "low", "medium", "high" (got "of")');
  });

  it('a required key missing, pointing at its object', () => {
    expect(problem('{ "terms": [\n  { "term": "big pharma" }\n] }')).toBe(
      'hindsight.config.json:2:3: "terms[0].concern" is missing; it must be one of "discrimination", "boundaries", "communication", "accuracy", "confidentiality", "trust", "promotion"',
    );
    expect(problem('{ "terms": [{ "concern": "trust" }] }')).toBe('hindsight.config.json:1:13: "terms[0]" needs "term" (the words to flag) or "pattern" (a regular expression)');
    expect(problem('{ "terms": [{ "term": "a", "pattern": "b", "concern": "trust" }] }')).toBe('hindsight.config.json:1:13: "terms[0]" takes "term" or "pattern", not both');
  });

  it('a regular expression that does not compile, or matches everything', () => {
    expect(problem('{ "terms": [{ "pattern": "(ward", "concern": "trust" }] }')).toBe(
      'hindsight.config.json:1:26: "terms[0].pattern" must be a valid regular expression (Unterminated group) (got "(ward")',
    );
    expect(problem('{ "terms": [{ "pattern": "x*", "concern": "trust" }] }')).toMatch(/"terms\[0\]\.pattern" must not match empty text/);
    expect(problem('{ "terms": [{ "term": "!!!", "concern": "trust" }] }')).toMatch(/"terms\[0\]\.term" must contain a word to match/);
  });

  it('enums, dates, zones, formats, lists and booleans', () => {
    expect(problem('{ "terms": [{ "term": "x", "concern": "trust", "severity": "severe" }] }')).toMatch(/:1:60: "terms\[0\]\.severity" must be one of "high", "medium", "low" \(got "severe"\)$/);
    expect(problem('{ "since": "last year" }')).toBe('hindsight.config.json:1:12: "since" must be a date, YYYY-MM-DD or ISO 8601 (e.g. "2019-06-30"), or null (got "last year")');
    expect(problem('{ "until": "2019-02-30x" }')).toMatch(/"until" must be a date/);
    expect(problem('{ "timezone": "Mars/Olympus" }')).toMatch(/:1:15: "timezone" must be an IANA time zone such as "Europe\/London" or "UTC" \(got "Mars\/Olympus"\)$/);
    expect(problem('{ "format": ["md", "pdf"] }')).toBe('hindsight.config.json:1:20: "format[1]" must be one of "html", "md", "json", "csv" (got "pdf")');
    expect(problem('{ "standards": "hpc" }')).toMatch(/"standards" must be one of "hcpc", "nmc", "gmc", "gphc", "swe" \(got "hpc"\)$/);
    expect(problem('{ "platforms": ["x", "myspace"] }')).toMatch(/:1:22: "platforms\[1\]" must be one of "x", "facebook"/);
    expect(problem('{ "kinds": [] }')).toMatch(/"kinds" must be a list with at least one kind of post, or null for all/);
    expect(problem('{ "me": 3 }')).toBe('hindsight.config.json:1:9: "me" must be a name, or a list of names (got 3)');
    expect(problem('{ "allow": ["ok", ""] }')).toBe('hindsight.config.json:1:19: "allow[1]" must be a phrase (got "")');
    expect(problem('{ "redact": "yes" }')).toBe('hindsight.config.json:1:13: "redact" must be true or false (got "yes")');
    expect(problem('{ "rules": ["trust"] }')).toMatch(/"rules" must be an object: \{ "<rule id>": "off" \| "low" \| "medium" \| "high" \} \(got a list\)$/);
  });

  it('syntax errors, with the key they are in', () => {
    expect(problem('{\n  "thresholds": { "delete": 70 "review": 25 }\n}')).toBe(
      'hindsight.config.json:2:32: not valid JSON: a "," is expected between two entries (in "thresholds.review")',
    );
    expect(problem("{ 'me': 'Sam' }")).toMatch(/^hindsight\.config\.json:1:3: not valid JSON: /);
    expect(problem('{ "me": ["Sam"')).toMatch(/^hindsight\.config\.json:1:15: not valid JSON: a "]" is expected to close the list/);
    expect(problem('{ /* never closed\n"me": [] }')).toMatch(/^hindsight\.config\.json:1:3: not valid JSON: a comment is not closed/);
    expect(problem('{ "terms": [{ "pattern": "\\d+", "concern": "trust" }] }')).toMatch(/not valid JSON: a backslash escape is not valid/);
    expect(problem('{} {}')).toMatch(/:1:4: not valid JSON: unexpected text after the end/);
  });

  it('an empty file, a file that is not an object, a key given twice', () => {
    expect(problem('  // nothing but a comment\n')).toBe('hindsight.config.json:1:1: the file is empty; write {} in it, or run "hindsight init" for a starter file');
    expect(problem('["me"]')).toBe('hindsight.config.json:1:1: the configuration must be an object: { "key": value, … } (got a list)');
    expect(problem('{\n  "redact": true,\n  "redact": false\n}')).toBe('hindsight.config.json:3:3: "redact" is given twice (first on line 2); keep one');
  });

  it('a "__proto__" key is an unknown key, never a prototype', () => {
    expect(problem('{ "__proto__": { "redact": true } }')).toMatch(/"__proto__" is not a key hindsight knows/);
    expect(problem('{ "rules": { "__proto__": "off" } }')).toBe('hindsight.config.json:1:14: "rules.__proto__" is not a key hindsight knows');
    expect(({} as Record<string, unknown>).redact).toBeUndefined();
  });

  it('names the file as given, and reports the first problem in the file', () => {
    expect(problem('{ "redact": 1,\n "me": 2 }', 'conf/audit.jsonc')).toMatch(/^conf\/audit\.jsonc:1:13: "redact"/);
    expect(problem('{ "me": 2,\n "redact": 1 }')).toMatch(/^hindsight\.config\.json:1:9: "me"/);
  });

  it('writes key paths as the user would', () => {
    expect(keyPath(['thresholds', 'delete'])).toBe('thresholds.delete');
    expect(keyPath(['terms', 2, 'pattern'])).toBe('terms[2].pattern');
    expect(keyPath(['rules', 'trust/drugs'])).toBe('rules.trust/drugs');
    expect(keyPath(['rules', 'a.b'])).toBe("rules['a.b']");
  });
});

describe('loadConfig', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'hindsight-config-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads hindsight.config.json from the working directory, and nothing when there is none', async () => {
    const here = join(dir, 'with');
    mkdirSync(here);
    writeFileSync(join(here, 'hindsight.config.json'), '{ "redact": true }');
    expect(await loadConfig({ cwd: here })).toEqual({ file: 'hindsight.config.json', config: { redact: true } });
    const empty = join(dir, 'without');
    mkdirSync(empty);
    expect(await loadConfig({ cwd: empty })).toEqual({ file: null, config: {} });
  });

  it('reads --config wherever it is; a missing one, or a folder, is an error (exit 2)', async () => {
    const file = join(dir, 'elsewhere.json');
    writeFileSync(file, '{ "standards": "gmc" }');
    expect(await loadConfig({ path: file, cwd: '/' })).toEqual({ file, config: { standards: 'gmc' } });
    await expect(loadConfig({ path: join(dir, 'nope.json'), cwd: dir })).rejects.toMatchObject({ exitCode: 2, message: expect.stringMatching(/no such configuration file/) });
    const folder = join(dir, 'folder');
    mkdirSync(join(folder, 'hindsight.config.json'), { recursive: true });
    await expect(loadConfig({ cwd: folder })).rejects.toMatchObject({ exitCode: 2, line: expect.stringMatching(/^hindsight\.config\.json: is a folder/) });
  });

  it('names a problem in the file with the path given', async () => {
    const file = join(dir, 'bad.json');
    writeFileSync(file, '{\n  "format": "pdf"\n}');
    await expect(loadConfig({ path: file, cwd: dir })).rejects.toMatchObject({ line: `${file}:2:13: "format[0]" must be one of "html", "md", "json", "csv" (got "pdf")` });
  });
});
