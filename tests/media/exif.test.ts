import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import exifr from 'exifr';
import { openArchive, type Archive } from '../../src/importers/archive/index.js';
import { xImporter } from '../../src/importers/x.js';
import { EXIF_HEAD_BYTES, hasExifSignature, metaExif, parseExifHead, readPhotoMetadata } from '../../src/media/exif.js';
import { auditInput } from '../../src/pipeline/audit.js';
import { postPartsFromJson } from '../../src/importers/meta/facebook-records.js';
import { mediaRecordFromJson } from '../../src/importers/meta/instagram-records.js';
import type { Post } from '../../src/model/post.js';
import { tinyJpeg, exifTiff } from '../../fixtures/media/jpeg.js';
import { CAMERA_TIME, GPS, LARGE_PHOTO_BYTES, writeMediaArchive } from '../../fixtures/media/archive.js';
import { instagramExport } from '../../fixtures/instagram/generate.js';
import { writeTree } from '../../fixtures/lib/write.js';
import { pack, photo, post } from '../config/support.js';

let dir: string;
let zip: string;
let folder: string;
let photoPaths: Map<string, string[]>;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'hindsight-media-'));
  ({ zip, folder, photoPaths } = await writeMediaArchive(dir));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function xPosts(archive: Archive): Promise<Post[]> {
  return (await xImporter.read(archive, { input: archive.input, includeMessages: false, warn: () => {} })).posts;
}

const byText = (posts: readonly Post[], start: string): Post => posts.find((p) => p.text.startsWith(start))!;

describe('the generated JPEG fixture', () => {
  it('is a JPEG whose EXIF block exifr reads: GPS position, camera time and its offset', async () => {
    const jpeg = tinyJpeg({ exif: { ...GPS, ...CAMERA_TIME } });
    expect([...jpeg.subarray(0, 4)]).toEqual([0xff, 0xd8, 0xff, 0xe1]);
    expect([...jpeg.subarray(-2)]).toEqual([0xff, 0xd9]);
    const raw = await exifr.parse(jpeg, { reviveValues: false });
    expect(raw.latitude).toBeCloseTo(GPS.latitude, 5);
    expect(raw.longitude).toBeCloseTo(GPS.longitude, 5);
    expect(raw.DateTimeOriginal).toBe('2019:06:30 14:05:09');
  });

  it('is deterministic, and padded to the size asked', () => {
    expect(tinyJpeg({ exif: { ...GPS } }).equals(tinyJpeg({ exif: { ...GPS } }))).toBe(true);
    expect(tinyJpeg({ exif: { ...GPS }, padTo: LARGE_PHOTO_BYTES }).length).toBe(LARGE_PHOTO_BYTES);
    expect(exifTiff({}).subarray(0, 4).toString('latin1')).toBe('MM\0*');
  });
});

