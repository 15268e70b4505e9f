import { DomUtils, htmlToText, isTag, parseHtml, type AnyNode, type Element } from '../html.js';
import { isoFromIsoLike } from '../util.js';

/** Signs of a comment or chat list page: list items, ISO dates, line breaks and YouTube video links. */
const LIST_ITEM = /<li\b/i;
const ISO_DATE_TIME = /\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}/;
const LINE_BREAK = /<br\b/i;
const VIDEO_HREF = /href\s*=\s*["']?https?:\/\/(?:www\.|m\.)?youtube\.com\/watch/i;

/** Whether the start of an HTML file looks like `my-comments.html` or `my-live-chat-messages.html`. */
export function looksLikeCommentList(head: string): boolean {
  return LIST_ITEM.test(head) && ISO_DATE_TIME.test(head) && LINE_BREAK.test(head) && VIDEO_HREF.test(head);
}

// "Sent at 2020-04-27 23:18:23 UTC", older pages "2016-06-15T08:50:49Z".
const DATE_IN_TEXT = /\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:\s*(?:UTC|GMT|Z|[+-]\d{2}:?\d{2}))?/i;
const CHAT_WORD = /chat/i;
const WEB_LINK = /^https?:\/\//i;

export interface HtmlComment {
  /** Index of the list item in the page. */
  index: number;
  createdAt: string | null;
  text: string;
  /** The watch link in the item's heading, if any. */
  videoId: string | null;
  /** The comment's own id, when the heading links to it (`&lc=`). */
  commentId: string | null;
  links: string[];
}

export interface HtmlCommentPage {
  /** The page's title or first heading names chats rather than comments. */
  chat: boolean;
  items: HtmlComment[];
}

/**
 * Each `<li>` of the page: a heading ("Sent at <date> while watching <a>a video</a>.") then, after
 * the first `<br>`, the words written. Headings are localised, so only the date and link are used.
 */
export function readCommentPage(html: string): HtmlCommentPage {
  const doc = parseHtml(html);
  const title = DomUtils.findOne((el) => el.name === 'title' || el.name === 'h1', doc.children, true);
  const chat = title !== null && CHAT_WORD.test(DomUtils.textContent(title));
  const items = DomUtils.findAll((el) => el.name === 'li', doc.children).map((li, index) => readItem(li, index));
  return { chat, items };
}

function readItem(li: Element, index: number): HtmlComment {
  const children = li.children;
  const br = children.findIndex((node) => isTag(node) && node.name === 'br');
  const heading: AnyNode[] = br < 0 ? children : children.slice(0, br);
  const body: AnyNode[] = br < 0 ? [] : children.slice(br + 1);
  const date = DATE_IN_TEXT.exec(DomUtils.textContent(heading))?.[0];
  let videoId: string | null = null;
  let commentId: string | null = null;
  for (const a of DomUtils.findAll((el) => el.name === 'a', heading)) {
    const watch = watchParams(a.attribs['href'] ?? '');
    if (watch) {
      videoId = watch.videoId;
      commentId = watch.commentId;
      break;
    }
  }
  const links = DomUtils.findAll((el) => el.name === 'a', body)
    .map((a) => a.attribs['href'] ?? '')
    .filter((href) => WEB_LINK.test(href));
  return {
    index,
    createdAt: date ? isoFromIsoLike(date) : null,
    text: br < 0 ? '' : htmlToText(body),
    videoId,
    commentId,
    links,
  };
}

function watchParams(href: string): { videoId: string; commentId: string | null } | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  const videoId = url.searchParams.get('v');
  if (!videoId || !url.hostname.endsWith('youtube.com')) return null;
  return { videoId, commentId: url.searchParams.get('lc') };
}
