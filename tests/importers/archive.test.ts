import { describe, expect, it } from 'vitest';
import { mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openArchive, type Archive } from '../../src/importers/archive/index.js';
import { commonWrapper } from '../../src/importers/archive/base.js';
import { HindsightError } from '../../src/errors.js';
import { writeTree, writeZip, type FileTree } from '../../fixtures/lib/write.js';
import { scratchSpace, withArchive } from './helpers.js';

const X = fileURLToPath(new URL('../../fixtures/x/', import.meta.url));
const scratch = scratchSpace('archive');

async function makeZip(path: string, files: FileTree): Promise<string> {
  await writeZip(path, files);
  return path;
}

async function makeFolder(root: string, files: FileTree): Promise<string> {
  await writeTree(root, files);
  return root;
}

const paths = (archive: Archive): string[] => archive.entries().map((e) => e.path);

describe('openArchive', () => {
  it('reads a zip in place, listing entries sorted with sizes', async () => {
    await withArchive(join(X, 'current.zip'), async (archive) => {
      expect(archive.kind).toBe('zip');
      expect(archive.input).toBe(join(X, 'current.zip'));
      const list = paths(archive);
      expect(list).toContain('data/tweets.js');
      expect(list).toEqual([...list].sort());
      const tweets = archive.entries().find((e) => e.path === 'data/tweets.js')!;
      const onDisk = await readFile(join(X, 'current', 'data', 'tweets.js'));
      expect(tweets.size).toBe(onDisk.length);
      expect(await archive.readText('data/tweets.js')).toBe(onDisk.toString('utf8'));
      expect(archive.has('data/tweets.js')).toBe(true);
      expect(archive.has('tweets.js')).toBe(false);
      expect(archive.find(/tweets(-part\d+)?\.js$/).map((e) => e.path)).toEqual(['data/deleted-tweets.js', 'data/tweets-part1.js', 'data/tweets.js']);
    });
  });

  it('reads an extracted folder with the same entries as its zip', async () => {
    const fromZip = await withArchive(join(X, 'current.zip'), async (a) => paths(a));
    await withArchive(join(X, 'current'), async (archive) => {
      expect(archive.kind).toBe('folder');
      expect(paths(archive)).toEqual(fromZip);
    });
  });

  it('reads a single data file given on its own', async () => {
    await withArchive(join(X, 'legacy-csv-only', 'tweets.csv'), async (archive) => {
      expect(archive.kind).toBe('file');
      expect(paths(archive)).toEqual(['tweets.csv']);
      expect((await archive.readText('tweets.csv')).startsWith('"tweet_id"')).toBe(true);
    });
  });

  it('removes a wrapper folder, in a zip and in a folder', async () => {
    const plain = await withArchive(join(X, 'current.zip'), async (a) => paths(a));
    await withArchive(join(X, 'current-wrapped.zip'), async (archive) => {
      expect(paths(archive)).toEqual(plain);
      expect(await archive.readText('data/account.js')).toContain('fixture_alex');
    });
    const folder = await makeFolder(join(scratch.root, 'wrapped-folder'), {
      'outer/inner/data/tweets.js': 'window.YTD.tweets.part0 = [ ]',
      'outer/inner/data/like.js': 'window.YTD.like.part0 = [ ]',
    });
    await withArchive(folder, async (archive) => {
      expect(paths(archive)).toEqual(['data/like.js', 'data/tweets.js']);
      expect(await archive.readText('data/tweets.js')).toBe('window.YTD.tweets.part0 = [ ]');
    });
  });

  it('keeps data/ and Takeout/ as the export root', () => {
    expect(commonWrapper(['data/a.js', 'data/b.js'])).toBe('');
    expect(commonWrapper(['x/Takeout/a.json', 'x/Takeout/b.json'])).toBe('x/');
    expect(commonWrapper(['w/a.js', 'w/b/c.js'])).toBe('w/');
    expect(commonWrapper(['w/a.js', 'v/b.js'])).toBe('');
  });

  it('skips __MACOSX and other operating-system junk', async () => {
    const zip = await makeZip(join(scratch.root, 'mac.zip'), {
      'archive/data/tweets.js': 'window.YTD.tweets.part0 = [ ]',
      '__MACOSX/archive/data/._tweets.js': 'junk',
      'archive/.DS_Store': 'junk',
      'archive/data/Thumbs.db': 'junk',
    });
    await withArchive(zip, async (archive) => {
      // The junk is gone, so the lone top folder is a wrapper and is removed too.
      expect(paths(archive)).toEqual(['data/tweets.js']);
    });
  });

  it('reads at most maxBytes from zips, folders and files', async () => {
    for (const input of [join(X, 'current.zip'), join(X, 'current')]) {
      await withArchive(input, async (archive) => {
        const head = await archive.readBytes('data/tweets.js', { maxBytes: 26 });
        expect(head.toString('utf8')).toBe('window.YTD.tweets.part0 = ');
        expect((await archive.readText('data/tweets.js', { maxBytes: 11 }))).toBe('window.YTD.');
      });
    }
    await withArchive(join(X, 'legacy-csv-only', 'tweets.csv'), async (archive) => {
      expect((await archive.readBytes('tweets.csv', { maxBytes: 10 })).toString()).toBe('"tweet_id"');
      const size = archive.entries()[0]!.size;
      expect((await archive.readBytes('tweets.csv', { maxBytes: size + 100 })).length).toBe(size);
    });
  });

  it('decodes UTF-16 (either byte order) and drops a UTF-8 byte-order mark', async () => {
    const text = 'Grüße, café ☕ — 日本';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(le.subarray(2)).swap16();
    const folder = await makeFolder(join(scratch.root, 'encodings'), {
      'le.csv': le,
      'be.csv': Buffer.concat([Buffer.from([0xfe, 0xff]), be]),
      'bom8.csv': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]),
      'plain.csv': text,
    });
    await withArchive(folder, async (archive) => {
      for (const name of ['le.csv', 'be.csv', 'bom8.csv', 'plain.csv']) expect(await archive.readText(name)).toBe(text);
    });
    const zip = await makeZip(join(scratch.root, 'utf16.zip'), { 'Connections.csv': le });
    await withArchive(zip, async (archive) => {
      expect(await archive.readText('Connections.csv')).toBe(text);
    });
  });

  it('merges a folder of zip parts into one tree', async () => {
    const folder = join(scratch.root, 'parts');
    await mkdir(folder);
    await makeZip(join(folder, 'export-1.zip'), { 'data/tweets.js': 'window.YTD.tweets.part0 = [ ]', 'data/shared.txt': 'first' });
    await makeZip(join(folder, 'export-2.zip'), { 'data/tweets-part1.js': 'window.YTD.tweets.part1 = [ ]', 'data/shared.txt': 'second' });
    await withArchive(folder, async (archive) => {
      expect(archive.kind).toBe('multi');
      expect(paths(archive)).toEqual(['data/shared.txt', 'data/tweets-part1.js', 'data/tweets.js']);
      expect(await archive.readText('data/tweets-part1.js')).toBe('window.YTD.tweets.part1 = [ ]');
      expect(await archive.readText('data/shared.txt')).toBe('first'); // the first part wins
    });
    // Several paths given together are one export too.
    await withArchive([join(folder, 'export-1.zip'), join(folder, 'export-2.zip')], async (archive) => {
      expect(archive.kind).toBe('multi');
      expect(archive.has('data/tweets-part1.js')).toBe(true);
    });
  });

  it('keeps a part\'s folders when only that part looks wrapped, removing a wrapper once from the merged tree', async () => {
    const folder = join(scratch.root, 'meta-parts');
    await mkdir(folder);
    // Part 2 holds only files under your_facebook_activity/: alone it would look wrapped.
    await makeZip(join(folder, 'facebook-1.zip'), {
      'facebook-me/your_facebook_activity/posts/your_posts_1.json': '[]',
      'facebook-me/personal_information/profile.json': '{}',
    });
    await makeZip(join(folder, 'facebook-2.zip'), { 'facebook-me/your_facebook_activity/comments_and_reactions/comments.json': '{}' });
    await withArchive(folder, async (archive) => {
      expect(paths(archive)).toEqual([
        'personal_information/profile.json',
        'your_facebook_activity/comments_and_reactions/comments.json',
        'your_facebook_activity/posts/your_posts_1.json',
      ]);
      expect(await archive.readText('your_facebook_activity/comments_and_reactions/comments.json')).toBe('{}');
    });
  });

  it('ignores a symbolic link that leads outside the folder, follows one inside', async () => {
    const secret = await makeFolder(join(scratch.root, 'outside'), { 'secret.txt': 'not part of the export' });
    const folder = await makeFolder(join(scratch.root, 'linked'), { 'data/tweets.js': 'window.YTD.tweets.part0 = [ ]' });
    await symlink(join(secret, 'secret.txt'), join(folder, 'data', 'leak.txt'));
    await symlink(secret, join(folder, 'data', 'leak-dir'));
    await symlink(join(folder, 'data', 'tweets.js'), join(folder, 'data', 'alias.js'));
    await symlink(join(folder, 'missing.txt'), join(folder, 'data', 'dangling.txt'));
    await withArchive(folder, async (archive) => {
      expect(paths(archive)).toEqual(['data/alias.js', 'data/tweets.js']);
    });
  });

  it('refuses a truncated zip with a one-line HindsightError', async () => {
    const whole = await readFile(join(X, 'ytd-2019.zip'));
    const cut = join(scratch.root, 'cut.zip');
    await writeFile(cut, whole.subarray(0, Math.floor(whole.length / 2)));
    const error = await openArchive(cut).then(
      () => null,
      (err: unknown) => err,
    );
    expect(error).toBeInstanceOf(HindsightError);
    const line = (error as HindsightError).line;
    expect(line).not.toContain('\n');
    expect(line.startsWith(cut)).toBe(true);
    expect(line).toMatch(/not a complete zip file/);
  });

  it('names a missing input and an empty file in one line', async () => {
    await expect(openArchive(join(scratch.root, 'nope.zip'))).rejects.toThrow(/no such file or folder/);
    const empty = join(scratch.root, 'empty.zip');
    await writeFile(empty, '');
    await expect(openArchive(empty)).rejects.toThrow(/empty \(0 bytes\)/);
  });

  it('refuses to read a path that is not in the export', async () => {
    await withArchive(join(X, 'current.zip'), async (archive) => {
      await expect(archive.readText('data/nope.js')).rejects.toBeInstanceOf(HindsightError);
    });
  });
});
