import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createHash } from 'node:crypto';
import { parseDocument } from 'htmlparser2';
import { findAll, findOne, getAttributeValue, textContent } from 'domutils';
import type { Element } from 'domhandler';
import type { Report } from '../../src/model/report.js';
import { htmlRenderer, jsonForScript, renderHtml, reportId, yearChart } from '../../src/report/html.js';
import { CLIENT_SCRIPT } from '../../src/report/html/client.js';
import { HOSTILE, cleanReport, flagged, sampleReport } from './sample-report.js';

interface IslandPost {
  p: string;
  i: string;
  u: string | null;
  h: string;
  x: string[];
  r: string;
  s: number;
  dc?: string;
  f: Array<{ m: string; n: string[]; c: string }>;
}
interface Island {
  reportId: string;
  hiddenKept: number;
  carried: string[][];
  clauses: Record<string, string>;
  posts: IslandPost[];
}

function parse(html: string) {
  const doc = parseDocument(html);
  const all = (test: (e: Element) => boolean): Element[] => findAll(test, doc.children);
  const byId = (id: string): Element | null => findOne((e) => getAttributeValue(e, 'id') === id, doc.children);
  const scripts = all((e) => e.name === 'script');
  const islandEl = scripts.find((s) => getAttributeValue(s, 'type') === 'application/json');
  const island = JSON.parse(islandEl ? textContent(islandEl) : 'null') as Island;
  return { doc, all, byId, scripts, island, islandRaw: islandEl ? textContent(islandEl) : '' };
}

const sha = (text: string): string => createHash('sha256').update(text, 'utf8').digest('base64');

/** The sample report with hostile posts added. */
function hostileReport(): Report {
  const r = sampleReport();
  const hostile = [
    flagged(HOSTILE.script, ['alert(1)'], { id: 'h-script', score: 66 }),
    flagged(HOSTILE.img, ['onerror'], { id: 'h-img', score: 65, url: 'javascript:alert(1)' }),
    flagged('end </script><script>alert(2)</script> and </SCRIPT > and <!-- <script> -->', ['</script>'], { id: 'h-close', score: 64, url: 'data:text/html,<b>x</b>' }),
    flagged(HOSTILE.bidi, ['evil'], { id: 'h-bidi', score: 63, url: 'https://example.com/a"b<c>d' }),
    flagged('line1\u2028line2 & "quotes" \'single\'', [], { id: 'h-misc', score: 62, sharedFrom: '<b>someone</b>' }),
  ];
  return {
    ...r,
    inputs: [{ ...r.inputs[0]!, path: '<img src=x onerror=alert(3)>.zip \u202Egpj.exe', account: 'o"ne<two>' }, ...r.inputs.slice(1)],
    posts: [...r.posts, ...hostile],
  };
}

