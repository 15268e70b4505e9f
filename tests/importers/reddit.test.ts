import { describe, expect, it } from 'vitest';
import { join, resolve } from 'node:path';
import { redditImporter } from '../../src/importers/reddit.js';
import { HindsightError } from '../../src/errors.js';
import type { Post } from '../../src/model/post.js';
import { ACCOUNT, extractedFiles, generate } from '../../fixtures/reddit/generate.js';
import { byId, detects as detectsWith, expectRegenerated, read, scratchSpace, type Run } from './helpers.js';

const fixtures = resolve(import.meta.dirname, '../../fixtures/reddit');
const tmp = scratchSpace('reddit');
const run = (input: string): Promise<Run> => read(redditImporter, input, { includeMessages: true });
const detects = (input: string): Promise<boolean> => detectsWith(redditImporter, input);

for (const name of ['reddit-export', 'reddit-export.zip']) {
  describe(`Reddit data request (${name})`, () => {
    const input = join(fixtures, name);

    it('is detected and names the account from statistics.csv', async () => {
      expect(await detects(input)).toBe(true);
      const { account, warnings } = await run(input);
      expect(account).toBe(ACCOUNT);
      expect(warnings).toEqual([]);
    });

    it('reads a text post: title and body, permalink, subreddit as audience', async () => {
      const { posts } = await run(input);
      expect(byId(posts, 't3_13a1b2c')).toEqual({
        id: 't3_13a1b2c',
        platform: 'reddit',
        account: ACCOUNT,
        kind: 'post',
        createdAt: '2023-05-05T18:21:09.000Z',
        text: 'How do you stay organised on placement?\n\nI keep a small notebook 📓 and review it each evening.\n\nWhat works for you?',
        url: 'https://www.reddit.com/r/physiotherapy/comments/13a1b2c/how_do_you_stay_organised_on_placement/',
        inReplyTo: null,
        mentions: [],
        hashtags: [],
        links: [],
        media: [],
        audience: 'r/physiotherapy',
        language: null,
        source: { input, file: 'posts.csv', index: 0 },
      } satisfies Post);
    });

    it('reads link and image posts, relative permalinks, profile posts and removed bodies', async () => {
      const { posts } = await run(input);
      expect(byId(posts, 't3_14b2c3d').links).toEqual([{ url: 'https://example.org/easy-runs', domain: 'example.org' }]);
      const image = byId(posts, 't3_15c3d4e');
      expect(image.text).toBe('Crème brûlée success! 🍮');
      expect(image.url).toBe('https://www.reddit.com/r/Cooking/comments/15c3d4e/crème_brûlée_success/');
      expect(image.media).toEqual([{ type: 'photo', path: null, altText: null, remoteUrl: 'https://i.redd.it/demo15c3d4e.jpg' }]);
      expect(image.createdAt).toBe('2023-08-01T20:30:30.000Z');
      const profile = byId(posts, 't3_16d4e5f');
      expect(profile.audience).toBe('u/sam_physio_demo');
      expect(profile.text).toBe('Profile note');
      expect(profile.links).toEqual([]);
    });

    it('reads comments: fullname ids, parent as inReplyTo (or the post in link), text exact', async () => {
      const { posts } = await run(input);
      expect(byId(posts, 't1_jirf0ab')).toEqual({
        id: 't1_jirf0ab',
        platform: 'reddit',
        account: ACCOUNT,
        kind: 'comment',
        createdAt: '2023-05-05T18:40:09.000Z',
        text: 'Thanks u/coach_lee_demo, the notebook tip is great.\nI also use a "to ask" list.',
        url: 'https://www.reddit.com/r/physiotherapy/comments/13a1b2c/title/jirf0ab/',
        inReplyTo: 't1_jirew06',
        mentions: ['coach_lee_demo'],
        hashtags: [],
        links: [],
        media: [],
        audience: 'r/physiotherapy',
        language: null,
        source: { input, file: 'comments.csv', index: 0 },
      } satisfies Post);
      expect(byId(posts, 't1_jk0aa01').inReplyTo).toBe('t3_14zz001');
      expect(byId(posts, 't1_jk0aa01').text).toBe('Easy runs really are the secret. Más despacio = más rápido 🏃');
      expect(byId(posts, 't1_jk0aa02').media).toEqual([{ type: 'unknown', path: null, altText: null, remoteUrl: 'https://i.redd.it/demo-tea.gif' }]);
      expect(byId(posts, 't1_jk0aa04').links).toEqual([{ url: 'https://www.csp.org.uk/careers', domain: 'csp.org.uk' }]);
    });

    it('leaves out deleted comments, messages and saved items', async () => {
      const { posts } = await run(input);
      expect(posts.map((p) => p.id).sort()).toEqual(['t1_jirf0ab', 't1_jk0aa01', 't1_jk0aa02', 't1_jk0aa04', 't3_13a1b2c', 't3_14b2c3d', 't3_15c3d4e', 't3_16d4e5f']);
    });
  });
}

describe('Reddit problems', () => {
  it('reads comments.csv on its own, without statistics', async () => {
    const dir = await tmp.folder({ 'reddit comments.csv': extractedFiles()['comments.csv']! });
    const { posts, account } = await run(join(dir, 'reddit comments.csv'));
    expect(account).toBeNull();
    expect(posts).toHaveLength(4);
    expect(posts[0]!.account).toBeNull();
  });

  it('warns about a broken posts.csv and still reads comments', async () => {
    const files = extractedFiles();
    files['posts.csv'] = Buffer.from('id,permalink,date,ip,subreddit,gildings,title,url,body\nx1,https://r/x,2023-01-01 00:00:00 UTC,,a,0,"t,u,"unclosed\n');
    const { posts, warnings } = await run(await tmp.folder(files));
    expect(posts.every((p) => p.kind === 'comment')).toBe(true);
    expect(posts).toHaveLength(4);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.file).toBe('posts.csv');
    expect(warnings[0]!.message).toMatch(/cannot read this CSV .*download the export again/);
  });

  it('warns about rows without a readable date and a posts.csv that is not Reddit’s', async () => {
    const files = extractedFiles();
    files['posts.csv'] = Buffer.from('title,body\nhello,world\n');
    files['comments.csv'] = Buffer.from('id,permalink,date,ip,subreddit,gildings,link,parent,body,media\nc1,/r/a/comments/p1/t/c1/,sometime,,a,0,,,"dateless",\nc2,/r/a/comments/p1/t/c2/,2023-01-01 00:00:00 UTC,,a,0,,,kept,\n');
    const { posts, warnings } = await run(await tmp.folder(files));
    expect(posts.map((p) => [p.id, p.url, p.inReplyTo])).toEqual([['t1_c2', 'https://www.reddit.com/r/a/comments/p1/t/c2/', null]]);
    expect(warnings.map((w) => w.file).sort()).toEqual(['comments.csv', 'posts.csv']);
  });

  it('is not detected from statistics.csv alone, and read() throws a HindsightError', async () => {
    const dir = await tmp.folder({ 'statistics.csv': extractedFiles()['statistics.csv']! });
    expect(await detects(dir)).toBe(false);
    const error = await run(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HindsightError);
    expect((error as HindsightError).message).toMatch(/Reddit.*looked for posts\.csv/);
  });
});

describe('Reddit fixtures', () => {
  it('are what generate.ts writes, byte for byte', async () => {
    await expectRegenerated(generate, fixtures, join(tmp.root, 'generated'));
  });
});
