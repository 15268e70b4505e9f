import yauzl from 'yauzl';
import type { Entry, ZipFile } from 'yauzl';
import { inflateRaw } from 'node:zlib';
import { BaseArchive, formatBytes } from './base.js';
import { LIMITS, type ReadOptions } from './types.js';
import { HindsightError } from '../../errors.js';

/** Compression methods yauzl inflates: stored and deflate. */
const READABLE_METHODS = new Set([0, 8]);
const METHOD_NAMES: Readonly<Record<number, string>> = { 9: 'Deflate64', 12: 'bzip2', 14: 'LZMA', 93: 'Zstandard', 95: 'XZ', 98: 'PPMd', 99: 'AES encryption' };

/**
 * A zip read in place with yauzl: the central directory is listed once, and only the entries asked
 * for are inflated, as streams. Archives of any size (including > 2 GiB with media) open in the
 * same memory, and nothing is extracted to disk.
 *
 * Hostile or damaged zips: an entry whose name is absolute or climbs out with ".." is skipped with a
 * warning (nothing is ever written, but such a name is never a file of the export); a central
 * directory that breaks part-way keeps the entries listed before the break; an entry is never
 * inflated beyond the size its header claims, and a claimed size or ratio beyond LIMITS is refused.
 */
export class ZipArchive extends BaseArchive {
  readonly kind = 'zip' as const;
  private zip: ZipFile | undefined;
  private raw = new Map<string, Entry>();

  static async open(input: string, options: { part?: boolean } = {}): Promise<ZipArchive> {
    const archive = new ZipArchive(input);
    archive.keepWrapper = options.part ?? false;
    await archive.load();
    return archive;
  }

  private async load(): Promise<void> {
    const zip = await new Promise<ZipFile>((resolve, reject) => {
      // Names are decoded and checked here, not by yauzl, whose check fails the whole listing.
      // Sizes are checked in readBytes for the same reason (one bad entry must not hide the rest).
      yauzl.open(this.input, { lazyEntries: true, autoClose: false, decodeStrings: false, validateEntrySizes: false }, (err, z) =>
        err || !z ? reject(zipError(this.input, err)) : resolve(z),
      );
    });
    this.zip = zip;
    const listed: { name: string; entry: Entry }[] = [];
    let broken: Error | undefined;
    await new Promise<void>((resolve) => {
      zip.on('entry', (entry: Entry) => {
        listed.push({ name: entryName(entry), entry });
        zip.readEntry();
      });
      zip.on('end', () => resolve());
      zip.on('error', (err: Error) => {
        broken = err;
        resolve();
      });
      zip.readEntry();
    });
    if (broken) {
      if (listed.length === 0) {
        zip.close();
        throw zipError(this.input, broken);
      }
      // Keep what was listed before the break: those entries have their own headers and can be read.
      this.warn(null, `the zip's list of files is damaged after ${listed.length} file${listed.length === 1 ? '' : 's'}; the files after that could not be read (${firstLine(broken)}); download the export again`);
    }
    const encrypted = listed.filter(({ name, entry }) => !name.endsWith('/') && entry.isEncrypted()).length;
    const files = listed.filter(({ name }) => !name.endsWith('/')).length;
    if (files > 0 && encrypted === files) {
      zip.close();
      throw new HindsightError(
        'every file in this zip is encrypted (password-protected); hindsight cannot read it: unzip it with its password and give hindsight the folder',
        { file: this.input },
      );
    }
    const kept: { path: string; size: number }[] = [];
    for (const { name, entry } of listed) {
      const unsafe = unsafePath(name);
      if (unsafe) {
        this.warn(name, `was skipped: ${unsafe}, which no export uses (the zip may be damaged or tampered with); nothing was read from or written to that path`);
        continue;
      }
      if (!this.raw.has(name)) this.raw.set(name, entry);
      kept.push({ path: name, size: entry.uncompressedSize });
    }
    this.setEntries(kept);
  }

