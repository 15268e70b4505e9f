import type { Archive } from './archive/index.js';

/**
 * Exports hindsight recognises but does not read, by the files only they hold, so the user hears
 * "this is a Snapchat export, which is not supported" rather than a list of what was looked for.
 * Consulted only after every importer has said no, so a platform that gains an importer needs no
 * change here.
 */
const SIGNATURES: ReadonlyArray<{ name: string; files: RegExp }> = [
  { name: 'Snapchat "My Data" download', files: /(^|\/)(snap_history|memories_history|snapchat_ai)\.(json|html)$/i },
  { name: 'Telegram Desktop export', files: /(^|\/)(ChatExport|DataExport)_[^/]*\/|(^|\/)export_results\.html$/i },
  { name: 'Discord data package', files: /(^|\/)messages\/index\.json$|(^|\/)account\/user\.json$/i },
  { name: 'Google Takeout without YouTube comments', files: /(^|\/)Takeout\/archive_browser\.html$/i },
];

/** The name of the unsupported export this looks like, or null. */
export function unsupportedExport(archive: Archive): string | null {
  for (const { name, files } of SIGNATURES) {
    if (archive.entries().some((e) => files.test(e.path))) return name;
  }
  return null;
}
