/**
 * Every renderer over reports made of arbitrary posts (text, links, accounts, dates, paths and
 * warnings from the awkward end of Unicode and of HTML and Markdown syntax), judged by the real
 * rules: each renders without throwing, the JSON meets the contract, evidence spans lie inside the
 * text, and nothing from a post becomes markup (an HTML element or attribute, a Markdown link or
 * image) or a spreadsheet formula.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parse as parseCsv } from 'csv-parse/sync';
import { parseDocument, DomUtils } from 'htmlparser2';
import { RENDERERS, FORMATS } from '../../src/report/render.js';
import { ReportSchema, type ReportInput } from '../../src/model/report.js';
import { buildReport } from '../../src/pipeline/build-report.js';
import { judgePost } from '../../src/pipeline/audit.js';
import { DEFAULT_THRESHOLDS } from '../../src/pipeline/score.js';
import { loadPack } from '../../src/standards/pack.js';
import type { Post } from '../../src/model/post.js';
import { IMPORTERS } from '../../src/importers/index.js';
import { awkwardString, postText, postWith } from './support.js';

const pack = loadPack('hcpc');
const RUNS = 100;

const hostileUrl = fc.oneof(fc.constant(null), fc.webUrl(), awkwardString, fc.constantFrom('javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', ' https://x.com/a"><script>', 'https://x.com/a b<c>', 'vbscript:x'));
const post: fc.Arbitrary<Post> = fc
  .record({
    text: postText,
    id: fc.oneof(fc.stringMatching(/^\d{1,20}$/), awkwardString.filter((s) => s.length > 0)),
    kind: fc.constantFrom<Post['kind']>('post', 'reply', 'repost', 'quote', 'like', 'message', 'comment', 'article'),
    platform: fc.constantFrom<Post['platform']>('x', 'facebook', 'linkedin', 'whatsapp', 'generic'),
    account: fc.option(awkwardString, { nil: null }),
    createdAt: fc.oneof(fc.date({ min: new Date('1990-01-01'), max: new Date('2030-01-01'), noInvalidDate: true }).map((d) => d.toISOString()), awkwardString),
    url: hostileUrl,
    links: fc.array(fc.record({ url: awkwardString, domain: awkwardString }), { maxLength: 2 }),
    altText: fc.option(awkwardString, { nil: null }),
    sharedFrom: fc.option(awkwardString, { nil: null }),
    audience: fc.option(awkwardString, { nil: null }),
    file: awkwardString,
  })
  .map((r) =>
    postWith(r.text, {
      id: r.id,
      kind: r.kind,
      platform: r.platform,
      account: r.account,
      createdAt: r.createdAt,
      url: r.url,
      links: r.links,
      media: r.altText === null ? [] : [{ type: 'photo', path: null, altText: r.altText, remoteUrl: r.url }],
      sharedFrom: r.sharedFrom,
      audience: r.audience,
      source: { input: 'in', file: r.file },
    }),
  );
const input: fc.Arbitrary<ReportInput> = fc.record({
  path: awkwardString,
  // An input's platform is an importer's id (never free text: "valueOf" here once broke a label lookup).
  platform: fc.constantFrom(null, ...IMPORTERS.map((i) => i.id)),
  account: fc.option(awkwardString, { nil: null }),
  posts: fc.nat({ max: 10 }),
  warnings: fc.array(fc.record({ file: fc.option(awkwardString, { nil: null }), message: awkwardString }), { maxLength: 2 }),
  error: fc.option(awkwardString, { nil: null }),
});

describe('the renderers over arbitrary posts', () => {
  it.each(FORMATS)('%s renders any report without throwing, with nothing from a post turned into markup', (format) => {
    fc.assert(
      fc.property(fc.array(post, { minLength: 1, maxLength: 5 }), fc.array(input, { minLength: 1, maxLength: 2 }), (posts, inputs) => {
        const judged = posts.map((p) => judgePost(p, { pack }));
        for (const p of judged) {
          for (const f of p.findings) for (const e of f.evidence) expect(0 <= e.start && e.start <= e.end && e.end <= p.text.length && p.text.slice(e.start, e.end) === e.text).toBe(true);
        }
        const report = buildReport(inputs, [judged], { pack, since: undefined, until: undefined, includeMessages: true, thresholds: DEFAULT_THRESHOLDS, generatedAt: new Date('2025-01-01T00:00:00Z') });
        const out = RENDERERS[format].render(report, { pack });
        expect(typeof out).toBe('string');
        if (format === 'json') ReportSchema.parse(JSON.parse(out));
        if (format === 'md') {
          expect(out).not.toMatch(/<(?!https?:\/\/)[A-Za-z/!?]/);
          for (const m of out.matchAll(/(?<!\\)\]\(([^)]*)\)/g)) expect(m[1]).toMatch(/^<https?:\/\//);
          expect(out).not.toMatch(/(?<!\\)!(?<!\\)\[/);
        }
        if (format === 'html') {
          const doc = parseDocument(out);
          for (const el of DomUtils.findAll(() => true, doc.children)) {
            for (const [name, value] of Object.entries(el.attribs)) {
              expect(name, `${el.name} ${name}`).not.toMatch(/^on/i);
              // Only the page's own empty data: icon; a post's link is http(s) or not a link at all.
              if (name === 'href' || name === 'src' || name === 'action') expect(value, `${el.name} ${name}`).toMatch(el.name === 'a' ? /^(https?:|#|$)/ : /^(https?:|#|$|data:,$)/);
            }
          }
          for (const script of DomUtils.getElementsByTagName('script', doc.children)) expect(DomUtils.textContent(script)).not.toMatch(/<\/script|<!--/i);
        }
        if (format === 'csv') {
          const rows = parseCsv(out, { bom: true, relax_column_count: true }) as string[][];
          for (const row of rows.slice(1)) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
        }
      }),
      { numRuns: RUNS },
    );
  }, 120_000);
});
