import yauzl from 'yauzl';
import type { Entry, ZipFile } from 'yauzl';
import { BaseArchive } from './base.js';
import { LIMITS, type ReadOptions } from './types.js';
import { HindsightError } from '../../errors.js';

/**
 * A zip read in place with yauzl: the central directory is listed once, and only the entries asked
 * for are inflated, as streams. Archives of any size (including > 2 GiB with media) open in the
 * same memory, and nothing is extracted to disk.
 */
export class ZipArchive extends BaseArchive {
  readonly kind = 'zip' as const;
  private zip: ZipFile | undefined;
  private raw = new Map<string, Entry>();

  static async open(input: string): Promise<ZipArchive> {
    const archive = new ZipArchive(input);
    await archive.load();
    return archive;
  }

  private async load(): Promise<void> {
    const zip = await new Promise<ZipFile>((resolve, reject) => {
      yauzl.open(this.input, { lazyEntries: true, autoClose: false, strictFileNames: false }, (err, z) =>
        err || !z ? reject(zipError(this.input, err)) : resolve(z),
      );
    });
    this.zip = zip;
    const entries = await new Promise<Entry[]>((resolve, reject) => {
      const list: Entry[] = [];
      zip.on('entry', (entry: Entry) => {
        list.push(entry);
        zip.readEntry();
      });
      zip.on('end', () => resolve(list));
      zip.on('error', (err: Error) => reject(zipError(this.input, err)));
      zip.readEntry();
    });
    for (const entry of entries) this.raw.set(entry.fileName, entry);
    this.setEntries(entries.map((e) => ({ path: e.fileName, size: e.uncompressedSize })));
  }

  async readBytes(path: string, options: ReadOptions = {}): Promise<Buffer> {
    this.entry(path);
    const entry = this.raw.get(this.prefix + path)!;
    const where = `${this.input}: ${path}`;
    if (entry.isEncrypted()) {
      throw new HindsightError('this file in the zip is encrypted; re-download the export without a password', { file: where });
    }
    const limit = options.maxBytes ?? LIMITS.maxEntryBytes;
    if (options.maxBytes === undefined) {
      if (entry.uncompressedSize > LIMITS.maxEntryBytes) {
        throw new HindsightError(
          `file is ${formatBytes(entry.uncompressedSize)}, larger than the ${formatBytes(LIMITS.maxEntryBytes)} hindsight reads from one file`,
          { file: where },
        );
      }
      if (
        entry.uncompressedSize > LIMITS.ratioCheckAbove &&
        entry.uncompressedSize / Math.max(1, entry.compressedSize) > LIMITS.maxCompressionRatio
      ) {
        throw new HindsightError(
          `file claims to expand ${Math.round(entry.uncompressedSize / Math.max(1, entry.compressedSize))} times (zip bomb?); refusing to inflate it`,
          { file: where },
        );
      }
    }
    const zip = this.zip!;
    const stream = await new Promise<NodeJS.ReadableStream & { destroy(): void }>((resolve, reject) => {
      zip.openReadStream(entry, (err, s) => (err || !s ? reject(zipError(where, err)) : resolve(s as never)));
    });
    const chunks: Buffer[] = [];
    let total = 0;
    return await new Promise<Buffer>((resolve, reject) => {
      stream.on('data', (chunk: Buffer) => {
        chunks.push(chunk);
        total += chunk.length;
        if (total >= limit) {
          stream.removeAllListeners('data');
          stream.destroy();
          resolve(Buffer.concat(chunks).subarray(0, limit));
        }
      });
      stream.on('end', () => resolve(Buffer.concat(chunks)));
      stream.on('error', (err: Error) => reject(zipError(where, err)));
    });
  }

  override async close(): Promise<void> {
    this.zip?.close();
  }
}

function zipError(where: string, err: Error | null | undefined): HindsightError {
  const detail = err?.message ?? 'unknown error';
  let hint = 'the zip may be damaged or only partly downloaded; download the export again';
  if (/end of central directory record signature not found/i.test(detail)) hint = 'not a complete zip file (truncated download, or not a zip)';
  return new HindsightError(`cannot read zip: ${hint} (${detail})`, { file: where, cause: err ?? undefined });
}

function formatBytes(n: number): string {
  if (n >= 1024 ** 3) return `${(n / 1024 ** 3).toFixed(1)} GiB`;
  if (n >= 1024 ** 2) return `${(n / 1024 ** 2).toFixed(0)} MiB`;
  return `${n} bytes`;
}
