import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Report, ReportPost } from '../../src/model/report.js';
import { ReportSchema } from '../../src/model/report.js';
import { renderHtml } from '../../src/report/html.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { applyRedactions, isNhsNumber, redactReport, redactText } from '../../src/report/redact.js';
import { ev, finding, flagged, sampleReport } from './sample-report.js';

/** Every identifier here is invented: Ofcom's drama phone range, the published test NHS number, example.com. */
const ctx = { ownHandles: new Set(['sample_nurse']), ownNames: new Set<string>() };
const red = (text: string): string => redactText(text, ctx).text;

function reportWith(...posts: ReportPost[]): Report {
  const r = sampleReport();
  return { ...r, posts };
}

describe('redacting text', () => {
  it.each([
    ['Gave my personal number 07700 900123 to a patient', 'Gave my personal number [phone] to a patient'],
    ['Call +44 20 7946 0958 or (0161) 496 0000', 'Call [phone] or [phone]'],
    ['Chase the referral for NHS number 943 476 5919?', 'Chase the referral for NHS number [NHS number]?'],
    ['NHS no 1234567890 please', 'NHS no [NHS number] please'],
    ['Her NI number is QQ 12 34 56 C', 'Her NI number is [NI number]'],
    ['Lives at SW1A 1AA, near m1 1ae', 'Lives at [postcode], near [postcode]'],
    ['Mail jo.bloggs+ward@example.com today', 'Mail [email] today'],
    ['@gary_example you are useless, cc @sample_nurse', '[handle] you are useless, cc @sample_nurse'],
    ['Thanks @someone@mastodon.example and u/redditor_example', 'Thanks [handle] and [handle]'],
    ['Saw my patient Mrs X at Tesco', 'Saw my patient Mrs [name] at Tesco'],
    ['Dr. Jane Smith and Prof Alan Example on the ward', 'Dr. [name] and Prof [name] on the ward'],
    ['Lovely chat with Sarah Jones on Ward 7', 'Lovely chat with [name] on Ward 7'],
    ['Met Bob Wilkinson today', 'Met [name] today'],
    ['Happy Birthday Jane! Thanks Doreen for the cake', 'Happy Birthday [name]! Thanks [name] for the cake'],
    ['my patient Gwendolyn was discharged', 'my patient [name] was discharged'],
    ['DOB 01/02/1950, MRN A123456, hospital number 123 456 789', 'DOB [date of birth], MRN [id], hospital number [id]'],
    ['see https://x.com/gary_example/status/1 and https://x.com/sample_nurse', 'see https://x.com/[handle]/status/1 and https://x.com/sample_nurse'],
    ['https://www.facebook.com/profile.php?id=100012345 or linkedin.com/in/jane-example', 'https://www.facebook.com/profile.php?id=[handle] or linkedin.com/in/[handle]'],
    ['https://mastodon.example/@someone and https://user:secret@example.com/x', 'https://mastodon.example/[handle] and [link]'],
  ])('%j', (text, expected) => {
    expect(red(text)).toBe(expected);
  });

  it.each([
    'Another clinic full of people who cannot be bothered. They all come here for free treatment.',
    'Still drunk from last night and about to start a 12-hour shift on the ward lol',
    'The Royal Free Hospital is in London. Great Ormond Street too.',
    'Glass of wine with dinner while watching the final. What a game',
    '100% success rate, guaranteed results! Use code JO20 for 20% off',
    'Mulled wine at the Christmas market with friends. One is enough, I have a long run tomorrow',
    'In 2019 we saw 1000000 patients across 3 sites',
  ])('leaves ordinary text alone: %j', (text) => {
    expect(red(text)).toBe(text);
  });

  it('checks the NHS number check digit', () => {
    expect(isNhsNumber('9434765919')).toBe(true);
    expect(isNhsNumber('9434765918')).toBe(false);
  });

  it('maps offsets onto the redacted text', () => {
    const text = 'call 07700 900123 now';
    const r = redactText(text, ctx);
    expect(r.text).toBe('call [phone] now');
    expect(r.map(0, 'start')).toBe(0);
    expect(r.map(5, 'start')).toBe(5); // start of the number: start of the placeholder
    expect(r.map(8, 'start')).toBe(5); // inside it: widened to the placeholder
    expect(r.map(8, 'end')).toBe(12);
    expect(r.map(17, 'end')).toBe(12); // end of the number: end of the placeholder
    expect(r.map(18, 'start')).toBe(13);
    expect(r.map(text.length, 'end')).toBe(r.text.length);
    expect(applyRedactions('abc', []).text).toBe('abc');
  });
});

