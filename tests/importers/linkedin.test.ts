import { describe, expect, it } from 'vitest';
import { join, resolve } from 'node:path';
import { linkedinImporter } from '../../src/importers/linkedin.js';
import { undoQuotedLines, linkedInDate } from '../../src/importers/linkedin/csv.js';
import { HindsightError } from '../../src/errors.js';
import type { Post } from '../../src/model/post.js';
import { currentFiles, generate, legacyFiles } from '../../fixtures/linkedin/generate.js';
import { writeZip } from '../../fixtures/lib/write.js';
import { byId, detects as detectsWith, expectRegenerated, expectSameBytes, listFiles, read, scratchSpace, withArchive, type Run } from './helpers.js';

const fixtures = resolve(import.meta.dirname, '../../fixtures/linkedin');
const tmp = scratchSpace('linkedin');
const run = (input: string): Promise<Run> => read(linkedinImporter, input);
const detects = (input: string): Promise<boolean> => detectsWith(linkedinImporter, input);

describe('LinkedIn current export (folder)', () => {
  const input = join(fixtures, 'current');

  it('is detected by its CSV headers', async () => {
    expect(await detects(input)).toBe(true);
  });

  it('reads every share with all its fields, undoing the doubled-quote line breaks', async () => {
    const { posts, warnings, account } = await run(input);
    expect(warnings).toEqual([]);
    expect(account).toBeNull();
    expect(byId(posts, 'urn:li:share:6813469199395106816')).toEqual({
      id: 'urn:li:share:6813469199395106816',
      platform: 'linkedin',
      account: null,
      kind: 'post',
      createdAt: '2021-06-23T14:14:05.000Z',
      text:
        'Off to a week of musculoskeletal placement at the community clinic.\n\n𝗪𝗛𝗔𝗧 I hope to learn: gait assessment, exercise prescription and good notes.\nThank you to my educator for the warm welcome 🙏',
      url: 'https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A6813469199395106816',
      inReplyTo: null,
      mentions: [],
      hashtags: [],
      links: [{ url: 'https://youtu.be/Xy7AbCdEf12', domain: 'youtu.be' }],
      media: [{ type: 'photo', path: null, altText: null, remoteUrl: 'https://i.ytimg.com/vi/Xy7AbCdEf12/maxresdefault.jpg' }],
      audience: 'connections',
      language: null,
      source: { input, file: 'Shares.csv', index: 0 },
    } satisfies Post);
    const wrapped = byId(posts, 'urn:li:share:7043000000000000004');
    expect(wrapped.text).toBe('Three things I learned this term:\n1. Listen first\n2. Write it down\n3. Ask for help early');
    expect(wrapped.audience).toBe('public');
  });

  it('keeps single-line text exactly, with accents, emoji, quotes, hashtags and links', async () => {
    const { posts } = await run(input);
    const hashtagged = byId(posts, 'urn:li:share:6885000000000000001');
    expect(hashtagged.text).toBe('Thrilled to start my final placement with the community physiotherapy team! #physiotherapy #studentlife 🎉');
    expect(hashtagged.hashtags).toEqual(['physiotherapy', 'studentlife']);
    expect(hashtagged.media).toEqual([]);
    expect(byId(posts, 'urn:li:ugcPost:6927000000000000003').text).toBe(
      "Merci à toute l'équipe — café et croissants pour tous ☕ Naïve question: who else loves Mondays?",
    );
    expect(byId(posts, 'urn:li:share:7070000000000000005').text).toBe(
      'My educator said "reflection is a skill, not a chore" and I keep coming back to it.',
    );
    const linked = byId(posts, 'urn:li:share:7238000000000000006');
    expect(linked.links).toEqual([
      { url: 'https://example.org/blog/pacing-and-graded-activity', domain: 'example.org' },
      { url: 'https://lnkd.in/eXaMpLe1', domain: 'lnkd.in' },
    ]);
    expect(linked.hashtags).toEqual(['rehab']);
    expect(linked.createdAt).toBe('2024-09-09T08:08:08.000Z');
  });

  it('reads a share without commentary as a repost of the shared URL', async () => {
    const { posts } = await run(input);
    const repost = byId(posts, 'urn:li:share:6897000000000000002');
    expect(repost.kind).toBe('repost');
    expect(repost.text).toBe('');
    expect(repost.links).toEqual([{ url: 'https://www.linkedin.com/feed/update/urn:li:activity:6896999999999999999/', domain: 'linkedin.com' }]);
  });

  it('reads comments with the post commented on as url and inReplyTo, text exact', async () => {
    const { posts } = await run(input);
    const comments = posts.filter((p) => p.kind === 'comment');
    expect(comments.map((c) => c.text)).toEqual([
      'Jordan Reyes congratulations, well deserved!',
      'Great read.\nThe section on pacing was really useful 👏',
      '"Start low, go slow"\n"and review often" — wise words.',
      'Thank you!',
      'Thank you!',
      'Très intéressant, merci pour le partage.',
    ]);
    const first = comments[0]!;
    expect(first).toEqual({
      id: first.id,
      platform: 'linkedin',
      account: null,
      kind: 'comment',
      createdAt: '2022-01-11T10:02:03.000Z',
      text: 'Jordan Reyes congratulations, well deserved!',
      url: 'https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A6885100000000000010',
      inReplyTo: 'urn:li:activity:6885100000000000010',
      mentions: [],
      hashtags: [],
      links: [],
      media: [],
      audience: null,
      language: null,
      source: { input, file: 'Comments.csv', index: 0 },
    } satisfies Post);
    expect(first.id).toMatch(/^[0-9a-f]{20}$/);
    expect(comments[5]!.inReplyTo).toBe('urn:li:ugcPost:7268000000000000015');
  });

  it('gives identical comments at the same second different ids that stay the same run to run', async () => {
    const once = (await run(input)).posts.filter((p) => p.text === 'Thank you!').map((p) => p.id);
    const twice = (await run(input)).posts.filter((p) => p.text === 'Thank you!').map((p) => p.id);
    expect(once).toHaveLength(2);
    expect(once[0]).not.toBe(once[1]);
    expect(twice).toEqual(once);
  });

  it('reads published and draft articles from their HTML', async () => {
    const { posts } = await run(input);
    const articles = posts.filter((p) => p.kind === 'article');
    expect(articles).toHaveLength(2);
    const published = articles.find((a) => a.audience === 'public')!;
    expect(published).toEqual({
      id: published.id,
      platform: 'linkedin',
      account: null,
      kind: 'article',
      createdAt: '2022-03-02T08:00:00.000Z',
      text: 'Reflections on my first placement\n\nSix weeks on a busy ward taught me more than any lecture & I am grateful.\n\nRead the HCPC standards before you start.',
      url: null,
      inReplyTo: null,
      mentions: [],
      hashtags: [],
      links: [{ url: 'https://www.hcpc-uk.org/standards/', domain: 'hcpc-uk.org' }],
      media: [],
      audience: 'public',
      language: null,
      source: { input, file: 'Articles/Articles/Reflections on my first placement.html' },
    } satisfies Post);
    const draft = articles.find((a) => a.audience === 'draft')!;
    expect(draft.createdAt).toBe('2024-08-20T19:05:00.000Z');
    expect(draft.text).toBe('Pacing: a draft\n\nNotes for a later post.\nSecond line.');
  });

  it('ignores the other CSVs in the export (messages, profile)', async () => {
    const { posts } = await run(input);
    expect(posts).toHaveLength(7 + 6 + 2);
    expect(posts.some((p) => p.text.includes('study day'))).toBe(false);
  });
});