describe('parseExifHead', () => {
  it('gives latitude, longitude and the camera time (with its offset when the file has one)', async () => {
    expect(await parseExifHead(tinyJpeg({ exif: { ...GPS, ...CAMERA_TIME } }))).toEqual({
      latitude: expect.closeTo(GPS.latitude, 5),
      longitude: expect.closeTo(GPS.longitude, 5),
      takenAt: '2019-06-30T14:05:09+01:00',
      from: 'file',
    });
    expect(await parseExifHead(tinyJpeg({ exif: { dateTimeOriginal: '2020:01:02 03:04:05' } }))).toEqual({ takenAt: '2020-01-02T03:04:05', from: 'file' });
    expect(await parseExifHead(tinyJpeg({ exif: { latitude: -33.8568, longitude: 151.2153 } }))).toMatchObject({ latitude: expect.closeTo(-33.8568, 3), longitude: expect.closeTo(151.2153, 3) });
  });

  it('a photo without EXIF, or with neither position nor time, gives nothing', async () => {
    expect(await parseExifHead(tinyJpeg())).toBeUndefined();
    expect(await parseExifHead(tinyJpeg({ exif: {} }))).toBeUndefined();
    expect(await parseExifHead(tinyJpeg({ exif: { latitude: 0, longitude: 0 } }))).toBeUndefined();
  });

  it('a head cut inside the EXIF block, or bytes that are not an image, give nothing and never throw', async () => {
    const jpeg = tinyJpeg({ exif: { ...GPS, ...CAMERA_TIME } });
    for (let cut = 4; cut < 120; cut += 7) await expect(parseExifHead(jpeg.subarray(0, cut))).resolves.not.toThrow();
    expect(await parseExifHead(Buffer.from('not a photo at all, just text'))).toBeUndefined();
    expect(await parseExifHead(Buffer.from([0xff, 0xd8, 0xff, 0xe1, 0xff, 0xff, 0, 0, 0, 0]))).toBeUndefined();
  });

  it('knows JPEG, TIFF and HEIC signatures, and nothing else', () => {
    expect(hasExifSignature(Buffer.from([0xff, 0xd8, 0xff, 0xe0]))).toBe(true);
    expect(hasExifSignature(Buffer.from('II*\0'))).toBe(true);
    expect(hasExifSignature(Buffer.from('MM\0*'))).toBe(true);
    expect(hasExifSignature(Buffer.from('\0\0\0\x18ftypheic\0\0\0\0'))).toBe(true);
    expect(hasExifSignature(Buffer.from('\0\0\0\x18ftypmp42\0\0\0\0'))).toBe(false);
    expect(hasExifSignature(Buffer.from('\x89PNG\r\n\x1a\n'))).toBe(false);
    expect(hasExifSignature(Buffer.alloc(0))).toBe(false);
  });
});

