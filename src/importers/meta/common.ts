import type { Archive } from '../archive/index.js';
import type { ImportOptions } from '../types.js';
import type { Media, Platform, Post, PostKind } from '../../model/post.js';
import { isHindsightError } from '../../errors.js';
import { StableIds, linkFrom } from '../util.js';
import { readMetaHtml, type MetaPage } from './html.js';
import { MetaFileProblem, parseJsonFile } from './json.js';
import { canonicalText, handlesInText, hashtagsInText, idText, resolveMentionMarkup, unique, urlsInText } from './text.js';
import { htmlTimeZone, isoFromHtmlDate, minuteKey } from './time.js';

/** A post before its id and text normalisation: what a JSON record or an HTML box says. */
export interface Draft {
  platform: Platform;
  kind: PostKind;
  createdAt: string;
  text: string;
  media?: Media[];
  links?: string[];
  mentions?: string[];
  url?: string | null;
  inReplyToAccount?: string | null;
  audience?: string | null;
  file: string;
  index: number;
}

/**
 * Turns drafts into posts the same way for both forms of an export. Ids (Meta exports have none)
 * hash the platform, kind, the minute in UTC and the text with its spacing collapsed, plus the
 * post's position among posts sharing all of those: the fields the JSON and HTML forms both carry
 * (HTML pages of Instagram and older Facebook exports give times to the minute only).
 */
export class PostBuilder {
  private readonly ids = new StableIds();
  readonly posts: Post[] = [];

  constructor(
    private readonly input: string,
    private readonly account: string | null,
    private readonly archive: Archive,
    /** ImportOptions.onPost: each post as it is made (a post is never changed after `add`). */
    private readonly onPost?: ImportOptions['onPost'],
  ) {}

  /**
   * A media uri as a path inside this archive: Meta's uris are relative to the export's root, which
   * a wrapper folder or a merged multi-zip download can shift; leading folders are dropped until the
   * file is found. Null when the export does not include the file (downloaded without media).
   */
  private resolve(media: Media): Media {
    if (media.path === null || this.archive.has(media.path)) return media;
    let rest = media.path;
    for (let slash = rest.indexOf('/'); slash >= 0; slash = rest.indexOf('/')) {
      rest = rest.slice(slash + 1);
      if (this.archive.has(rest)) return { ...media, path: rest };
    }
    return { ...media, path: null };
  }

  add(draft: Draft): Post {
    const resolved = resolveMentionMarkup(draft.text);
    const text = canonicalText(resolved.text);
    const social = draft.platform === 'instagram' || draft.platform === 'threads';
    const mentions = unique([...resolved.mentions, ...(draft.mentions ?? []), ...(social ? handlesInText(text) : [])]);
    const urls = unique([...(draft.links ?? []), ...urlsInText(text)]);
    const post: Post = {
      id: this.ids.next(draft.platform, draft.kind, minuteKey(draft.createdAt), idText(text)),
      platform: draft.platform,
      account: this.account,
      kind: draft.kind,
      createdAt: draft.createdAt,
      text,
      url: draft.url ?? null,
      inReplyTo: null,
      mentions,
      hashtags: hashtagsInText(text),
      links: urls.map(linkFrom),
      media: (draft.media ?? []).map((m) => this.resolve(m)),
      audience: draft.audience ?? null,
      language: null,
      source: { input: this.input, file: draft.file, index: draft.index },
    };
    if (draft.inReplyToAccount) post.inReplyToAccount = draft.inReplyToAccount;
    this.posts.push(post);
    this.onPost?.(post, this.account);
    return post;
  }
}

/** A data file of the export, in the format it came in. */
export interface ExportFile {
  path: string;
  format: 'json' | 'html';
}

const EXTENSION = /\.(json|html?)$/i;
const PART_SUFFIX = /_(\d+)$/;

/**
 * Files matching a pattern, in an order both forms share (folder, name, then part number: _2 before
 * _10). Where the same file exists as JSON and HTML (both downloads unpacked together), JSON wins.
 */
export function exportFiles(archive: Archive, pattern: RegExp): ExportFile[] {
  const byStem = new Map<string, ExportFile>();
  for (const { path } of archive.find(pattern)) {
    const m = EXTENSION.exec(path);
    if (!m) continue;
    const format = m[1]!.toLowerCase() === 'json' ? 'json' : 'html';
    const stem = path.slice(0, m.index);
    const existing = byStem.get(stem);
    if (!existing || (existing.format === 'html' && format === 'json')) byStem.set(stem, { path, format });
  }
  return [...byStem.entries()].sort(([a], [b]) => compareStems(a, b)).map(([, file]) => file);
}

