/**
 * End to end: an X archive of hostile tweets (<script>, event handlers, javascript: and data: links,
 * Markdown link, image, heading and table injection, bidi controls, control characters, CSV
 * formulas) audited by the real CLI to every format there is, and each report checked to show the
 * text as text: nothing runs, links, loads or reorders, and nothing is lost.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse as parseCsv } from 'csv-parse/sync';
import { parseDocument, DomUtils } from 'htmlparser2';
import { chromium } from 'playwright-core';
import { generateHostileTextArchive, HOSTILE_TEXTS } from './generate.js';
import { FORMATS } from '../../src/report/render.js';
import { LINE_BREAK, revealHidden } from '../../src/report/model.js';
import { ReportSchema, type Report } from '../../src/model/report.js';
import { decodeQuote } from '../report/markdown-read.js';

// Functions given to page.evaluate run in the browser; the project compiles without the DOM library.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
declare const document: any;

const root = resolve(import.meta.dirname, '..', '..');
const bin = join(root, 'bin', 'hindsight.js');
const CHROMIUM = '/usr/bin/chromium';
/** Characters that must never reach a report raw: bidi controls, C0/C1 controls but tab and newline. */
// eslint-disable-next-line no-control-regex
const RAW_HIDDEN = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

let dir: string;
let report: Report;
const outputs = new Map<string, string>();

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'hindsight-inert-'));
  const archive = await generateHostileTextArchive(join(dir, 'archive'));
  const formats = FORMATS.filter((f) => ['json', 'md', 'html', 'csv'].includes(f));
  const r = spawnSync(process.execPath, [bin, 'audit', archive, '--format', formats.join(','), '-o', join(dir, 'report'), '-q'], { encoding: 'utf8', input: '' });
  expect(r.status, r.stderr).toBe(0);
  for (const f of formats) outputs.set(f, readFileSync(join(dir, `report.${f}`), 'utf8'));
  report = ReportSchema.parse(JSON.parse(outputs.get('json')!));
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Whitespace runs made one space: layouts differ between formats, words must not. */
const words = (s: string): string => s.replace(/\s+/g, ' ').trim();