describe('redacting a report', () => {
  const text = 'Gave my number 07700 900123 to my patient Mrs Example, tell @gary_example';
  const source = reportWith(
    flagged(text, ['07700 900123', 'number 07700', 'my patient Mrs Example', 'Mrs Example, tell @gary_example'], {
      id: 'contact',
      score: 80,
      recommendation: 'delete',
      mentions: ['gary_example', 'sample_nurse'],
      sharedFrom: 'gary_example',
      links: [{ url: 'https://x.com/gary_example/status/9', domain: 'x.com' }],
      media: [{ type: 'photo', path: 'media/1.jpg', altText: 'Mrs Example on bed 4', remoteUrl: 'https://x.com/gary_example/photo/1' }],
      earlierVersions: [{ id: 'e1', createdAt: '2020-01-01T00:00:00Z', text: 'Gave 07700 900123 to Mrs Example' }],
    }, {
      message: 'Gives phone number 07700 900123 to a patient (Mrs Example); names gary_example.',
    }),
    flagged('Glad to be home', [], { id: 'plain' }),
  );
  const out = redactReport(source);
  const post = out.posts[0]!;
  const secrets = ['07700', '900123', 'Example,', 'Mrs Example', 'gary_example'];

  it('replaces identifiers in the text and keeps the user\u2019s own handle', () => {
    expect(post.text).toBe('Gave my number [phone] to my patient Mrs [name], tell [handle]');
    expect(red('cc @sample_nurse')).toBe('cc @sample_nurse');
    expect(post.account).toBe('sample_nurse');
    expect(out.options?.redact).toBe(true);
  });

  it('maps every evidence span onto the redacted text, so the quote matches and leaks nothing', () => {
    const evidence = post.findings.flatMap((f) => f.evidence);
    expect(evidence).toHaveLength(4);
    for (const e of evidence) {
      expect(post.text.slice(e.start, e.end)).toBe(e.text);
      for (const s of secrets) expect(e.text).not.toContain(s);
    }
    expect(evidence.map((e) => e.text)).toEqual(['[phone]', 'number [phone]', 'my patient Mrs [name]', 'Mrs [name], tell [handle]']);
  });

  it('cleans finding messages, even of names written without their @', () => {
    expect(post.findings[0]!.message).toBe('Gives phone number [phone] to a patient (Mrs [name]); names [handle].');
  });

  it('leaves nothing redacted anywhere in the JSON of the post', () => {
    const json = JSON.stringify(out.posts);
    for (const s of secrets) expect(json).not.toContain(s);
    expect(post.mentions).toEqual(['[handle]', 'sample_nurse']);
    expect(post.sharedFrom).toBe('[handle]');
    expect(post.links?.[0]?.url).toBe('https://x.com/[handle]/status/9');
    expect(post.media?.[0]).toMatchObject({ altText: 'Mrs [name] on bed 4', remoteUrl: 'https://x.com/[handle]/photo/1' });
    expect(post.earlierVersions?.[0]?.text).toBe('Gave [phone] to Mrs [name]');
  });

  it('changes no recommendation, score or count, and still meets the contract', () => {
    expect(out.posts.map((p) => [p.id, p.recommendation, p.score])).toEqual(source.posts.map((p) => [p.id, p.recommendation, p.score]));
    expect(out.summary).toEqual(source.summary);
    expect(ReportSchema.safeParse(out).success).toBe(true);
  });

  it('never quotes an original through evidence the renderers mark', () => {
    const html = renderHtml(out);
    const md = renderMarkdown(out);
    for (const s of secrets) {
      expect(html).not.toContain(s);
      expect(md).not.toContain(s);
    }
    expect(html).toContain('Redacted for sharing');
  });

  it('redacts input paths and warnings, which can hold a chat partner\u2019s name', () => {
    const r = sampleReport();
    const chat = redactReport({
      ...r,
      inputs: [{ ...r.inputs[0]!, path: 'WhatsApp Chat with Sarah Example.zip', warnings: [{ file: null, message: 'message from 07700 900123 unreadable' }] }],
    });
    expect(chat.inputs[0]?.path).toBe('WhatsApp Chat with [name].zip');
    expect(chat.inputs[0]?.warnings[0]?.message).toBe('message from [phone] unreadable');
  });

  it('keeps the user\u2019s own name from a chat export', () => {
    const r = reportWith(flagged('Sarah Example: running late, tell Jane Smith', [], { account: 'Sarah Example' }));
    expect(redactReport(r).posts[0]?.text).toBe('Sarah Example: running late, tell [name]');
    expect(redactReport(r, { ownNames: ['Jane Smith'] }).posts[0]?.text).toBe('Sarah Example: running late, tell Jane Smith');
  });

  it('keeps evidence consistent and leak-free for any span over any mix of identifiers (property)', () => {
    const pieces = ['call', '07700 900123', 'my patient', 'Mrs Example', 'and', '@gary_example', 'at', 'SW1A 1AA', 'ok,', 'jo@example.com', '.', 'NHS 943 476 5919', 'lol'];
    const identifiers = ['07700 900123', 'Example', '@gary_example', 'gary_example', 'SW1A 1AA', 'jo@example.com', '943 476 5919'];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 10 }),
        fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 4 }),
        (parts, spans) => {
          const text = parts.join(' ');
          const evidence = spans
            .map(([a, b]) => {
              const start = a % text.length;
              const end = Math.min(text.length, start + 1 + (b % 20));
              return { start, end, text: text.slice(start, end) };
            });
          const p = flagged(text, [], { id: 'p' }, { evidence, message: `Quotes ${evidence.map((e) => e.text).join(' / ')}` });
          const r = redactReport(reportWith(p)).posts[0]!;
          for (const e of r.findings[0]!.evidence) expect(r.text.slice(e.start, e.end)).toBe(e.text);
          const visible = JSON.stringify([r.text, r.findings]);
          for (const id of identifiers) expect(visible).not.toContain(id);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('handles findings whose evidence does not match the text', () => {
    const p = flagged('short text', [], { id: 'odd' }, { evidence: [{ start: 50, end: 60, text: 'ring 07700 900123' }] });
    const r = redactReport(reportWith(p)).posts[0]!;
    expect(r.findings[0]?.evidence[0]?.text).toBe('ring [phone]');
    const f = finding({ evidence: [ev('a b', 'b')] });
    expect(redactReport(reportWith(flagged('a b', [], {}, f))).posts[0]?.findings[0]?.evidence[0]).toEqual({ start: 2, end: 3, text: 'b' });
  });
});