describe('readPhotoMetadata on an X archive with photos', () => {
  it('reads only the first 64 KB of each photo, and finds the GPS position there', async () => {
    const archive = await openArchive(zip);
    try {
      const posts = await xPosts(archive);
      const spy = vi.spyOn(archive, 'readBytes');
      const warnings: string[] = [];
      const result = await readPhotoMetadata(archive, posts, (file, message) => warnings.push(`${file}: ${message}`));
      expect(warnings).toEqual([]);
      // Every read asked for the head only; the 200,000-byte photo was among them.
      expect(spy).toHaveBeenCalled();
      for (const call of spy.mock.calls) expect(call[1]).toEqual({ maxBytes: EXIF_HEAD_BYTES });
      const large = photoPaths.get('gps')![0]!;
      expect(archive.entries().find((e) => e.path === large)!.size).toBe(LARGE_PHOTO_BYTES);
      expect(spy.mock.calls.map((c) => c[0])).toContain(large);
      for (const value of await Promise.all(spy.mock.results.map((r) => r.value as Promise<Buffer>))) expect(value.length).toBeLessThanOrEqual(EXIF_HEAD_BYTES);
      // PNGs are never read for EXIF.
      expect(spy.mock.calls.map((c) => c[0])).not.toContain(photoPaths.get('png')![0]);
      expect(result).toEqual({ read: 5, found: 3 });

      expect(byText(posts, 'Sunset').media[0]!.exif).toEqual({ latitude: expect.closeTo(GPS.latitude, 5), longitude: expect.closeTo(GPS.longitude, 5), takenAt: '2019-06-30T14:05:09+01:00', from: 'file' });
      expect(byText(posts, 'New trainers').media[0]!.exif).toBeUndefined();
      expect(byText(posts, 'Coffee').media[0]!.exif).toEqual({ takenAt: '2019-07-02T09:58:00', from: 'file' });
      expect(byText(posts, 'Screenshot').media[0]!.exif).toBeUndefined();
    } finally {
      await archive.close();
    }
  });

  it('reads each file once, however many posts show it, and leaves media that already have metadata', async () => {
    const archive = await openArchive(folder);
    try {
      const path = photoPaths.get('gps')![0]!;
      const known = { latitude: 1, longitude: 2, from: 'export' as const };
      const posts = [post('a', { media: [photo({ path })] }), post('b', { media: [photo({ path })] }), post('c', { media: [photo({ path, exif: known })] })];
      const spy = vi.spyOn(archive, 'readBytes');
      await readPhotoMetadata(archive, posts, () => {});
      expect(spy).toHaveBeenCalledTimes(1);
      expect(posts[0]!.media[0]!.exif?.from).toBe('file');
      expect(posts[1]!.media[0]!.exif?.from).toBe('file');
      expect(posts[2]!.media[0]!.exif).toBe(known);
    } finally {
      await archive.close();
    }
  });

  it('skips photos the export does not include and media that are not photos, without reading', async () => {
    const archive = await openArchive(folder);
    try {
      const spy = vi.spyOn(archive, 'readBytes');
      const posts = [
        post('a', { media: [photo({ path: 'data/tweets_media/missing.jpg' }), photo({ path: null }), { type: 'video', path: photoPaths.get('gps')![0]!, altText: null }] }),
      ];
      expect(await readPhotoMetadata(archive, posts, () => {})).toEqual({ read: 0, found: 0 });
      expect(spy).not.toHaveBeenCalled();
    } finally {
      await archive.close();
    }
  });

  it('photos that cannot be read are one warning together; the rest are read', async () => {
    const archive = await openArchive(folder);
    try {
      const paths = [...photoPaths.values()].flat().filter((p) => p.endsWith('.jpg'));
      const real = archive.readBytes.bind(archive);
      vi.spyOn(archive, 'readBytes').mockImplementation(async (path, options) => {
        if (path !== photoPaths.get('gps')![0]) throw new Error('the compressed data of this file is damaged');
        return real(path, options);
      });
      const posts = paths.map((path) => post('x', { media: [photo({ path })] }));
      const warnings: [string | null, string][] = [];
      const result = await readPhotoMetadata(archive, posts, (file, message) => warnings.push([file, message]));
      expect(result).toEqual({ read: 1, found: 1 });
      expect(warnings).toHaveLength(1);
      expect(warnings[0]![1]).toMatch(new RegExp(`could not be read to look for a GPS position in the photo \\(and ${paths.length - 2} other photos\\): the compressed data of this file is damaged`));
    } finally {
      await archive.close();
    }
  });

  it('stops at its time budget with one warning', async () => {
    const archive = await openArchive(folder);
    try {
      const paths = [...photoPaths.values()].flat().filter((p) => p.endsWith('.jpg'));
      const posts = paths.map((path) => post('x', { media: [photo({ path })] }));
      let clock = 0;
      const warnings: [string | null, string][] = [];
      // Each look at the clock costs a second; the budget is 2.5 seconds.
      const result = await readPhotoMetadata(archive, posts, (file, message) => warnings.push([file, message]), { budgetMs: 2500, now: () => (clock += 1000) });
      expect(result.read).toBeLessThan(paths.length);
      expect(warnings).toEqual([[null, expect.stringMatching(new RegExp(`^GPS positions were looked for in ${result.read} of ${paths.length} photos; the other ${paths.length - result.read} were skipped to keep the audit within 3 seconds$`))]]);
    } finally {
      await archive.close();
    }
  });
});

