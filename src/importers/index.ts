import type { Archive } from './archive/index.js';
import type { Importer } from './types.js';
import { HindsightError } from '../errors.js';
import { xImporter } from './x.js';

export type { Importer, ImportOptions, ImportResult } from './types.js';

/** Every importer, in detection order: the first whose detect() says yes reads the export. */
export const IMPORTERS: readonly Importer[] = [xImporter];

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
