import { describe, expect, it } from 'vitest';
import { join, resolve } from 'node:path';
import { openArchive } from '../../src/importers/archive/index.js';
import { genericImporter } from '../../src/importers/generic.js';
import { HindsightError } from '../../src/errors.js';
import { files, generate } from '../../fixtures/generic/generate.js';
import { detects as detectsWith, expectRegenerated, read, scratchSpace, type Run } from './helpers.js';

const fixtures = resolve(import.meta.dirname, '../../fixtures/generic');
const tmp = scratchSpace('generic');
const run = (input: string): Promise<Run> => read(genericImporter, input);
const detects = (input: string): Promise<boolean> => detectsWith(genericImporter, input);
const fixture = (name: string): string => join(fixtures, name);

describe('generic detection', () => {
  it('recognises CSV with date and text columns (any case, comma or semicolon) and JSON posts', async () => {
    for (const name of ['forum-posts.csv', 'forum-posts-excel.csv', 'posts.json', 'marked.json', 'with-bad-rows.csv']) {
      expect(await detects(fixture(name)), name).toBe(true);
    }
    expect(await detects(tmp.file('pasted.txt', 'date\ttext\n2020-01-01\thello\n'))).toBe(true);
  });

  it('does not take files that name their columns otherwise, or other JSON', async () => {
    expect(await detects(tmp.file('comments.csv', 'id,permalink,date,subreddit,body\n1,x,2020-01-01,y,hello\n'))).toBe(false);
    expect(await detects(tmp.file('tweets.csv', '"tweet_id","timestamp","text"\n'))).toBe(false);
    expect(await detects(tmp.file('result.json', '{"name":"Chat","messages":[{"id":1,"date":"2020-01-01","text":"hi"}]}'))).toBe(false);
    expect(await detects(tmp.file('list.json', '[{"title":"x","body":"y"}]'))).toBe(false);
    expect(await detects(resolve(fixtures, '../wordpress'))).toBe(false);
  });
});

describe('generic posts', () => {
  it('reads a CSV: every field, quoted multi-line text, defaults for blank cells', async () => {
    const input = fixture('forum-posts.csv');
    const { posts, account, warnings } = await run(input);
    expect(warnings).toEqual([]);
    expect(account).toBe('sam_t');
    expect(posts).toHaveLength(3);
    expect(posts[0]).toMatchObject({
      platform: 'generic',
      account: 'sam_t',
      kind: 'comment',
      createdAt: '2019-05-04T18:20:00.000Z',
      text: 'Anyone else find the new rota hard to read? 😅',
      url: 'https://forum.example/t/rota/12#p3',
      inReplyTo: null,
      audience: null,
      language: null,
      source: { input, file: 'forum-posts.csv', index: 0 },
    });
    expect(posts[1]).toMatchObject({
      kind: 'post',
      createdAt: '2019-05-05T09:00:00.000Z',
      text: 'Thanks all, sorted now.\nSee the pinned post: https://forum.example/t/pinned/1',
      url: null,
      links: [{ url: 'https://forum.example/t/pinned/1', domain: 'forum.example' }],
    });
    // A date alone is midnight UTC; a leading "@" is dropped from the account.
    expect(posts[2]).toMatchObject({ createdAt: '2019-05-06T00:00:00.000Z', account: 'sam_t', text: 'Déjà vu — same question as last year, "rota v2" please!' });
    expect(posts[0]!.id).toMatch(/^[0-9a-f]{20}$/);
  });

  it('reads a semicolon CSV with a BOM; converts zones to UTC; takes ids and platforms as given', async () => {
    const { posts } = await run(fixture('forum-posts-excel.csv'));
    expect(posts.map((p) => [p.id, p.platform, p.createdAt, p.text])).toEqual([
      ['a-1', 'generic', '2020-02-01T09:00:00.000Z', 'Kurzer Beitrag; mit Semikolon im Text'],
      ['a-2', 'reddit', '2020-02-02T10:00:00.000Z', 'Second post'],
    ]);
  });

  it('reads JSON arrays and {"posts": [...]}; numeric ids become strings; twins get different stable ids', async () => {
    const { posts } = await run(fixture('posts.json'));
    expect(posts[0]).toMatchObject({ id: '1001', url: 'https://board.example/p/1', createdAt: '2018-11-30T13:12:58.000Z', text: 'Cheers to the best team in the hospital 🎉' });
    expect(posts[1]!.text).toBe('Line one\nLine two');
    expect(posts[1]!.id).not.toBe(posts[2]!.id);
    expect((await run(fixture('posts.json'))).posts.map((p) => p.id)).toEqual(posts.map((p) => p.id));
    const marked = await run(fixture('marked.json'));
    expect(marked.posts.map((p) => [p.createdAt, p.text, p.url])).toEqual([['2021-01-01T00:00:00.000Z', 'Happy new year from the ward!', null]]);
  });

  it('warns once per file with how many rows were bad and the first one', async () => {
    const { posts, warnings } = await run(fixture('with-bad-rows.csv'));
    expect(posts.map((p) => p.text)).toEqual(['Fine row', 'Another fine row']);
    expect(warnings).toEqual([
      {
        file: 'with-bad-rows.csv',
        message: '2 of 4 rows skipped as not valid; first at line 3: date: date "01/02/2022" is not an ISO 8601 date (YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ)',
      },
    ]);
  });

  it('rejects unknown kinds and platforms, and names the JSON entry', async () => {
    const input = tmp.file('p.json', JSON.stringify([{ date: '2020-01-01', text: 'ok' }, { date: '2020-01-02', text: 'x', kind: 'tweet' }]));
    const { posts, warnings } = await run(input);
    expect(posts).toHaveLength(1);
    expect(warnings[0]!.message).toMatch(/^1 of 2 rows skipped as not valid; first at entry 2: kind: /);
  });

  it('reads every file of a folder, warning about one that is broken', async () => {
    const dir = await tmp.folder({ ...files(), 'broken.json': '[{"date": "2020-01-01", "text": "cut sho' });
    const { posts, warnings, account } = await run(dir);
    expect(posts).toHaveLength(11);
    expect(account).toBeNull();
    expect(warnings.map((w) => w.file)).toEqual(['broken.json', 'with-bad-rows.csv']);
    expect(warnings[0]!.message).toMatch(/^could not read this file \(/);
  });
});

describe('generic problems', () => {
  it('throws a HindsightError when every row is bad', async () => {
    const input = tmp.file('bad.csv', 'date,text\nyesterday,hello\n');
    const archive = await openArchive(input);
    await expect(genericImporter.read(archive, { input, includeMessages: false, warn: () => {} })).rejects.toThrow(HindsightError);
    await expect(genericImporter.read(archive, { input, includeMessages: false, warn: () => {} })).rejects.toThrow(/no valid row in the generic posts file\(s\): 1 rejected, first at bad\.csv line 2/);
    await archive.close();
  });

  it('throws a HindsightError naming what it looked for when there is no such file', async () => {
    const input = tmp.file('notes.csv', 'a,b\n1,2\n');
    const archive = await openArchive(input);
    await expect(genericImporter.read(archive, { input, includeMessages: false, warn: () => {} })).rejects.toThrow(/no readable generic posts file; looked for a CSV with "date" and "text" columns/);
    await archive.close();
  });
});

describe('generic fixture generator', () => {
  it('is deterministic: regenerating gives the committed bytes', async () => {
    await expectRegenerated(generate, fixtures, join(tmp.root, 'regenerated'));
  });
});
