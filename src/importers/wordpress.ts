import { parseDocument } from 'htmlparser2';
import { decodeHTML } from 'entities';
import type { Archive } from './archive/index.js';
import type { Importer, ImportOptions, ImportResult } from './types.js';
import type { Link, Media, Post, PostKind } from '../model/post.js';
import { DomUtils, htmlToText, isTag, parseHtml, type Element } from './html.js';
import { StableIds, isoFromIsoLike, linkFrom, toIsoUtc } from './util.js';
import { candidateEntries, errorMessage, nothingReadable, someEntry } from './common/files.js';
import { baseName, mediaTypeFromName } from './common/media.js';
import { unique, uniqueLinks } from './common/text.js';

/*
 * WordPress export (WXR: Tools → Export → All content, or WordPress.com's export zip): an RSS
 * file with the wp: namespace. Posts and pages that anyone could read (published, private,
 * scheduled) are audited; drafts, revisions, attachments and menu items are not posts. Comments
 * are read only when the blog's author wrote them: the export holds readers' comments too, and
 * those are other people's words.
 */

const LOOKS_FOR = 'a WordPress export (WXR): an .xml RSS file with the wp: namespace and <item>s';
const XML_FILE = /\.xml$/i;
const POST_TYPES: Readonly<Record<string, PostKind>> = { post: 'post', page: 'page' };
/** Statuses whose posts others could see (private: logged-in editors; future: scheduled to go out). */
const AUDIENCE_BY_STATUS: Readonly<Record<string, string>> = { publish: 'public', private: 'private', future: 'public' };
const HIDDEN_COMMENTS = new Set(['spam', 'trash', 'post-trashed']);
/** Core shortcodes that wrap or stand for media; their brackets are markup, not words. */
const SHORTCODE = /\[\/?(?:caption|gallery|embed|audio|video|playlist|wp_caption)\b[^\]]*\]/gi;
const RFC_822 = /^\s*(?:[A-Za-z]{3},\s*)?(\d{1,2})\s+([A-Za-z]{3})\s+(\d{4})\s+(\d{2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{4}|GMT|UTC|Z)?\s*$/;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

export const wordpressImporter: Importer = {
  id: 'wordpress',
  name: 'WordPress export (WXR)',
  looksFor: LOOKS_FOR,
  detect,
  read,
};

function looksLikeWxr(head: string): boolean {
  return /<rss[\s>]/.test(head) && (head.includes('xmlns:wp=') || head.includes('<wp:wxr_version'));
}

async function detect(archive: Archive): Promise<boolean> {
  // A long comment explaining the format comes before <rss>.
  return someEntry(candidateEntries(archive, XML_FILE), async (entry) => looksLikeWxr(await archive.readText(entry.path, { maxBytes: 16 * 1024 })));
}

async function read(archive: Archive, options: ImportOptions): Promise<ImportResult> {
  const posts: Post[] = [];
  const ids = new StableIds();
  let account: string | null = null;
  let filesRead = 0;
  for (const entry of candidateEntries(archive, XML_FILE)) {
    let xml: string;
    try {
      xml = await archive.readText(entry.path);
    } catch (err) {
      options.warn(entry.path, `could not read this export file (${errorMessage(err)})`);
      continue;
    }
    if (!looksLikeWxr(xml.slice(0, 16 * 1024))) continue;
    const document = parseDocument(xml, { xmlMode: true });
    const channel = DomUtils.findOne((el) => el.name === 'channel', document.children, true);
    if (!channel) {
      options.warn(entry.path, 'no <channel> in this WordPress export; the file may be cut short');
      continue;
    }
    filesRead++;
    const blog = readChannel(channel);
    account ??= blog.authors.length === 1 ? blog.authors[0]!.login : null;
    posts.push(...new ChannelReader(entry.path, blog, ids, options).read(channel));
  }
  if (filesRead === 0) throw nothingReadable('WordPress export', LOOKS_FOR, options.input);
  return { account, posts };
}

/* ---------------------------------------------------------------- XML helpers */

function childElements(el: Element): Element[] {
  return el.children.filter(isTag);
}

/** Direct children by element name, lower-cased (wp:comment_author_IP). */
function byName(el: Element): Map<string, Element[]> {
  const map = new Map<string, Element[]>();
  for (const child of childElements(el)) {
    const name = child.name.toLowerCase();
    const list = map.get(name);
    if (list) list.push(child);
    else map.set(name, [child]);
  }
  return map;
}

/** Text (CDATA included) of the first child with that name, trimmed; '' when absent. */
function field(fields: Map<string, Element[]>, name: string): string {
  const el = fields.get(name)?.[0];
  return el ? DomUtils.textContent(el).trim() : '';
}

/* ---------------------------------------------------------------- the blog */

interface Author {
  id: string;
  login: string;
  email: string;
  names: string[];
}

interface Blog {
  authors: Author[];
  language: string | null;
}

function readChannel(channel: Element): Blog {
  const fields = byName(channel);
  const authors = (fields.get('wp:author') ?? []).map((el) => {
    const f = byName(el);
    const first = field(f, 'wp:author_first_name');
    const last = field(f, 'wp:author_last_name');
    return {
      id: field(f, 'wp:author_id'),
      login: field(f, 'wp:author_login'),
      email: field(f, 'wp:author_email').toLowerCase(),
      names: unique([field(f, 'wp:author_login'), field(f, 'wp:author_display_name'), `${first} ${last}`.trim()].filter((n) => n !== '').map((n) => n.toLowerCase())),
    };
  });
  return { authors, language: field(fields, 'language') || null };
}

/** An RFC 822 date (RSS pubDate: "Fri, 25 Dec 2020 13:45:00 +0000") as ISO UTC, or null. */
export function isoFromRfc822(value: string): string | null {
  const m = RFC_822.exec(value);
  if (!m) return null;
  const month = MONTHS.indexOf(m[2]!.toLowerCase()) + 1;
  const zone = m[7] ?? 'Z';
  const offset = /^[+-]/.test(zone) ? (zone[0] === '-' ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(3, 5))) : 0;
  return month === 0 ? null : toIsoUtc(Number(m[3]), month, Number(m[1]), Number(m[4]), Number(m[5]), Number(m[6] ?? 0), 0, offset);
}