  async readBytes(path: string, options: ReadOptions = {}): Promise<Buffer> {
    this.entry(path);
    const entry = this.raw.get(this.prefix + path)!;
    const where = `${this.input}: ${path}`;
    if (entry.isEncrypted()) {
      throw new HindsightError('this file in the zip is encrypted (password-protected), so it was not read; download the export again without a password', { file: where });
    }
    if (!READABLE_METHODS.has(entry.compressionMethod)) {
      const method = METHOD_NAMES[entry.compressionMethod] ?? `method ${entry.compressionMethod}`;
      throw new HindsightError(`this file is compressed with ${method}, which hindsight cannot read; unzip the export and give hindsight the folder`, { file: where });
    }
    if (entry.compressionMethod === 0 && entry.compressedSize !== entry.uncompressedSize) {
      throw new HindsightError('the zip gives this file two different sizes, so it is damaged and was not read; download the export again', { file: where });
    }
    if (options.maxBytes === undefined) {
      if (entry.uncompressedSize > LIMITS.maxEntryBytes) {
        throw new HindsightError(
          `file is ${formatBytes(entry.uncompressedSize)}, larger than the ${formatBytes(LIMITS.maxEntryBytes)} hindsight reads from one file, so it was not read; if the export really holds a file this large, split it`,
          { file: where },
        );
      }
      if (
        entry.uncompressedSize > LIMITS.ratioCheckAbove &&
        entry.uncompressedSize / Math.max(1, entry.compressedSize) > LIMITS.maxCompressionRatio
      ) {
        throw new HindsightError(
          `file claims to expand ${Math.round(entry.uncompressedSize / Math.max(1, entry.compressedSize))} times its packed size (a zip bomb?), so it was not inflated; download the export again from the platform`,
          { file: where },
        );
      }
    }
    // Never inflate more than the header claims: a header that lies about the size is caught here.
    const limit = Math.min(options.maxBytes ?? LIMITS.maxEntryBytes, entry.uncompressedSize);
    // A packed size no deflate stream of this size could have is left to the streamed read below.
    const plausible = entry.compressedSize <= entry.uncompressedSize + (entry.uncompressedSize >> 6) + 1024;
    if (options.maxBytes === undefined && plausible) return this.readWhole(entry, where);
    const zip = this.zip!;
    const stream = await new Promise<NodeJS.ReadableStream & { destroy(): void }>((resolve, reject) => {
      zip.openReadStream(entry, (err, s) => (err || !s ? reject(zipError(where, err)) : resolve(s as never)));
    });
    const chunks: Buffer[] = [];
    let total = 0;
    return await new Promise<Buffer>((resolve, reject) => {
      let done = false;
      const finish = (result: Buffer | HindsightError): void => {
        if (done) return;
        done = true;
        stream.removeAllListeners('data');
        stream.destroy();
        if (result instanceof HindsightError) reject(result);
        else resolve(result);
      };
      stream.on('data', (chunk: Buffer) => {
        chunks.push(chunk);
        total += chunk.length;
        if (total > entry.uncompressedSize && options.maxBytes === undefined) {
          finish(new HindsightError(`the file holds more than the ${formatBytes(entry.uncompressedSize)} the zip says (a damaged or tampered zip), so it was not read; download the export again`, { file: where }));
        } else if (options.maxBytes !== undefined && total >= limit) {
          finish(Buffer.concat(chunks).subarray(0, limit));
        }
      });
      stream.on('end', () => {
        if (options.maxBytes === undefined && total < entry.uncompressedSize) {
          finish(new HindsightError(`the file holds ${formatBytes(total)}, less than the ${formatBytes(entry.uncompressedSize)} the zip says, so it is damaged and was not read; download the export again`, { file: where }));
        } else {
          finish(Buffer.concat(chunks));
        }
      });
      stream.on('error', (err: Error) => finish(zipError(where, err)));
    });
  }

