import type { Archive } from './archive/index.js';
import type { Post } from '../model/post.js';

export interface ImportOptions {
  /** The input path as the user gave it, recorded in each post's source. */
  input: string;
  /** Private messages are read only when the user asks. */
  includeMessages: boolean;
  /** Who "me" is in chat exports (WhatsApp), when given. */
  me?: string[];
  /**
   * IANA time zone for exports that write local wall-clock times without a zone (Meta's HTML
   * format). Defaults to UK time: hindsight's users are UK registrants.
   */
  timeZone?: string;
  /** Record a problem with one file inside an otherwise readable export. */
  warn(file: string | null, message: string): void;
  /**
   * Optional, for speed: each post as soon as it is read, with the account's handle as known then,
   * so the caller can start judging while the rest is read (src/pipeline/judge-pool.ts). Only a
   * hint: the post may still be dropped, replaced or changed; the result's posts are the truth.
   * Importers need not call it.
   */
  onPost?(post: Post, account: string | null): void;
}

export interface ImportResult {
  /** The account's handle, when the export names it. */
  account: string | null;
  posts: Post[];
  /** Whether private messages were read. */
  messagesScanned?: boolean;
}

/** One platform's export reader. Detection looks at content, never at the input's file name alone. */
export interface Importer {
  /** Platform id of the export kind, as in the report's inputs[].platform. */
  readonly id: string;
  /** Human name, e.g. "X (Twitter) archive". */
  readonly name: string;
  /** What detection looks for, listed in the error when nothing is recognised. */
  readonly looksFor: string;
  detect(archive: Archive): Promise<boolean>;
  read(archive: Archive, options: ImportOptions): Promise<ImportResult>;
}