describe('html report: one self-contained file', () => {
  const html = renderHtml(sampleReport());
  const { all, scripts } = parse(html);

  it('is a complete HTML document in English with a viewport', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en-GB">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(htmlRenderer).toMatchObject({ extension: 'html', mediaType: 'text/html' });
  });

  it('has a Content-Security-Policy that forbids every request and allows only its own inline code, by hash', () => {
    const meta = all((e) => e.name === 'meta' && getAttributeValue(e, 'http-equiv') === 'Content-Security-Policy')[0];
    const csp = getAttributeValue(meta!, 'content') ?? '';
    const directives = Object.fromEntries(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v.join(' ')]));
    const inline = scripts.find((s) => !getAttributeValue(s, 'type'))!;
    const style = all((e) => e.name === 'style')[0]!;
    expect(directives).toEqual({
      'default-src': "'none'",
      'script-src': `'sha256-${sha(textContent(inline))}'`,
      'style-src': `'sha256-${sha(textContent(style))}'`,
      'img-src': 'data:',
      'base-uri': "'none'",
      'form-action': "'none'",
    });
    expect(textContent(inline)).toBe(CLIENT_SCRIPT);
  });

  it('references nothing outside itself', () => {
    expect(all((e) => 'src' in e.attribs)).toEqual([]);
    for (const e of all((el) => 'href' in el.attribs)) expect(getAttributeValue(e, 'href')).toMatch(/^(#[\w-]+|data:,)$/);
    expect(html).not.toMatch(/@import|url\(|https?:\/\/(?!x\.com|www\.facebook\.com|www\.w3\.org\/2000\/svg)/);
    expect(scripts).toHaveLength(2);
  });

  it('is the same bytes for the same report, and keys decisions by a stable report id', () => {
    expect(renderHtml(sampleReport())).toBe(html);
    const r = sampleReport();
    expect(reportId(r)).toMatch(/^[0-9a-f]{16}$/);
    expect(reportId({ ...r, generatedAt: '2025-01-02T03:04:06.000Z' })).not.toBe(reportId(r));
  });
});

describe('html report: summary', () => {
  const html = renderHtml(sampleReport());
  const { byId, all } = parse(html);

  it('counts by recommendation, listing none of the kept posts', () => {
    const cards = all((e) => e.name === 'li' && (getAttributeValue(e, 'class') ?? '').startsWith('card')).map((e) => textContent(e));
    expect(cards).toEqual(['3 to delete', '4 to review', '4 fine, not listed', '11 posts read']);
    expect(html).not.toContain('KEPT-SENTINEL');
  });

  it('gives each standard its wording, and counts by concern and platform', () => {
    const standards = textContent(byId('by-standard')!);
    expect(standards).toContain('Maintain appropriate boundaries');
    expect(standards).toContain('You must treat information about service users as confidential.');
    const rowsOf = (caption: string): string[] => {
      const table = all((e) => e.name === 'table' && textContent(findAll((c) => c.name === 'caption', [e])[0]!) === caption)[0]!;
      return findAll((e) => e.name === 'tr', [table]).map((tr) => findAll((c) => c.name === 'td' || c.name === 'th', [tr]).map((c) => textContent(c)).join('|'));
    };
    expect(rowsOf('By concern')).toEqual(['Concern|Flagged posts', 'Trust|5', 'Boundaries|1', 'Confidentiality|1']);
    expect(rowsOf('By platform')).toEqual(['Platform|Posts read|Flagged', 'Facebook|4|2', 'X (Twitter)|7|5']);
  });

  it('draws flagged posts per year as inline SVG, with the years between filled in', () => {
    const svg = all((e) => e.name === 'svg')[0]!;
    expect(getAttributeValue(svg, 'role')).toBe('img');
    const bars = findAll((e) => e.name === 'rect', [svg]).map((r) => textContent(r));
    expect(bars).toEqual(['2015: 1 flagged post', '2016: 0 flagged posts', '2017: 0 flagged posts', '2018: 0 flagged posts', '2019: 2 flagged posts', '2020: 0 flagged posts', '2021: 3 flagged posts']);
    expect(yearChart([['0003', 1], ['2020', 2], ['unknown', 1]])).toMatch(/0003: 1 flagged post[\s\S]*2020: 2[\s\S]*unknown: 1/);
    expect(yearChart([])).toBe('');
  });

  it('reports the decisions: kept by you, and deleted but still present', () => {
    expect(html).toMatch(/1 flagged post you decided to keep is not listed \(kept by you\); <strong>1 post you marked deleted is still present<\/strong>/);
  });

  it('says so plainly when nothing was flagged', () => {
    const clean = renderHtml(cleanReport());
    expect(clean).toContain('No posts were flagged.');
    expect(clean).not.toContain('id="app"');
    expect(parse(clean).island.posts).toEqual([]);
  });
});

describe('html report: the posts', () => {
  const report = sampleReport();
  const { island, byId } = parse(renderHtml(report));

  it('embeds the flagged posts, urgent first, leaving out those you decided to keep', () => {
    expect(island.posts.map((p) => p.i)).toEqual(['del-top', 'del-older', 'del-newer', 'decided-deleted', 'overlap', 'specials']);
    expect(island.hiddenKept).toBe(1);
    expect(island.carried).toEqual([['x', 'decided-keep', 'keep', report.generatedAt]]);
    expect(island.posts.find((p) => p.i === 'decided-deleted')?.dc).toBe('deleted');
    expect(island.reportId).toBe(reportId(report));
  });

  it('cuts the text at evidence edges: even pieces plain, odd pieces marked', () => {
    const top = island.posts[0]!;
    expect(top.x).toEqual(['Saw ', 'my patient Mrs X', ' at Tesco, she was ', 'drunk', ' again']);
    const overlap = island.posts.find((p) => p.i === 'overlap')!;
    expect(overlap.x).toEqual(['Call me on my ', 'personal number, message me', ' ', 'privately']);
    expect(top.f.map((f) => [f.n, f.m])).toEqual([[['5.1'], 'Describes a patient who could be identified.'], [['9.1'], 'Mentions being drunk.']]);
    expect(island.clauses).toEqual({ '1.9': 'Maintain appropriate boundaries', '5.1': 'Respect confidentiality', '9.1': 'Be honest and trustworthy' });
  });

  it('offers filters by recommendation, standard, concern, platform, kind, year and decision', () => {
    const options = (id: string): string[] => findAll((e) => e.name === 'option', [byId(id)!]).map((o) => textContent(o));
    expect(options('f-rec')).toEqual(['All (6)', 'Delete (3)', 'Review (3)', 'Still present (1)']);
    expect(options('f-std')).toEqual(['All (6)', 'HCPC 1.9 Maintain appropriate boundaries (1)', 'HCPC 5.1 Respect confidentiality (1)', 'HCPC 9.1 Be honest and trustworthy (5)']);
    expect(options('f-platform')).toEqual(['All (6)', 'Facebook (2)', 'X (Twitter) (4)']);
    expect(options('f-year')).toEqual(['All (6)', '2015 (1)', '2019 (2)', '2020 (1)', '2021 (2)']);
    for (const id of ['q', 'f-concern', 'f-kind', 'f-decision', 'f-sort']) expect(byId(id)).not.toBeNull();
    expect(textContent(byId('progress-text')!)).toBe('0 of 7 decided');
  });
});

describe('html report: hostile text stays inert', () => {
  const report = hostileReport();
  const html = renderHtml(report);
  const { all, scripts, island, islandRaw } = parse(html);
  const post = (id: string): IslandPost => island.posts.find((p) => p.i === id)!;

  it('lets no post text become markup: the only elements are the report\u2019s own', () => {
    expect(scripts).toHaveLength(2);
    expect(all((e) => e.name === 'img' || e.name === 'iframe' || e.name === 'object' || e.name === 'b')).toEqual([]);
    expect(all((e) => Object.keys(e.attribs).some((a) => a.startsWith('on')))).toEqual([]);
    expect(html.match(/<script/gi)).toHaveLength(2);
    expect(html.match(/<\/script/gi)).toHaveLength(2);
    expect(html).not.toContain('<!--');
  });

  it('escapes the JSON island so nothing can close it, and reads back exactly', () => {
    expect(islandRaw).not.toMatch(/[<>]/);
    expect(post('h-close').x.join('')).toBe('end </script><script>alert(2)</script> and </SCRIPT > and <!-- <script> -->');
    expect(post('h-img').x.join('')).toBe(HOSTILE.img);
    expect(post('h-misc').x.join('')).toBe('line1\u2028line2 & "quotes" \'single\'');
    expect(islandRaw).toContain('\\u2028');
  });

  it('keeps only http(s) links, normalised', () => {
    expect(post('h-img').u).toBeNull();
    expect(post('h-close').u).toBeNull();
    expect(post('h-bidi')).toMatchObject({ u: 'https://example.com/a%22b%3Cc%3Ed', h: 'example.com' });
    expect(html).not.toMatch(/href="javascript:/i);
  });

  it('shows bidi controls and other hidden characters as visible labels, never raw', () => {
    // eslint-disable-next-line no-control-regex
    expect(html).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C\u200B\uFEFF\u0000-\u0008]/);
    expect(post('h-bidi').x.join('')).toBe('pay [U+202E]evil[U+202C] to [U+2066]me[U+2069] [U+200F]ok');
    expect(html).toContain('&lt;img src=x onerror=alert(3)&gt;.zip [U+202E]gpj.exe');
  });

  it('escapes text from the export in the static parts (paths, accounts)', () => {
    expect(html).toContain('@o&quot;ne&lt;two&gt;');
    expect(html).not.toContain('o"ne<two>');
    expect(post('h-misc')).toMatchObject({});
  });

  it('builds the page with textContent only, never HTML strings', () => {
    for (const sink of ['innerHTML', 'outerHTML', 'insertAdjacentHTML', 'document.write', 'eval(', 'new Function', 'setAttribute(\'href\'', 'srcdoc']) {
      expect(CLIENT_SCRIPT).not.toContain(sink);
    }
    expect(CLIENT_SCRIPT).toMatch(/\/\^https\?:\\\/\\\/\/i\.test\(url\)/); // the script checks the scheme again
  });

  it('escapes any string for a script element (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const out = jsonForScript({ s });
        expect(out).not.toMatch(/[<>\u2028\u2029]/);
        expect((JSON.parse(out) as { s: string }).s).toBe(s);
      }),
      { numRuns: 500 },
    );
  });
});