function compareStems(a: string, b: string): number {
  const pa = PART_SUFFIX.exec(a);
  const pb = PART_SUFFIX.exec(b);
  const baseA = pa ? a.slice(0, pa.index) : a;
  const baseB = pb ? b.slice(0, pb.index) : b;
  if (baseA !== baseB) return baseA < baseB ? -1 : 1;
  return Number(pa?.[1] ?? 0) - Number(pb?.[1] ?? 0);
}

/**
 * Reads the files of one export, one at a time: a file that cannot be read becomes a warning and
 * the rest is read. Counts what could be read so the importer can tell "empty" from "unreadable".
 */
export class MetaFiles {
  /** Data files that parsed. */
  readable = 0;
  /** Data files tried. */
  tried = 0;
  readonly timeZone: string;
  private readonly undated = new Map<string, { count: number; example: string }>();

  constructor(
    readonly archive: Archive,
    readonly options: ImportOptions,
  ) {
    this.timeZone = htmlTimeZone(options.timeZone);
  }

  /** The parsed file, or undefined after a warning. `content` false for side files (profiles). */
  async json(path: string, content = true): Promise<unknown> {
    if (content) this.tried++;
    try {
      const value = parseJsonFile(await this.archive.readText(path));
      if (content) this.readable++;
      return value;
    } catch (err) {
      this.problem(path, err);
      return undefined;
    }
  }

  async html(path: string, content = true): Promise<MetaPage | undefined> {
    if (content) this.tried++;
    let page: MetaPage;
    try {
      page = readMetaHtml(await this.archive.readText(path));
    } catch (err) {
      this.problem(path, err);
      return undefined;
    }
    if (!page.recognised) {
      this.options.warn(path, "this HTML page has none of Meta's export layout (no record boxes); it was skipped. If it was edited or saved from a browser, download the export again");
      return undefined;
    }
    if (content) this.readable++;
    return page;
  }

  /** A file that parsed but holds something else than expected: a warning, and not counted as read. */
  reject(path: string, message: string): void {
    this.readable--;
    this.options.warn(path, message);
  }

  /** ISO time of an HTML date, or null (counted, and reported once per file by `finish`). */
  htmlDate(path: string, dateText: string | null): string | null {
    const iso = dateText ? isoFromHtmlDate(dateText, this.timeZone) : null;
    if (iso === null) this.noDate(path, dateText ?? '');
    return iso;
  }

  /** A record left out for want of a readable date. */
  noDate(path: string, example: string): void {
    const seen = this.undated.get(path);
    if (seen) seen.count++;
    else this.undated.set(path, { count: 1, example });
  }

  /** Reports the records each file lost for want of a date, once per file. */
  finish(): void {
    for (const [path, { count, example }] of this.undated) {
      const what = example
        ? `their dates (e.g. "${example.slice(0, 60)}") are not in a form hindsight reads; download the export again in JSON format, or with English as the language`
        : 'they carry no date; the file may be edited or incomplete, so download the export again';
      this.options.warn(path, `${count} record${count === 1 ? '' : 's'} skipped: ${what}`);
    }
    this.undated.clear();
  }

  private problem(path: string, err: unknown): void {
    let message: string;
    if (err instanceof MetaFileProblem) message = err.message;
    else if (isHindsightError(err)) message = err.message;
    else message = `could not be read (${err instanceof Error ? err.message : String(err)}); download the export again`;
    this.options.warn(path, message);
  }
}

/** Whether a name from a chat is the account's owner (case and spacing ignored). */
export function sameName(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

const HTML_SIGNATURE = /_a6-g|uiBoxWhite|_2lej|_a72d|_a6-p|_2let/;

/**
 * Whether any candidate's content looks like a Meta export file: JSON whose opening matches the
 * signature, or HTML with Meta's record boxes (their class names appear in the page's own <style>).
 */
export async function sniffMeta(archive: Archive, candidates: readonly string[], jsonSignature: RegExp): Promise<boolean> {
  for (const path of candidates) {
    const html = /\.html?$/i.test(path);
    let head: string;
    try {
      head = await archive.readText(path, { maxBytes: html ? 128 * 1024 : 4096 });
    } catch {
      continue;
    }
    if (html ? HTML_SIGNATURE.test(head) : jsonSignature.test(head)) return true;
  }
  return false;
}

/** A profile value from an HTML page's label/value rows, by label (English labels; null otherwise). */
export function profileValue(page: MetaPage, label: RegExp): string | null {
  for (const block of page.blocks) {
    for (const rows of block.tables) {
      for (const row of rows) if (label.test(row.label) && row.value) return row.value;
    }
  }
  return null;
}
