// ImportOptions.onPost from the Meta importers (Facebook, Instagram): every post the import returns
// is offered once, as it is made, as the very object returned (so an early judgement of it is a
// judgement of the final post), with the account the result names. The judging pool relies on it
// (src/pipeline/judge-pool.ts, src/pipeline/audit.ts).
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { openArchive } from '../../src/importers/archive/index.js';
import { facebookImporter } from '../../src/importers/facebook.js';
import { instagramImporter } from '../../src/importers/instagram.js';
import type { Importer } from '../../src/importers/types.js';
import type { Post } from '../../src/model/post.js';
import { FB_ERAS, generateFacebookFixtures } from '../../fixtures/facebook/generate.js';
import { IG_ERAS, generateInstagramFixtures } from '../../fixtures/instagram/generate.js';
import { scratchSpace } from '../importers/helpers.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const scratch = scratchSpace('on-post', join(ROOT, 'tests/.tmp'));

beforeAll(async () => {
  await generateFacebookFixtures(join(scratch.root, 'facebook'));
  await generateInstagramFixtures(join(scratch.root, 'instagram'));
});

async function offeredAndRead(importer: Importer, path: string, includeMessages: boolean) {
  const archive = await openArchive(path);
  const offered: { post: Post; account: string | null }[] = [];
  try {
    const result = await importer.read(archive, {
      input: path,
      includeMessages,
      warn: () => {},
      onPost: (post, account) => void offered.push({ post, account }),
    });
    return { offered, result };
  } finally {
    await archive.close();
  }
}

const cases: [string, Importer, string][] = [
  ...FB_ERAS.flatMap((era) => (['json', 'html'] as const).map((f): [string, Importer, string] => [`facebook ${era} ${f}`, facebookImporter, join('facebook', `facebook-${era}-${f}.zip`)])),
  ...IG_ERAS.filter((era) => era !== '2019').flatMap((era) => (['json', 'html'] as const).map((f): [string, Importer, string] => [`instagram ${era} ${f}`, instagramImporter, join('instagram', `instagram-${era}-${f}.zip`)])),
  ['instagram 2019 json', instagramImporter, join('instagram', 'instagram-2019-json.zip')],
];

describe('onPost from the Meta importers', () => {
  for (const [name, importer, file] of cases) {
    for (const includeMessages of [false, true]) {
      it(`${name}${includeMessages ? ', with messages' : ''}: offers each returned post once, as returned, with the result's account`, async () => {
        const { offered, result } = await offeredAndRead(importer, join(scratch.root, file), includeMessages);
        expect(result.posts.length).toBeGreaterThan(0);
        const returned = new Set(result.posts);
        const seen = new Set<Post>();
        for (const { post, account } of offered) {
          expect(returned.has(post)).toBe(true);
          expect(seen.has(post)).toBe(false);
          seen.add(post);
          expect(account).toBe(result.account);
        }
        expect(seen.size).toBe(result.posts.length);
      });
    }
  }
});