  /**
   * A whole entry: its packed bytes read as they are, then inflated in one call into one buffer of
   * the size the header gives. Twice as fast as inflating a stream chunk by chunk and joining the
   * chunks, and the file is never in memory twice. Sizes are checked as in the streamed read.
   */
  private async readWhole(entry: Entry, where: string): Promise<Buffer> {
    const packed = await this.readPacked(entry, where);
    if (entry.compressionMethod === 0) return packed;
    const size = entry.uncompressedSize;
    let inflated: Buffer;
    try {
      inflated = await new Promise<Buffer>((resolve, reject) => {
        // One output chunk the size the header claims; more than that is refused, not inflated.
        inflateRaw(packed, { chunkSize: Math.max(64, size), maxOutputLength: Math.max(1, size) }, (err, out) => (err ? reject(err) : resolve(out)));
      });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
        throw new HindsightError(`the file holds more than the ${formatBytes(size)} the zip says (a damaged or tampered zip), so it was not read; download the export again`, { file: where });
      }
      throw zipError(where, err as Error);
    }
    // zlib wants room for at least one byte, so an entry claiming 0 bytes can still yield one.
    if (inflated.length > size) {
      throw new HindsightError(`the file holds more than the ${formatBytes(size)} the zip says (a damaged or tampered zip), so it was not read; download the export again`, { file: where });
    }
    if (inflated.length < size) {
      throw new HindsightError(`the file holds ${formatBytes(inflated.length)}, less than the ${formatBytes(size)} the zip says, so it is damaged and was not read; download the export again`, { file: where });
    }
    return inflated;
  }

  /** The entry's bytes as stored in the zip (still deflated, for a deflated entry). */
  private async readPacked(entry: Entry, where: string): Promise<Buffer> {
    const zip = this.zip!;
    const stream = await new Promise<NodeJS.ReadableStream>((resolve, reject) => {
      zip.openReadStream(entry, { decodeFileData: false }, (err, s) => (err || !s ? reject(zipError(where, err)) : resolve(s)));
    });
    const packed = Buffer.allocUnsafe(entry.compressedSize);
    let total = 0;
    return await new Promise<Buffer>((resolve, reject) => {
      stream.on('data', (chunk: Buffer) => {
        if (total + chunk.length <= packed.length) chunk.copy(packed, total);
        total += chunk.length;
      });
      stream.on('end', () => {
        if (total !== packed.length) reject(zipError(where, new Error(`read ${total} bytes where the zip says ${packed.length}`)));
        else resolve(packed);
      });
      stream.on('error', (err: Error) => reject(zipError(where, err)));
    });
  }

  override async close(): Promise<void> {
    this.zip?.close();
  }
}

/** The entry's name as its header gives it (UTF-8 flag, Info-ZIP Unicode path, else CP437), "\" read as "/". */
function entryName(entry: Entry): string {
  return yauzl.getFileNameLowLevel(entry.generalPurposeBitFlag, entry.fileNameRaw, entry.extraFields, false);
}

/** Why a name is not a path inside the export, or null when it is one. */
function unsafePath(name: string): string | null {
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) return 'its path is absolute';
  if (name.split('/').includes('..')) return 'its path climbs out of the export with ".."';
  if (name.includes('\u0000')) return 'its name holds a NUL character';
  return null;
}

function zipError(where: string, err: Error | null | undefined): HindsightError {
  const detail = firstLine(err ?? new Error('unknown error'));
  let hint = 'the zip may be damaged or only partly downloaded; download the export again';
  if (/end of central directory record signature not found/i.test(detail)) {
    hint = 'not a complete zip file (a truncated download, or not a zip); download the export again';
  } else if (/central directory|comment length|zip64|multi-disk/i.test(detail)) {
    hint = "the zip's list of files is damaged; download the export again";
  } else if (/invalid local file header|overflows file bounds/i.test(detail)) {
    hint = 'this file\'s place in the zip is damaged, so it was not read; download the export again';
  } else if (/invalid|incorrect|unexpected end|header check|distance|stored block|code lengths/i.test(detail)) {
    hint = 'the compressed data of this file is damaged, so it was not read; download the export again';
  }
  return new HindsightError(`cannot read zip: ${hint} (${detail})`, { file: where, cause: err ?? undefined });
}

function firstLine(err: Error): string {
  return err.message.split('\n', 1)[0]!;
}