describe("the export's own metadata (Meta exif_data)", () => {
  it('metaExif reads latitude, longitude and taken_timestamp from photo or video metadata', () => {
    expect(metaExif({ uri: 'a.jpg', media_metadata: { photo_metadata: { exif_data: [{ upload_ip: '192.0.2.1' }, { latitude: 53.8008, longitude: -1.5491, taken_timestamp: 1561900000 }] } } })).toEqual({
      latitude: 53.8008,
      longitude: -1.5491,
      takenAt: '2019-06-30T13:06:40.000Z',
      from: 'export',
    });
    expect(metaExif({ media_metadata: { video_metadata: { exif_data: [{ latitude: '51.5', longitude: '-0.12' }] } } })).toEqual({ latitude: 51.5, longitude: -0.12, from: 'export' });
    expect(metaExif({ media_metadata: { photo_metadata: { exif_data: [{ upload_ip: '192.0.2.10' }] } } })).toBeUndefined();
    expect(metaExif({ media_metadata: { photo_metadata: { exif_data: [{ latitude: 0, longitude: 0 }] } } })).toBeUndefined();
    expect(metaExif({ media_metadata: { photo_metadata: { exif_data: [{ latitude: 200, longitude: 0 }] } } })).toBeUndefined();
    expect(metaExif({ uri: 'a.jpg' })).toBeUndefined();
    expect(metaExif(null)).toBeUndefined();
  });

  it('the Instagram and Facebook records put it on the media', () => {
    const ig = mediaRecordFromJson({ media: [{ uri: 'media/posts/1.jpg', creation_timestamp: 1561900000, title: 'Run', media_metadata: { photo_metadata: { exif_data: [{ latitude: 53.8008, longitude: -1.5491 }] } } }] });
    expect(ig.media[0]!.exif).toEqual({ latitude: 53.8008, longitude: -1.5491, from: 'export' });
    const fb = postPartsFromJson({
      timestamp: 1561900000,
      attachments: [{ data: [{ media: { uri: 'photos/1.jpg', description: 'Park', media_metadata: { photo_metadata: { exif_data: [{ latitude: 51.5, longitude: -0.12 }] } } } }] }],
    });
    expect(fb.media[0]!.exif).toEqual({ latitude: 51.5, longitude: -0.12, from: 'export' });
    const none = postPartsFromJson({ timestamp: 1561900000, attachments: [{ data: [{ media: { uri: 'photos/2.jpg' } }] }] });
    expect(none.media[0]).not.toHaveProperty('exif');
  });

  it('an Instagram export: the export\'s position wins over the file\'s; files without it are read', async () => {
    const files = instagramExport('2025', 'json');
    // Every photo file now carries a different position in its own EXIF.
    const elsewhere = tinyJpeg({ exif: { latitude: 10.5, longitude: 20.25 } });
    for (const path of [...files.keys()]) if (/^media\/.*\.jpg$/.test(path)) files.set(path, elsewhere);
    // Stories lose their exif_data in the export's JSON.
    const stories = [...files.keys()].find((p) => /stories\.json$/.test(p))!;
    files.set(stories, String(files.get(stories)).replaceAll('"exif_data"', '"no_exif_data"'));
    const out = join(dir, 'instagram');
    await writeTree(out, files, { replace: true });
    const audit = await auditInput(out, { pack, thresholds: { delete: 70, review: 1 } });
    expect(audit.input.error).toBeNull();
    const photos = audit.posts.flatMap((p) => (p.media ?? []).filter((m) => m.type === 'photo').map((m) => ({ kind: p.kind, m })));
    const posts = photos.filter((x) => x.kind === 'post');
    expect(posts.length).toBeGreaterThan(0);
    for (const { m } of posts) expect(m.exif).toEqual({ latitude: 53.8008, longitude: -1.5491, from: 'export' });
    // Stories now carry no exif_data: their files' own EXIF is read.
    const storyPhotos = photos.filter((x) => x.kind === 'story');
    expect(storyPhotos.length).toBeGreaterThan(0);
    for (const { m } of storyPhotos) expect(m.exif).toEqual({ latitude: 10.5, longitude: 20.25, from: 'file' });
    // A geotagged photo alone is a low finding: it does not flag the post by itself.
    const flagged = audit.posts.filter((p) => p.findings.some((f) => f.ruleId === 'confidentiality/photo-location'));
    expect(flagged.length).toBeGreaterThan(0);
    for (const p of flagged) expect(p.findings.find((f) => f.ruleId === 'confidentiality/photo-location')!.severity).toBe('low');
  });
});