describe('hostile post text', () => {
  it('is read whole and every post is listed (flagged), so each report shows it', () => {
    expect(report.posts.map((p) => p.text).sort()).toEqual([...HOSTILE_TEXTS].map((t) => t.replace('&lt;script&gt; double-escaped &amp;lt; and &#x3C;img&#x3E;', '<script> double-escaped &lt; and <img>')).sort());
    expect(report.posts.every((p) => p.recommendation !== 'keep')).toBe(true);
  });

  it('stays the same text in the JSON report (JSON.parse gives back every character, controls included)', () => {
    const texts = new Set(report.posts.map((p) => p.text));
    expect(texts.has(HOSTILE_TEXTS.find((t) => t.startsWith('Null'))!)).toBe(true);
    expect(texts.has(HOSTILE_TEXTS.find((t) => t.startsWith('Bidi'))!)).toBe(true);
  });

  it('is inert in the Markdown report: no raw HTML, no link, image, heading, table or fence of its own, nothing hidden', () => {
    const md = outputs.get('md')!;
    // No raw tag, comment or processing instruction (the only "<" are the report's own <https://...> link targets).
    expect(md).not.toMatch(/<(?!https?:\/\/)[A-Za-z/!?]/);
    // Every link target is the report's own https link to the post.
    for (const m of md.matchAll(/(?<!\\)\]\(([^)]*)\)/g)) expect(m[1]).toMatch(/^<https:\/\/x\.com\//);
    // No image, no reference definition, nothing raw that hides or reorders.
    expect(md).not.toMatch(/(?<!\\)!(?<!\\)\[/);
    expect(md).not.toMatch(/^\s{0,3}\[[^\]]*\]:/m);
    expect(md).not.toMatch(RAW_HIDDEN);
    // Post text is only ever inside a quote: the lines it could have turned into structure are all quoted.
    for (const line of md.split('\n')) {
      if (/Heading injection|table \\?\| injection|code fence|\\?\[ref\\?\]|exe\.evil/.test(line)) expect(line.startsWith('>'), line).toBe(true);
    }
  });

  it('is quoted whole in the Markdown report, hidden characters shown as visible labels', () => {
    const md = outputs.get('md')!;
    const quotes: string[] = [];
    let block: string[] = [];
    for (const line of [...md.split('\n'), '']) {
      if (line.startsWith('>')) block.push(line);
      else if (block.length) {
        quotes.push(words(decodeQuote(block).replace(/\[\[|\]\]/g, '')));
        block = [];
      }
    }
    for (const post of report.posts) {
      const expected = words(revealHidden(post.text, (label) => `[${label}]`).split(LINE_BREAK).join('\n'));
      expect(quotes, post.text).toContain(expected);
    }
  });

  it('cannot start a formula in the CSV report', () => {
    if (!outputs.has('csv')) return;
    const rows = parseCsv(outputs.get('csv')!, { bom: true }) as string[][];
    for (const row of rows) for (const cell of row) expect(cell, cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(outputs.get('csv')).not.toMatch(RAW_HIDDEN);
  });

  it('is inert in the HTML file as written: no element or attribute comes from a post, and the data cannot close its script', () => {
    if (!outputs.has('html')) return;
    const html = outputs.get('html')!;
    const doc = parseDocument(html);
    for (const el of DomUtils.findAll(() => true, doc.children)) {
      for (const [name, value] of Object.entries(el.attribs)) {
        expect(`${name}=${value}`, el.name).not.toMatch(/alert\(|evil\.example|javascript:|vbscript:|data:text/i);
      }
      expect(['iframe', 'img', 'svg', 'form', 'object', 'embed', 'base', 'meta[http-equiv]'].includes(el.name) && /evil|alert/.test(DomUtils.getOuterHTML(el)), el.name).toBe(false);
    }
    // Every script is the report's own: its data island holds the posts with "<" escaped.
    for (const script of DomUtils.getElementsByTagName('script', doc.children)) {
      const body = DomUtils.textContent(script);
      expect(body).not.toMatch(/<\/script|<!--/i);
    }
    expect(html).not.toMatch(RAW_HIDDEN);
  });

  it.skipIf(!existsSync(CHROMIUM))('runs nothing, loads nothing and shows every post as text in a browser (headless Chromium)', async () => {
    if (!outputs.has('html')) return;
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'] });
    try {
      const page = await browser.newPage();
      const problems: string[] = [];
      page.on('dialog', (d) => {
        problems.push(`dialog: ${d.message()}`);
        void d.dismiss();
      });
      page.on('request', (r) => {
        if (!/^(file|data|blob):/.test(r.url())) problems.push(`request: ${r.url()}`);
      });
      page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
      await page.goto(pathToFileURL(join(dir, 'report.html')).href);
      await page.waitForSelector('html[data-ready="true"]', { timeout: 15_000 });
      await page.waitForTimeout(300);
      const dom = await page.evaluate(() => {
        const bad: string[] = [];
        for (const el of document.querySelectorAll('*')) {
          for (const attr of el.attributes) {
            if (/^on/i.test(attr.name) || /javascript:|vbscript:|data:text|evil\.example|alert\(/i.test(attr.value)) bad.push(`${el.tagName} ${attr.name}=${attr.value}`);
          }
          if (['IFRAME', 'OBJECT', 'EMBED'].includes(el.tagName)) bad.push(el.tagName);
        }
        return { bad, text: document.body.innerText as string };
      });
      expect(problems).toEqual([]);
      expect(dom.bad).toEqual([]);
      // Every post's words are on the page as text (hidden characters shown as labels).
      const pageText = words(dom.text);
      for (const post of report.posts) {
        const first = words(revealHidden(post.text, (label) => `[${label}]`)).slice(0, 24);
        expect(pageText, first).toContain(first);
      }
    } finally {
      await browser.close();
    }
  }, 60_000);
});