/**
 * A post's or comment's time: the GMT field first; drafts carry 0000-00-00 there, so then the
 * RSS date, then the blog's local time recorded as if UTC.
 */
function dateOf(gmt: string, rss: string, local: string): string | null {
  return isoFromIsoLike(gmt) ?? (rss ? isoFromRfc822(rss) : null) ?? isoFromIsoLike(local);
}

class ChannelReader {
  private readonly posts: Post[] = [];
  private record = 0;
  private undated = 0;

  constructor(
    private readonly file: string,
    private readonly blog: Blog,
    private readonly ids: StableIds,
    private readonly options: ImportOptions,
  ) {}

  read(channel: Element): Post[] {
    const items = childElements(channel).filter((el) => el.name === 'item').map(byName);
    const attachments = this.attachmentsByParent(items);
    for (const item of items) this.item(item, attachments);
    if (this.undated > 0) this.options.warn(this.file, `${this.undated} item${this.undated === 1 ? '' : 's'} skipped: no readable date`);
    return this.posts;
  }

  /** Media uploaded to a post (attachment items name their parent post). */
  private attachmentsByParent(items: Map<string, Element[]>[]): Map<string, Media[]> {
    const byParent = new Map<string, Media[]>();
    for (const item of items) {
      if (field(item, 'wp:post_type') !== 'attachment') continue;
      const url = field(item, 'wp:attachment_url') || field(item, 'guid');
      const parent = field(item, 'wp:post_parent');
      if (!url || !parent || parent === '0') continue;
      const alt = (item.get('wp:postmeta') ?? []).map(byName).find((meta) => field(meta, 'wp:meta_key') === '_wp_attachment_image_alt');
      const media: Media = { type: mediaTypeFromName(baseName(url)), path: null, altText: (alt && field(alt, 'wp:meta_value')) || null, remoteUrl: url };
      const list = byParent.get(parent);
      if (list) list.push(media);
      else byParent.set(parent, [media]);
    }
    return byParent;
  }

