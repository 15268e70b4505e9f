/**
 * Where and when each photo was taken (GPS position, camera time), noted on its media record.
 *
 * The export's own metadata comes first: Meta's JSON carries `exif_data` with latitude and longitude
 * for each photo (platforms usually strip EXIF from the files themselves), read by the importer
 * (`metaExif`). For photos without it whose file is in the export, only the first 64 KB of the file
 * is read (`archive.readBytes(path, { maxBytes: 65536 })`), never the whole file; files without a
 * JPEG, TIFF or HEIC signature are skipped, and exifr parses the EXIF block from that head. The pass
 * is bounded in time: past its budget, the remaining photos are skipped with one warning.
 */
import type { Archive } from '../importers/archive/index.js';
import type { MediaExif, Post } from '../model/post.js';

/** How much of each photo is read: EXIF lives in the APP1 segment, at most 64 KB, at the file's start. */
export const EXIF_HEAD_BYTES = 65_536;
/** Photos read at once. */
const CONCURRENCY = 8;
/** Longest the pass may take before the remaining photos are skipped. */
export const DEFAULT_MEDIA_BUDGET_MS = 120_000;

/** Names that may hold EXIF; a photo without an extension is sniffed too. PNG, GIF, WebP are skipped unread. */
const EXIF_NAME = /\.(?:jpe?g|jfif|jpe|tiff?|hei[cf]|avif)$/i;
const NO_EXTENSION = /(^|\/)[^./]+$/;

// ---- the export's own metadata ----

function finite(value: unknown, limit: number): number | undefined {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof n === 'number' && Number.isFinite(n) && Math.abs(n) <= limit ? n : undefined;
}

