import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/model/report.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { loadPack } from '../../src/standards/pack.js';
import { decodeInline, decodeQuote, flankingProblems, quoteLines, sectionOf } from './markdown-read.js';
import { HOSTILE, cleanReport, ev, finding, post, sampleReport, singlePostReport } from './sample-report.js';

/** The single post's quote, decoded to text with marks as [[...]]. */
function marked(text: string, needles: string[]): string {
  const md = renderMarkdown(singlePostReport(text, needles));
  const lines = quoteLines(sectionOf(md, '### R1.'));
  for (const line of lines) expect(flankingProblems(line.slice(1))).toEqual([]);
  return decodeQuote(lines);
}

/** Every line of the document outside post quotes, and every quote line's content. */
function stripOwnSyntax(md: string): string {
  return md
    .replace(/\]\(<https?:\/\/[^>\s]*>\)/g, '](LINK)') // our own link targets
    .replace(/^>/gm, ''); // quote markers
}

describe('markdown report: structure and counts', () => {
  const md = renderMarkdown(sampleReport());

  it('has the sections in order', () => {
    const headings = md.split('\n').filter((l) => /^#{1,2} /.test(l));
    expect(headings).toEqual([
      '# Social media audit report',
      '## Summary',
      '## How to act on this report',
      '## Posts to delete (3)',
      '## Posts to review (3)',
    ]);
  });

  it('counts posts by recommendation', () => {
    const s = sectionOf(md, '### By recommendation');
    expect(s).toContain('| Delete | 3 |');
    expect(s).toContain('| Review | 4 |');
    expect(s).toContain('| Keep | 4 |');
    expect(s).toContain('| **Total** | 11 |');
    expect(md).toContain('11 posts read from 3 inputs: **3 to delete**, **4 to review**, 4 to keep');
  });

  it('counts by standard in clause order, with the clause wording', () => {
    const s = sectionOf(md, '### By standard');
    const rows = s.split('\n').filter((l) => l.startsWith('| **'));
    expect(rows.map((r) => /\*\*([\d.]+)\*\*/.exec(r)?.[1])).toEqual(['1.9', '5.1', '9.1']);
    expect(rows[2]).toContain('| 5 |');
    expect(rows[2]).toContain('justifies the public’s trust and confidence in you and your profession.');
    expect(rows[0]).toContain('Maintain appropriate boundaries');
  });

  it('counts by concern, year and platform', () => {
    const concern = sectionOf(md, '### By concern');
    expect(concern.indexOf('| Trust | 5 |')).toBeLessThan(concern.indexOf('| Boundaries | 1 |'));
    const year = sectionOf(md, '### By year');
    expect(year).toMatch(/\| 2015 \| 1 \|[\s\S]*\| 2019 \| 2 \|[\s\S]*\| 2021 \| 3 \|/);
    const platform = sectionOf(md, '### By platform');
    expect(platform).toContain('| Facebook | 4 | 2 |');
    expect(platform).toContain('| X \\(Twitter\\) | 7 | 5 |');
  });

  it('lists the inputs with post counts, warnings and errors', () => {
    const s = sectionOf(md, '### Inputs');
    expect(s).toContain('| exports/twitter-2024.zip | X \\(Twitter\\) | sample\\_nurse | 6 | 1 | read |');
    expect(s).toContain('| exports/missing.zip | — | — | 0 | 0 | **could not be read:** file not found |');
    expect(s).toContain('- exports/twitter-2024.zip › data/broken.js: could not parse: unexpected token');
    expect(md).toContain('**1 input could not be read**');
  });

  it('says whether private messages were scanned', () => {
    expect(sectionOf(md, '### Private messages')).toContain('**were not scanned**');
    const r = sampleReport();
    r.options = { ...r.options!, includeMessages: true };
    (r.inputs[1] as Report['inputs'][number]).messagesScanned = true;
    const yes = sectionOf(renderMarkdown(r), '### Private messages');
    expect(yes).toContain('**were scanned**');
    expect(yes).toContain('Messages were read from: exports/facebook.');
    delete r.options;
    expect(sectionOf(renderMarkdown(r), '### Private messages')).toContain('does not record whether');
  });

  it('names the standards pack, document and date', () => {
    expect(md).toContain(
      'Standards: **Health and Care Professions Council \\(HCPC\\)**, Standards of conduct, performance and ethics, as quoted in the HCPC’s Guidance on social media (2024-09-01; pack hcpc).',
    );
    expect(md).toContain('Generated 2025-01-02 03:04 UTC by hindsight 0.1.0.');
  });

  it('explains how to act, including that historic posts count', () => {
    const s = sectionOf(md, '## How to act on this report');
    expect(s).toContain('delete it on the platform itself');
    expect(s).toContain('even posts from before you registered');
  });
});

describe('markdown report: the posts', () => {
  const md = renderMarkdown(sampleReport());
  const del = sectionOf(md, '## Posts to delete');
  const rev = sectionOf(md, '## Posts to review');

  it('puts delete before review, by score then oldest first', () => {
    expect(md.indexOf('## Posts to delete')).toBeLessThan(md.indexOf('## Posts to review'));
    const heads = del.split('\n').filter((l) => l.startsWith('### '));
    expect(heads).toEqual([
      '### D1. Score 95: X \\(Twitter\\) post, 2019-11-12 08:05 UTC',
      '### D2. Score 90: Facebook post, 2015-07-08 23:59 UTC',
      '### D3. Score 90: X \\(Twitter\\) post, 2021-02-01 20:15 UTC',
    ]);
  });

  it('puts posts decided deleted but still present first, and leaves out posts decided keep', () => {
    const heads = rev.split('\n').filter((l) => l.startsWith('### '));
    expect(heads.map((h) => /Score (\d+)/.exec(h)?.[1])).toEqual(['42', '60', '45']);
    expect(sectionOf(rev, '### R1.')).toContain('**Your decision:** deleted, but the post is still in this export');
    expect(md).not.toContain('DECIDED-KEEP-SENTINEL');
    expect(md).toContain('1 flagged post you decided to keep is not listed.');
  });

  it('never lists kept posts', () => {
    expect(md).not.toContain('KEPT-SENTINEL');
    expect(md).not.toContain('### K');
  });

  it('gives date, platform, kind, score, link and every finding', () => {
    const d1 = sectionOf(del, '### D1.');
    expect(d1).toContain('- **Date:** 2019-11-12 08:05 UTC');
    expect(d1).toContain('- **Platform:** X \\(Twitter\\), **kind:** post, **account:** sample\\_nurse');
    expect(d1).toContain('- **Score:** 95 (delete)');
    expect(d1).toMatch(/- \*\*Link:\*\* \[open the original post on x\.com\]\(<https:\/\/x\.com\/sample_nurse\/status\/\d+>\)/);
    expect(d1).toContain('- **High** severity, confidence 90%: Describes a patient who could be identified.');
    expect(d1).toContain('  - Standards: HCPC 5.1 (Respect confidentiality)');
    expect(d1).toContain('- **Low** severity, confidence 55%: Mentions being drunk.');
    expect(d1).toContain('  - Standards: HCPC 9.1 (Be honest and trustworthy)');
    expect(decodeQuote(quoteLines(d1))).toBe('Saw [[my patient Mrs X]] at Tesco, she was [[drunk]] again');
    expect(sectionOf(del, '### D2.')).toContain('- **Link:** none in the export');
  });

  it('marks overlapping evidence once, and evidence made of Markdown specials exactly', () => {
    expect(decodeQuote(quoteLines(sectionOf(rev, '### R2.')))).toBe('Call me on my [[personal number, message me]] [[privately]]');
    expect(decodeQuote(quoteLines(sectionOf(rev, '### R3.')))).toBe(
      'So [[*drunk*]] and [[_wasted_]] at [[[the] #party]] (again) | 100% [[`true` <3]] \\o/',
    );
  });

  it('says plainly when nothing was flagged', () => {
    const clean = renderMarkdown(cleanReport());
    expect(clean).toContain('**No posts were flagged.**');
    expect(clean).toContain('## Posts to delete or review\n\nNone: no posts were flagged.');
    expect(clean).not.toContain('KEPT-SENTINEL');
  });

  it('takes clause wording from the pack when the report carries none, but only the same pack', () => {
    const r = sampleReport();
    delete r.clauses;
    expect(sectionOf(renderMarkdown(r), '### By standard')).toContain('(wording not included in this report)');
    const withPack = sectionOf(renderMarkdown(r, { pack: loadPack('hcpc') }), '### By standard');
    expect(withPack).toContain('You must treat information about service users as confidential.');
    const other = { ...loadPack('hcpc'), id: 'other' };
    expect(sectionOf(renderMarkdown(r, { pack: other }), '### By standard')).not.toContain('You must treat');
  });

  it('derives counts by year and platform when the summary lacks them', () => {
    const r = sampleReport();
    delete r.summary.byYear;
    delete r.summary.byPlatform;
    const md2 = renderMarkdown(r);
    expect(sectionOf(md2, '### By year')).toMatch(/\| 2015 \| 1 \|[\s\S]*\| 2019 \| 2 \|[\s\S]*\| 2020 \| 2 \|[\s\S]*\| 2021 \| 2 \|/);
    // The posts array lists fewer posts than were read, so totals per platform are unknown.
    expect(sectionOf(md2, '### By platform')).toContain('| Facebook | — | 2 |');
  });

  it('is deterministic', () => {
    expect(renderMarkdown(sampleReport())).toBe(md);
  });
});

describe('markdown report: evidence marks', () => {
  it('marks one span', () => {
    expect(marked('I was drunk at work', ['drunk'])).toBe('I was [[drunk]] at work');
  });

  it('marks several spans, in any order', () => {
    expect(marked('drunk and high and drunk', ['high', 'drunk'])).toBe('[[drunk]] and [[high]] and drunk');
    const text = 'one two three four';
    const r = singlePostReport(text, []);
    (r.posts[0] as Report['posts'][number]).findings = [
      finding({ evidence: [ev(text, 'four'), ev(text, 'one')] }),
      finding({ evidence: [ev(text, 'three')] }),
    ];
    expect(decodeQuote(quoteLines(sectionOf(renderMarkdown(r), '### R1.')))).toBe('[[one]] two [[three]] [[four]]');
  });

  it('merges overlapping, nested and touching spans', () => {
    expect(marked('abcdefghij', ['bcd', 'cdef'])).toBe('a[[bcdef]]ghij');
    expect(marked('abcdefghij', ['bcdefg', 'de'])).toBe('a[[bcdefg]]hij');
    expect(marked('abcdefghij', ['abc', 'def'])).toBe('[[abcdef]]ghij');
  });

  it('keeps marks on the right characters when escaping lengthens the text', () => {
    const text = '<b>*a*</b> & [x](y) `z` drunk #1 | _u_ \\o/ drunk';
    expect(marked(text, ['drunk', '#1 | _u_'])).toBe('<b>*a*</b> & [x](y) `z` [[drunk]] [[#1 | _u_]] \\o/ drunk');
    expect(marked('<<<>>> x', ['>>']))
      .toBe('<<<[[>>]]> x');
  });

  it('marks evidence that is itself made of specials', () => {
    expect(marked('So *drunk* and [the] #party', ['*drunk*', '[the] #party'])).toBe('So [[*drunk*]] and [[[the] #party]]');
    expect(marked('f**k that', ['f**k'])).toBe('[[f**k]] that');
    expect(marked('***', ['*'])).toBe('[[*]]**');
  });

  it('makes marks render even between word characters and punctuation', () => {
    // `foo**"bar"**baz` is not emphasis in CommonMark; the renderer must fix that (checked in marked()).
    expect(marked('foo"bar"baz', ['"bar"'])).toBe('foo[["bar"]]baz');
    expect(marked('a(b)c', ['(b)'])).toBe('a[[(b)]]c');
    expect(marked('x*y', ['*'])).toBe('x[[*]]y');
    expect(marked('ab', ['a'])).toBe('[[a]]b');
    expect(marked('see😀you', ['😀'])).toBe('see[[😀]]you');
  });

  it('marks spans across line breaks line by line', () => {
    expect(marked('first line\nsecond line', ['line\nsecond'])).toBe('first [[line]]\n[[second]] line');
  });

  it('leaves whitespace at the edges of evidence outside the mark', () => {
    expect(marked('say  hi  there', [' hi '])).toBe('say  [[hi]]  there');
  });

  it('never splits a surrogate pair or a grapheme', () => {
    const text = 'ok 👍🏽 fine';
    const r = singlePostReport(text, []);
    // Evidence that ends between the thumbs-up and its skin-tone modifier.
    (r.posts[0] as Report['posts'][number]).findings = [finding({ evidence: [{ start: 3, end: 5, text: text.slice(3, 5) }] })];
    expect(decodeQuote(quoteLines(sectionOf(renderMarkdown(r), '### R1.')))).toBe('ok [[👍🏽]] fine');
  });

  it('finds evidence whose offsets disagree with its text, and drops evidence it cannot find', () => {
    const text = 'drunk, then drunk again';
    const r = singlePostReport(text, []);
    (r.posts[0] as Report['posts'][number]).findings = [
      finding({ evidence: [{ start: 10, end: 15, text: 'drunk' }, { start: 0, end: 3, text: 'sober' }] }),
    ];
    expect(decodeQuote(quoteLines(sectionOf(renderMarkdown(r), '### R1.')))).toBe('drunk, then [[drunk]] again');
  });

  it('still marks evidence next to hidden characters', () => {
    expect(marked('a\u202Edrunk\u202C b', ['drunk'])).toBe('a[U+202E][[drunk]][U+202C] b');
  });
});

describe('markdown report: hostile text is inert', () => {
  const all = Object.values(HOSTILE).join('\n\n');
  const md = renderMarkdown(singlePostReport(all, ['<script>', 'javascript:alert(1)', 'Heading']));
  const body = stripOwnSyntax(md);

  it('keeps no raw HTML, autolink or entity from the text', () => {
    expect(body).not.toMatch(/[<>]/);
    expect(md).not.toMatch(/<(script|img)/i);
    expect(md).toContain('&lt;script&gt;');
    expect(md).toContain('&lt;img src=x onerror=alert\\(1\\)&gt;');
  });

  it('emits no link or image but its own http(s) links', () => {
    const targets = [...md.matchAll(/\]\(([^)]*)\)/g)].map((m) => m[1]);
    expect(targets.length).toBeGreaterThan(0);
    for (const t of targets) expect(t).toMatch(/^<https?:\/\//);
    expect(md).not.toContain('![');
    expect(md).toContain('\\[click\\]\\(**javascript:alert\\(1\\)**\\)');
    expect(md).toContain('\\!\\[\\]\\(data:image/png;base64,AAAA\\)');
  });

  it('cannot end the quote, start a heading, a rule or a table', () => {
    const quote = quoteLines(sectionOf(md, '### R1.'));
    expect(decodeQuote(quote)).toBe(all.replace('<script>', '[[<script>]]').replace('javascript:alert(1)', '[[javascript:alert(1)]]').replace('Heading', '[[Heading]]').replace(/[\u202A-\u202E\u2066-\u2069\u200F]/g, (c) => `[U+${c.codePointAt(0)!.toString(16).toUpperCase()}]`));
    expect(md.split('\n').filter((l) => /^#+ .*Heading/.test(l) || l === '---' || /^\s*\|?\s*a \|/.test(l))).toEqual([]);
    expect(quote).toContain('> \\# **Heading**\\');
    expect(quote).toContain('> \\---\\');
    expect(quote).toContain('> a \\| b \\| c');
  });

  it('neutralises bidi controls', () => {
    expect(md).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200E\u200F]/);
    expect(md).toContain('pay \\[U+202E\\]evil\\[U+202C\\] to \\[U+2066\\]me\\[U+2069\\] \\[U+200F\\]ok');
  });

  it('escapes list, heading, quote, code and setext markers at the start of a line', () => {
    const text = '- item\n+ plus\n* star\n1. one\n2) two\n> quote\n    code\n\tcode\n```js\n~~~\n===\n<div>\n[ref]: https://x.test';
    const quote = quoteLines(sectionOf(renderMarkdown(singlePostReport(text, ['item'])), '### R1.'));
    for (const line of quote) expect(line).toMatch(/^> (\\|&|\*\*|\d+\\|[a-z])/);
    expect(decodeQuote(quote)).toBe(text.replace('item', '[[item]]').replace('    code', '    code').replace('\tcode', '    code'));
  });

  it('keeps line breaks inside the quote, with blank lines as paragraph breaks', () => {
    const quote = quoteLines(sectionOf(renderMarkdown(singlePostReport('a\nb\r\nc\n\nd\\', ['b'])), '### R1.'));
    expect(quote).toEqual(['> a\\', '> **b**\\', '> c', '>', '> d\\\\']);
    const blank = quoteLines(sectionOf(renderMarkdown(singlePostReport('\n\na\n\n\n \nb\n\n', ['b'])), '### R1.'));
    expect(blank).toEqual(['> a', '>', '> **b**']);
  });

  it('makes bare URLs and addresses inert in GFM', () => {
    const quote = quoteLines(sectionOf(renderMarkdown(singlePostReport('go https://evil.test or www.evil.test, mail a.b@evil.test', ['go'])), '### R1.'));
    expect(quote[0]).toContain('https\\://evil.test');
    expect(quote[0]).toContain('www\\.evil.test');
    expect(quote[0]).toContain('a.b@\u2060evil.test');
  });

  it('links only http(s) post URLs, and encodes what could break the link', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'file:///etc/passwd', 'not a url']) {
      const md2 = renderMarkdown(singlePostReport('drunk', ['drunk'], { url }));
      const block = sectionOf(md2, '### R1.');
      expect(block).toContain('- **Link:** none usable');
      expect(block).not.toMatch(/\]\(/);
      expect(block).not.toMatch(/<script/);
    }
    const md3 = renderMarkdown(singlePostReport('drunk', ['drunk'], { url: 'https://x.test/a b)<c>\\d?q=(1)' }));
    const link = /\[open the original post on x\.test\]\(<([^>]*)>\)/.exec(md3);
    expect(link?.[1]).toBe('https://x.test/a%20b)%3Cc%3E/d?q=(1)');
  });

  it('escapes untrusted text outside the post too', () => {
    const r = singlePostReport('drunk', ['drunk'], { account: '<b>x</b>' });
    const p = r.posts[0] as Report['posts'][number];
    p.findings = [finding({ message: 'Says [x](javascript:1) | <i>', evidence: [ev('drunk', 'drunk')] })];
    r.inputs = [{ path: 'a|b\n# c', platform: 'x', account: null, posts: 1, warnings: [{ file: '<f>', message: '**m**' }], error: null }];
    const md2 = renderMarkdown(r);
    expect(stripOwnSyntax(md2)).not.toMatch(/[<>]/);
    expect(md2).toContain('Says \\[x\\]\\(javascript:1\\) \\| &lt;i&gt;');
    expect(md2).toContain('| a\\|b \\# c | X \\(Twitter\\) |');
    expect(md2).toContain('- a\\|b \\# c › &lt;f&gt;: \\*\\*m\\*\\*');
    // Every table row has as many unescaped pipes as its header.
    for (const table of md2.split('\n\n').filter((b) => b.startsWith('| '))) {
      const counts = table.split('\n').map((l) => l.replace(/\\\|/g, '').split('|').length);
      expect(new Set(counts).size).toBe(1);
    }
  });

  it('decodes back to the text it was given (round trip on every hostile sample)', () => {
    for (const text of Object.values(HOSTILE)) {
      const quote = quoteLines(sectionOf(renderMarkdown(singlePostReport(text, [])), '### R1.'));
      const expected = text.replace(/[\u202A-\u202E\u2066-\u2069\u200E\u200F]/g, (c) => `[U+${c.codePointAt(0)!.toString(16).toUpperCase()}]`);
      expect(decodeQuote(quote)).toBe(expected);
    }
  });

  it('shows an empty post as such', () => {
    const r = singlePostReport('', []);
    expect(sectionOf(renderMarkdown(r), '### R1.')).toContain('> (no text)');
  });
});

describe('markdown report: dates', () => {
  it('formats dates as UTC and shows an unreadable one as given', () => {
    const r = singlePostReport('drunk', ['drunk'], { createdAt: '2020-06-30T23:30:00-02:00' });
    expect(renderMarkdown(r)).toContain('- **Date:** 2020-07-01 01:30 UTC');
    const bad = singlePostReport('drunk', ['drunk'], { createdAt: 'yesterday *ish*' });
    expect(renderMarkdown(bad)).toContain('- **Date:** yesterday \\*ish\\* (not a recognised date)');
  });

  it('uses decodeInline helpers consistently', () => {
    expect(decodeInline('a \\*b\\* &lt;c&gt; &#x41;')).toBe('a *b* <c> A');
    expect(post().recommendation).toBe('keep');
  });
});