  private item(item: Map<string, Element[]>, attachments: ReadonlyMap<string, Media[]>): void {
    const index = this.record++;
    const kind = POST_TYPES[field(item, 'wp:post_type')];
    const audience = AUDIENCE_BY_STATUS[field(item, 'wp:status')];
    if (!kind || !audience) return;
    const createdAt = dateOf(field(item, 'wp:post_date_gmt'), field(item, 'pubdate'), field(item, 'wp:post_date'));
    if (createdAt === null) {
      this.undated++;
      return;
    }
    const id = field(item, 'wp:post_id');
    const link = field(item, 'link') || null;
    const password = field(item, 'wp:post_password') !== '';
    const title = decodeHTML(field(item, 'title'));
    const html = parseHtml(field(item, 'content:encoded').replace(SHORTCODE, ''));
    // Spaces left at line starts by removed shortcodes and images (" Neck stretch") are not text.
    const body = htmlToText(html.children).replace(/^[ \t]+/gm, '');
    const text = [title, body].filter((part) => part !== '').join('\n\n');
    const images: Media[] = DomUtils.getElementsByTagName('img', html.children, true).flatMap((img) =>
      img.attribs.src ? [{ type: mediaTypeFromName(baseName(img.attribs.src)), path: null, altText: img.attribs.alt || null, remoteUrl: img.attribs.src }] : [],
    );
    const seenMedia = new Set(images.map((m) => m.remoteUrl));
    const media = [...images, ...(attachments.get(id) ?? []).filter((m) => !seenMedia.has(m.remoteUrl))];
    const hashtags = unique(
      (item.get('category') ?? [])
        .filter((c) => c.attribs.nicename !== 'uncategorized')
        .map((c) => decodeHTML(DomUtils.textContent(c).trim()))
        .filter((name) => name !== ''),
    );
    const postAudience = password ? 'password' : audience;
    this.posts.push({
      id: id || this.ids.next('wordpress', kind, createdAt, text),
      platform: 'wordpress',
      account: field(item, 'dc:creator') || null,
      kind,
      createdAt,
      text,
      url: link,
      inReplyTo: null,
      mentions: [],
      hashtags,
      links: linksIn(html),
      media,
      audience: postAudience,
      language: this.blog.language,
      source: { input: this.options.input, file: this.file, index },
    });
    for (const comment of item.get('wp:comment') ?? []) this.comment(byName(comment), id, link, postAudience);
  }

  /** The author of the comment when it is one of the blog's authors, else null. */
  private ownAuthor(comment: Map<string, Element[]>): Author | null {
    const userId = field(comment, 'wp:comment_user_id');
    const email = field(comment, 'wp:comment_author_email').toLowerCase();
    const name = field(comment, 'wp:comment_author').toLowerCase();
    for (const author of this.blog.authors) {
      if ((userId !== '' && userId !== '0' && userId === author.id) || (email !== '' && email === author.email) || (name !== '' && author.names.includes(name))) {
        return author;
      }
    }
    // A logged-in commenter is a user of the blog; when the export lists no authors, that is the owner.
    if (this.blog.authors.length === 0 && userId !== '' && userId !== '0') return { id: userId, login: field(comment, 'wp:comment_author'), email, names: [] };
    return null;
  }

  private comment(comment: Map<string, Element[]>, postId: string, postLink: string | null, audience: string): void {
    const index = this.record++;
    const type = field(comment, 'wp:comment_type');
    if (type === 'pingback' || type === 'trackback' || HIDDEN_COMMENTS.has(field(comment, 'wp:comment_approved'))) return;
    const author = this.ownAuthor(comment);
    if (!author) return;
    const createdAt = dateOf(field(comment, 'wp:comment_date_gmt'), '', field(comment, 'wp:comment_date'));
    if (createdAt === null) {
      this.undated++;
      return;
    }
    const commentId = field(comment, 'wp:comment_id');
    const parent = field(comment, 'wp:comment_parent');
    const html = parseHtml(field(comment, 'wp:comment_content'));
    const text = htmlToText(html.children);
    this.posts.push({
      id: commentId ? `comment-${commentId}` : this.ids.next('wordpress', 'comment', createdAt, text),
      platform: 'wordpress',
      account: author.login || field(comment, 'wp:comment_author') || null,
      kind: 'comment',
      createdAt,
      text,
      url: postLink && commentId ? `${postLink}#comment-${commentId}` : postLink,
      inReplyTo: parent && parent !== '0' ? `comment-${parent}` : postId || null,
      mentions: [],
      hashtags: [],
      links: linksIn(html),
      media: [],
      audience,
      language: this.blog.language,
      source: { input: this.options.input, file: this.file, index },
    });
  }
}

function linksIn(html: ReturnType<typeof parseHtml>): Link[] {
  return uniqueLinks(
    DomUtils.getElementsByTagName('a', html.children, true)
      .map((a) => a.attribs.href)
      .filter((href): href is string => href !== undefined && /^https?:\/\//i.test(href))
      .map(linkFrom),
  );
}
