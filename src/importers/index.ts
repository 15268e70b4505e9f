import type { Archive } from './archive/index.js';
import type { Importer } from './types.js';
import { HindsightError } from '../errors.js';
import { xImporter } from './x.js';
import { facebookImporter } from './facebook.js';
import { instagramImporter } from './instagram.js';
import { linkedinImporter } from './linkedin.js';
import { tiktokImporter } from './tiktok.js';
import { youtubeImporter } from './youtube.js';
import { redditImporter } from './reddit.js';
import { mastodonImporter } from './mastodon.js';
import { blueskyImporter } from './bluesky.js';
import { whatsappImporter } from './whatsapp.js';
import { wordpressImporter } from './wordpress.js';
import { genericImporter } from './generic.js';

export type { Importer, ImportOptions, ImportResult } from './types.js';

/** Every importer, in detection order: the first whose detect() says yes reads the export. */
export const IMPORTERS: readonly Importer[] = [
  xImporter,
  facebookImporter,
  instagramImporter,
  linkedinImporter,
  tiktokImporter,
  youtubeImporter,
  redditImporter,
  mastodonImporter,
  blueskyImporter,
  whatsappImporter,
  wordpressImporter,
  // Last: it accepts any CSV or JSON with date and text columns.
  genericImporter,
];

export async function detectImporter(archive: Archive): Promise<Importer> {
  for (const importer of IMPORTERS) {
    if (await importer.detect(archive)) return importer;
  }
  const looked = IMPORTERS.map((i) => `${i.name} (${i.looksFor})`).join('; ');
  const count = archive.entries().length;
  throw new HindsightError(
    `no supported export recognised in ${count} file${count === 1 ? '' : 's'}; looked for: ${looked}`,
    { file: archive.input },
  );
}
