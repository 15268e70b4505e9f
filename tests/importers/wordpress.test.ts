import { describe, expect, it } from 'vitest';
import { join, resolve } from 'node:path';
import { openArchive } from '../../src/importers/archive/index.js';
import { isoFromRfc822, wordpressImporter } from '../../src/importers/wordpress.js';
import { HindsightError } from '../../src/errors.js';
import { XML_NAME, ZIP_NAME, generate, wxr } from '../../fixtures/wordpress/generate.js';
import { byId, detects as detectsWith, expectRegenerated, read, scratchSpace, type Run } from './helpers.js';

const fixtures = resolve(import.meta.dirname, '../../fixtures/wordpress');
const xml = join(fixtures, XML_NAME);
const zip = join(fixtures, ZIP_NAME);
const SITE = 'https://samtaylorphysio.example';
const tmp = scratchSpace('wordpress');
const run = (input: string): Promise<Run> => read(wordpressImporter, input);
const detects = (input: string): Promise<boolean> => detectsWith(wordpressImporter, input);

describe('WordPress detection', () => {
  it('recognises the XML file and the WordPress.com zip by content', async () => {
    expect(await detects(xml)).toBe(true);
    expect(await detects(zip)).toBe(true);
    expect(await detects(tmp.file('export.txt', wxr()))).toBe(true);
  });

  it('does not take a plain RSS feed or other exports', async () => {
    expect(await detects(tmp.file('feed.xml', '<?xml version="1.0"?><rss version="2.0"><channel><item><title>x</title></item></channel></rss>'))).toBe(false);
    expect(await detects(resolve(fixtures, '../generic'))).toBe(false);
  });
});

describe('WordPress export', () => {
  it('reads published, private, password-protected and scheduled posts, pages, and the author’s comments only', async () => {
    const { posts, account, warnings } = await run(xml);
    expect(account).toBe('samtaylor');
    expect(warnings).toEqual([]);
    expect(posts.map((p) => [p.id, p.kind, p.audience])).toEqual([
      ['101', 'post', 'public'],
      ['comment-12', 'comment', 'public'],
      ['102', 'post', 'private'],
      ['comment-21', 'comment', 'private'],
      ['103', 'page', 'public'],
      ['109', 'post', 'password'],
      ['110', 'post', 'public'],
    ]);
  });

  it('reads the zip like the XML', async () => {
    const fromZip = await run(zip);
    const fromXml = await run(xml);
    expect(fromZip.posts.map((p) => [p.id, p.text])).toEqual(fromXml.posts.map((p) => [p.id, p.text]));
  });

  it('turns a post into text (title, then body without block comments or shortcodes) with its fields', async () => {
    const { posts } = await run(xml);
    const post = byId(posts, '101');
    expect(post).toMatchObject({
      platform: 'wordpress',
      account: 'samtaylor',
      createdAt: '2023-03-04T13:00:00.000Z',
      url: `${SITE}/2023/five-desk-stretches/`,
      inReplyTo: null,
      language: 'en-GB',
      hashtags: ['Posture', 'desk work'],
      links: [{ url: 'https://posture.example/guide', domain: 'posture.example' }],
      source: { input: xml, file: XML_NAME },
    });
    expect(post.text).toBe(
      'Five desk stretches & why they work\n\nSitting all day? Try these five stretches — they take two minutes 🙆‍♀️.\n\nMore on posture at the posture guide.\n\nNeck stretch',
    );
    // The image in the text, then the other attachment uploaded to the post.
    expect(post.media).toEqual([
      { type: 'photo', path: null, altText: 'A person stretching at a desk', remoteUrl: `${SITE}/wp-content/uploads/2023/03/stretch.jpg` },
      { type: 'photo', path: null, altText: 'Diagram of the hip joint', remoteUrl: `${SITE}/wp-content/uploads/2023/03/hip-diagram.png` },
    ]);
  });

  it('uses the GMT date, and keeps plain-text bodies with accents', async () => {
    const { posts } = await run(xml);
    const post = byId(posts, '102');
    expect(post.createdAt).toBe('2023-06-10T20:15:00.000Z');
    expect(post.text).toBe('Notes for my future self\n\nA plain paragraph without tags.\n\nSecond paragraph: café, naïve, façade.');
  });

  it('reads the author’s comments matched by email, user id or name, with what they answer', async () => {
    const { posts } = await run(xml);
    expect(byId(posts, 'comment-12')).toMatchObject({
      kind: 'comment',
      account: 'samtaylor',
      createdAt: '2023-03-05T09:30:00.000Z',
      text: 'Thanks Alex — glad they help.\nTry them twice a day.',
      inReplyTo: 'comment-11',
      url: `${SITE}/2023/five-desk-stretches/#comment-12`,
    });
    expect(byId(posts, 'comment-21')).toMatchObject({ text: 'Adding: remember the ankle protocol.', inReplyTo: '102' });
    // A visitor's comment, spam and a pingback are not the author's words.
    expect(posts.some((p) => ['comment-11', 'comment-13', 'comment-14'].includes(p.id))).toBe(false);
  });

  it('falls back to the RSS date when the GMT date is empty', async () => {
    const text = wxr().replace('<wp:post_date_gmt><![CDATA[2023-03-04 13:00:00]]></wp:post_date_gmt>', '<wp:post_date_gmt><![CDATA[0000-00-00 00:00:00]]></wp:post_date_gmt>');
    const { posts } = await run(tmp.file('export.xml', text));
    expect(byId(posts, '101').createdAt).toBe('2023-03-04T13:00:00.000Z');
    expect(isoFromRfc822('Sat, 04 Mar 2023 14:00:00 +0100')).toBe('2023-03-04T13:00:00.000Z');
    expect(isoFromRfc822('yesterday')).toBeNull();
  });
});

describe('WordPress problems', () => {
  it('warns about an export file without a channel beside a good one', async () => {
    const dir = await tmp.folder({ 'a.xml': wxr(), 'b.xml': '<?xml version="1.0"?>\n<rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/">' });
    const result = await run(dir);
    expect(result.posts).toHaveLength(7);
    expect(result.warnings).toEqual([{ file: 'b.xml', message: 'no <channel> in this WordPress export; the file may be cut short' }]);
  });

  it('throws a HindsightError naming the input when nothing is readable', async () => {
    const input = tmp.file('b.xml', '<rss xmlns:wp="http://wordpress.org/export/1.2/">');
    const archive = await openArchive(input);
    await expect(wordpressImporter.read(archive, { input, includeMessages: false, warn: () => {} })).rejects.toThrow(HindsightError);
    await expect(wordpressImporter.read(archive, { input, includeMessages: false, warn: () => {} })).rejects.toThrow(/no readable WordPress export; looked for/);
    await archive.close();
  });
});

describe('WordPress fixture generator', () => {
  it('is deterministic: regenerating gives the committed bytes', async () => {
    await expectRegenerated(generate, fixtures, join(tmp.root, 'regenerated'));
  });
});
