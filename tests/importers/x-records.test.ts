import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { forEachRecord } from '../../src/importers/x/records.js';
import { parseAssignedArray } from '../../src/importers/x/ytd.js';
import { jackson } from '../../fixtures/x/format.js';

const root = fileURLToPath(new URL('../../fixtures/', import.meta.url));

function records(bytes: Buffer): unknown[] | null {
  const out: unknown[] = [];
  const count = forEachRecord(bytes, (record, index) => {
    expect(index).toBe(out.length);
    out.push(record);
  });
  if (count === null) return null;
  expect(count).toBe(out.length);
  return out;
}

/** Every .js data file of the generated X fixtures and the demo account. */
function dataFiles(): string[] {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.js') && !entry.name.startsWith('manifest') && !entry.name.startsWith('user_details')) files.push(path);
    }
  };
  for (const dir of ['x/current', 'x/ytd-2019', 'x/ytd-2020', 'x/legacy', 'demo/data']) walk(join(root, dir));
  return files;
}

describe('forEachRecord', () => {
  it('reads every fixture data file record by record, the same as parsing it whole', () => {
    const files = dataFiles();
    let lists = 0;
    for (const file of files) {
      const bytes = readFileSync(file);
      let whole: unknown[] | null = null;
      try {
        whole = parseAssignedArray(bytes.toString('utf8'));
      } catch {
        // not a list (payload_details.js): nothing to read record by record either
      }
      const streamed = records(bytes);
      if (whole === null) expect(streamed, file).toBeNull();
      else expect(streamed, file).toEqual(whole);
      if (whole !== null) lists++;
    }
    expect(lists).toBeGreaterThan(15);
  });

  it('reads both of Jackson\'s layouts, an empty list and a trailing semicolon', () => {
    const list = [{ tweet: { id_str: '1', full_text: 'a } b\n', entities: { urls: [] } } }, { tweet: { id_str: '2', nested: [{ a: { b: [] } }] } }];
    for (const arrays of ['lines', 'inline-arrays'] as const) {
      const text = `window.YTD.tweets.part0 = ${jackson(list, { arrays })};\n`;
      expect(records(Buffer.from(text)), arrays).toEqual(list);
    }
    expect(records(Buffer.from('window.YTD.like.part0 = [ ]'))).toEqual([]);
    expect(records(Buffer.from('\ufeffwindow.YTD.like.part0 = [\n  {\n    "like" : { }\n  }\n]'))).toEqual([{ like: {} }]);
  });

  it('gives up (null) on anything it cannot read record by record', () => {
    const give = (text: string | Buffer): void => expect(forEachRecord(Buffer.isBuffer(text) ? text : Buffer.from(text), () => undefined), String(text)).toBeNull();
    give('window.YTD.tweets.part0 = [{"a":1},{"b":2}]'); // minified
    give('window.YTD.tweets.part0 = [\n  {\n    "a" : 1\n  },\n  {\n    "b" : \n'); // cut short
    give('window.YTD.tweets.part0 = [\n  {\n    "a" : 1,,\n  }\n]'); // damaged
    give('window.YTD.tweets.part0 = [\n  {\n    "a" : 1\n  }\n] trailing'); // junk after the list
    give('window.YTD.tweets.part0 = [ 1, 2 ]'); // not records
    give(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('[ ]', 'utf16le')])); // UTF-16
    give('no list here');
    // A nested object closed at the record's own indentation: the slice does not parse, so null.
    give('x = [\n  {\n    "a" : {\n  },\n  "b" : 1\n  }\n]');
  });

  it('agrees with the whole-file parse on any pretty-printed list of records', () => {
    let fallbacks = 0;
    const record = fc.dictionary(fc.string({ maxLength: 6 }), fc.jsonValue({ maxDepth: 3 }), { maxKeys: 5 });
    fc.assert(
      fc.property(fc.array(record, { maxLength: 6 }), fc.constantFrom(1, 2, 4, '\t'), fc.constantFrom('window.YTD.x.part0 = ', '', 'var a = '), (list, indent, prefix) => {
        const text = `${prefix}${JSON.stringify(list, null, indent)}`;
        const streamed = records(Buffer.from(text));
        const whole = parseAssignedArray(text);
        // Records all on one line each, or empty ones, may be left to the whole-file parse; never misread.
        if (streamed === null) fallbacks++;
        else expect(streamed).toEqual(whole);
      }),
      { numRuns: 300 },
    );
    expect(fallbacks).toBeLessThan(30);
  });
});