function obj(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

/**
 * Location and camera time from a Meta media entry's `media_metadata.{photo,video}_metadata.exif_data`
 * (Facebook and Instagram JSON), or undefined when it has neither. (0, 0) is taken as "no position".
 */
export function metaExif(entry: unknown): MediaExif | undefined {
  const metadata = obj(obj(entry)?.media_metadata);
  if (!metadata) return undefined;
  const lists = [obj(metadata.photo_metadata)?.exif_data, obj(metadata.video_metadata)?.exif_data];
  let latitude: number | undefined;
  let longitude: number | undefined;
  let takenAt: string | undefined;
  for (const list of lists) {
    if (!Array.isArray(list)) continue;
    for (const item of list) {
      const e = obj(item);
      if (!e) continue;
      const lat = finite(e.latitude, 90);
      const lon = finite(e.longitude, 180);
      if (latitude === undefined && lat !== undefined && lon !== undefined && (lat !== 0 || lon !== 0)) {
        latitude = lat;
        longitude = lon;
      }
      const taken = finite(e.taken_timestamp, 1e11);
      if (takenAt === undefined && taken !== undefined && taken > 0) takenAt = new Date(taken * 1000).toISOString();
    }
  }
  if (latitude === undefined && takenAt === undefined) return undefined;
  return { ...(latitude !== undefined ? { latitude, longitude: longitude! } : {}), ...(takenAt ? { takenAt } : {}), from: 'export' };
}

// ---- the file's own EXIF ----

/** JPEG (FF D8 FF), TIFF (II*\0 or MM\0*), or an ISO-BMFF image (ftyp heic, heix, mif1, avif, ...). */
export function hasExifSignature(head: Uint8Array): boolean {
  if (head.length >= 3 && head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return true;
  if (head.length >= 4) {
    if (head[0] === 0x49 && head[1] === 0x49 && head[2] === 0x2a && head[3] === 0x00) return true;
    if (head[0] === 0x4d && head[1] === 0x4d && head[2] === 0x00 && head[3] === 0x2a) return true;
  }
  if (head.length >= 12 && String.fromCharCode(...head.subarray(4, 8)) === 'ftyp') {
    return /^(?:hei[cxms]|hev[cxms]|mif1|msf1|avif|avis)$/.test(String.fromCharCode(...head.subarray(8, 12)));
  }
  return false;
}

const EXIFR_OPTIONS = {
  tiff: true,
  ifd0: { pick: [] as string[] },
  exif: { pick: ['DateTimeOriginal', 'OffsetTimeOriginal'] },
  gps: { pick: ['GPSLatitude', 'GPSLatitudeRef', 'GPSLongitude', 'GPSLongitudeRef'] },
  ifd1: false,
  interop: false,
  makerNote: false,
  userComment: false,
  xmp: false,
  icc: false,
  iptc: false,
  jfif: false,
  ihdr: false,
  // Camera times have no zone: keep EXIF's text rather than let a Date guess one.
  reviveValues: false,
  mergeOutput: true,
};

/** exifr, loaded the first time a photo file is read (most runs read none). */
type ExifParse = (data: Buffer, options: object) => Promise<unknown>;
let exifrParse: Promise<ExifParse> | undefined;
const exifr = (): Promise<ExifParse> => (exifrParse ??= import('exifr').then((m) => m.default.parse.bind(m.default) as ExifParse));

/** "2019:06:30 14:05:09" (+ "+01:00") → "2019-06-30T14:05:09+01:00"; undefined when it is not a time. */
function cameraTime(value: unknown, offset: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const m = /^(\d{4}):(\d{2}):(\d{2})[ T](\d{2}):(\d{2}):(\d{2})/.exec(value.trim());
  if (!m || m[1] === '0000') return undefined;
  const zone = typeof offset === 'string' && /^[+-]\d{2}:\d{2}$/.test(offset.trim()) ? offset.trim() : '';
  return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}${zone}`;
}

/** GPS position and camera time from the head of an image file, or undefined when it has neither (or no EXIF). */
export async function parseExifHead(head: Uint8Array): Promise<MediaExif | undefined> {
  if (!hasExifSignature(head)) return undefined;
  let parsed: Record<string, unknown> | undefined;
  try {
    const parse = await exifr();
    parsed = (await parse(Buffer.from(head.buffer, head.byteOffset, head.byteLength), EXIFR_OPTIONS)) as Record<string, unknown> | undefined;
  } catch {
    return undefined; // damaged or cut-short EXIF: nothing to note
  }
  if (!parsed) return undefined;
  const latitude = finite(parsed.latitude, 90);
  const longitude = finite(parsed.longitude, 180);
  const located = latitude !== undefined && longitude !== undefined && (latitude !== 0 || longitude !== 0);
  const takenAt = cameraTime(parsed.DateTimeOriginal, parsed.OffsetTimeOriginal);
  if (!located && !takenAt) return undefined;
  return { ...(located ? { latitude, longitude } : {}), ...(takenAt ? { takenAt } : {}), from: 'file' };
}

// ---- the pass over an export ----

export interface MediaPassOptions {
  /** Milliseconds the pass may take (default two minutes). */
  budgetMs?: number;
  /** Clock, for tests. */
  now?: () => number;
}

export interface MediaPassResult {
  /** Photo files whose head was read. */
  read: number;
  /** Photos given a location or camera time from their file. */
  found: number;
}

/**
 * Notes the GPS position and camera time of each photo in `posts` that the export includes and
 * whose media record has none yet (`media[].exif`, `from: "file"`). Each file is read once, however
 * many posts show it, and only its first 64 KB. Files that cannot be read are one warning together.
 */
export async function readPhotoMetadata(
  archive: Archive,
  posts: readonly Post[],
  warn: (file: string | null, message: string) => void,
  options: MediaPassOptions = {},
): Promise<MediaPassResult> {
  const wanted = new Map<string, { post: Post; index: number }[]>();
  for (const post of posts) {
    for (const [index, m] of post.media.entries()) {
      if (m.type !== 'photo' || m.path === null || m.exif) continue;
      if (!EXIF_NAME.test(m.path) && !NO_EXTENSION.test(m.path)) continue;
      const list = wanted.get(m.path);
      if (list) list.push({ post, index });
      else if (archive.has(m.path)) wanted.set(m.path, [{ post, index }]);
    }
  }
  const result: MediaPassResult = { read: 0, found: 0 };
  if (wanted.size === 0) return result;

  const now = options.now ?? Date.now;
  const deadline = now() + (options.budgetMs ?? DEFAULT_MEDIA_BUDGET_MS);
  const paths = [...wanted.keys()];
  const failures: { path: string; reason: string }[] = [];
  let next = 0;
  let skipped = 0;
  const worker = async (): Promise<void> => {
    while (next < paths.length) {
      if (now() > deadline) {
        skipped = paths.length - next;
        next = paths.length;
        return;
      }
      const path = paths[next++]!;
      let head: Buffer;
      try {
        head = await archive.readBytes(path, { maxBytes: EXIF_HEAD_BYTES });
      } catch (error) {
        failures.push({ path, reason: error instanceof Error ? error.message : String(error) });
        continue;
      }
      result.read++;
      const exif = await parseExifHead(head);
      if (!exif) continue;
      result.found++;
      for (const { post, index } of wanted.get(path)!) {
        post.media = post.media.map((m, i) => (i === index ? { ...m, exif } : m));
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, paths.length) }, worker));

  if (failures.length) {
    const first = failures[0]!;
    const others = failures.length > 1 ? ` (and ${failures.length - 1} other photo${failures.length === 2 ? '' : 's'})` : '';
    warn(first.path, `could not be read to look for a GPS position in the photo${others}: ${first.reason}`);
  }
  if (skipped) {
    warn(
      null,
      `GPS positions were looked for in ${paths.length - skipped} of ${paths.length} photos; the other ${skipped} were skipped to keep the audit within ${Math.round((options.budgetMs ?? DEFAULT_MEDIA_BUDGET_MS) / 1000)} seconds`,
    );
  }
  return result;
}