describe('LinkedIn 2018 export (zip, UTF-16LE, tab-separated)', () => {
  const input = join(fixtures, 'linkedin-2018.zip');

  it('is detected and read, with slash dates and Public/Connections visibility', async () => {
    expect(await detects(input)).toBe(true);
    const { posts, warnings } = await run(input);
    expect(warnings).toEqual([]);
    const shares = posts.filter((p) => p.source.file === 'Shares.csv');
    expect(shares).toHaveLength(3);
    expect(shares[0]).toEqual({
      id: 'urn:li:activity:6278000000000000001',
      platform: 'linkedin',
      account: null,
      kind: 'post',
      createdAt: '2017-06-08T08:15:44.000Z',
      text: 'Worth reading for anyone starting out in rehab.',
      url: 'https://www.linkedin.com/feed/update/urn:li:activity:6278000000000000001',
      inReplyTo: null,
      mentions: [],
      hashtags: [],
      links: [{ url: 'https://example.org/exercise-and-ageing', domain: 'example.org' }],
      media: [],
      audience: 'public',
      language: null,
      source: { input, file: 'Shares.csv', index: 0 },
    } satisfies Post);
    expect(shares[1]!.text).toBe('Open day at the university today — come and say hello 😊\nWe are in the sports hall.');
    expect(shares[1]!.audience).toBe('connections');
    expect(shares[1]!.media).toEqual([{ type: 'photo', path: null, altText: null, remoteUrl: 'https://media.licdn.com/media/p/demo/open-day.png' }]);
    expect(shares[2]!.text).toBe('Señora García gave a brilliant talk on falls prevention.');
    expect(shares[2]!.createdAt).toBe('2018-02-01T06:30:15.000Z');
  });

  it('reads the 2018 article page (Articles/<date>.html)', async () => {
    const { posts } = await run(input);
    const article = posts.find((p) => p.kind === 'article')!;
    expect(article.text).toBe('Why I chose physiotherapy\n\nBecause movement is medicine.\n\nAnd people are wonderful.');
    expect(article.createdAt).toBe('2017-12-10T09:30:00.000Z');
    expect(article.source.file).toBe('Articles/2017-12-09 04:54:00.html');
  });

  it('reads Shares.csv given on its own, whatever its name', async () => {
    const { posts } = await run(tmp.file('my-linkedin-shares (1).csv', legacyFiles()['Complete_LinkedInDataExport_11-04-2018/Shares.csv']!));
    expect(posts.map((p) => p.id)).toEqual(['urn:li:activity:6278000000000000001', 'urn:li:activity:6319000000000000002', 'urn:li:activity:6364000000000000003']);
  });
});

describe('LinkedIn helpers', () => {
  it('undoes quoted lines only when every line break has the LinkedIn shape', () => {
    expect(undoQuotedLines('one line')).toBe('one line');
    expect(undoQuotedLines('a"\n""\n"b')).toBe('a\n\nb');
    expect(undoQuotedLines('"a"\n"b"')).toBe('a\nb');
    expect(undoQuotedLines('"quoted"\nplain second line')).toBe('"quoted"\nplain second line');
    expect(undoQuotedLines('plain\n"b"')).toBe('plain\n"b"');
    expect(undoQuotedLines('a"\r\n""\r\n"b')).toBe('a\r\n\r\nb');
  });

  it('parses both date forms as UTC and refuses others', () => {
    expect(linkedInDate('2021-06-23 14:14:05')).toBe('2021-06-23T14:14:05.000Z');
    expect(linkedInDate('2017/06/08 08:15:44 UTC')).toBe('2017-06-08T08:15:44.000Z');
    expect(linkedInDate('2023-05-01 14:22:10 UTC')).toBe('2023-05-01T14:22:10.000Z');
    expect(linkedInDate('08/06/2017')).toBeNull();
    expect(linkedInDate('2017/13/08 08:15:44 UTC')).toBeNull();
  });
});

describe('LinkedIn problems', () => {
  it('warns about a cut-short Comments.csv and still reads the shares', async () => {
    const files = currentFiles();
    files['Comments.csv'] = Buffer.from('Date,Link,Message\n2022-01-11 10:02:03,https://www.linkedin.com/feed/update/x,"never closed\n', 'utf8');
    const { posts, warnings } = await run(await tmp.folder(files));
    expect(posts.filter((p) => p.kind === 'post' || p.kind === 'repost')).toHaveLength(7);
    expect(posts.some((p) => p.kind === 'comment')).toBe(false);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.file).toBe('Comments.csv');
    expect(warnings[0]!.message).toMatch(/cannot read this CSV .*download the export again/);
    expect(warnings[0]!.message).not.toContain('\n');
  });

  it('warns about a Shares.csv that is not LinkedIn’s, and about rows with unreadable dates', async () => {
    const files = currentFiles();
    files['Shares.csv'] = Buffer.from('garbage,not,a,header\n1,2,3,4\n', 'utf8');
    files['Comments.csv'] = Buffer.from('Date,Link,Message\nyesterday,https://x,hello\n2022-01-11 10:02:03,https://x,kept\n', 'utf8');
    const { posts, warnings } = await run(await tmp.folder(files));
    expect(posts.filter((p) => p.kind === 'comment').map((p) => p.text)).toEqual(['kept']);
    expect(warnings.map((w) => w.file).sort()).toEqual(['Comments.csv', 'Shares.csv']);
    expect(warnings.find((w) => w.file === 'Shares.csv')!.message).toMatch(/header line/);
    expect(warnings.find((w) => w.file === 'Comments.csv')!.message).toMatch(/1 row without a readable Date \(first: "yesterday"\)/);
  });

  it('is not detected, and read() throws a HindsightError, when nothing is LinkedIn’s', async () => {
    const dir = await tmp.folder({ 'notes.csv': Buffer.from('a,b\n1,2\n'), 'page.html': Buffer.from('<html><body><p>hi</p></body></html>') });
    expect(await detects(dir)).toBe(false);
    const error = await run(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HindsightError);
    expect((error as HindsightError).file).toBe(dir);
    expect((error as HindsightError).message).toMatch(/LinkedIn.*looked for Shares\.csv/);
  });

  it('throws when the only LinkedIn file is broken', async () => {
    const dir = await tmp.folder({ 'Shares.csv': Buffer.from('Date,ShareLink,ShareCommentary\n2021-01-01 00:00:00,x,"open\n') });
    await expect(run(dir)).rejects.toThrow(HindsightError);
  });
});

describe('LinkedIn fixtures', () => {
  it('are what generate.ts writes, byte for byte (deterministic, zip included)', async () => {
    const out = join(tmp.root, 'generated');
    await expectRegenerated(generate, fixtures, out);
    await generate(join(tmp.root, 'generated-again'));
    expectSameBytes(out, join(tmp.root, 'generated-again'), listFiles(out));
  });

  it('writes the 2018 Shares.csv as UTF-16LE with a BOM and tabs', async () => {
    const zip = join(tmp.root, 'zip-check', 'x.zip');
    await writeZip(zip, legacyFiles());
    const bytes = await withArchive(zip, (archive) => archive.readBytes('Shares.csv'));
    expect([...bytes.subarray(0, 4)]).toEqual([0xff, 0xfe, 0x22, 0x00]);
    expect(bytes.toString('utf16le', 2)).toContain('"Date"\t"Share Title"');
  });
});
