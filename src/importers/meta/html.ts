import type { Media } from '../../model/post.js';
import { DomUtils, classNames, hasClass, isTag, isText, parseHtml, type AnyNode, type Element } from '../html.js';
import { fixMojibake } from './mojibake.js';
import { canonicalText } from './text.js';
import { parseWallClock } from './time.js';
import { mediaType } from './media.js';

/*
 * The HTML form of Meta exports ("Download your information" with format HTML). Every record is a
 * box; the class names are generated but have stayed stable for years:
 *
 *   2018–2022  <div class="pam _3-95 _2pi0 _2lej uiBoxWhite noborder">
 *                <div class="_3-96 _2pio _2lek _2lel">heading</div>
 *                <div class="_3-96 _2let"> content </div>
 *                <div class="_3-94 _2lem">Mar 10, 2020, 9:31 AM</div>
 *   2022–2024  <div class="pam _3-95 _2ph- _a6-g uiBoxWhite noborder">
 *                <h2 class="_3-95 _2pim _a6-h _a6-i">heading</h2>
 *                <div class="_3-95 _a6-p"> content </div>
 *                <div class="_3-94 _a6-o">Jan 05, 2023 3:04:05 pm</div>
 *   2024 on    <section class="_3-95 _a6-g"> <h2 class="_2ph_ _a6-h _a6-i"> <div class="_2ph_ _a6-p">
 *                <footer class="_3-94 _a6-o"><a href="…/dyi/l/…"><div class="_a72d">date</div></a></footer>
 *
 * Inside the content: post text in plain <div>s (class _2pin), photos and videos in media boxes
 * (_a7nf/_a7ng, with the description beside the <img>), links as <a>, structured fields (Instagram
 * comments, places) as <table> rows of label (_a6_q) and value (_a6_r), reactions as <ul>, and an
 * "Updated <date>" line when the post was edited. Only structure is used, never the (localised)
 * words, except where a label is the only clue and is said so.
 */

export interface HtmlMedia {
  path: string | null;
  remoteUrl: string | null;
  type: Media['type'];
  description: string | null;
}

export interface HtmlLink {
  url: string;
  label: string;
}

export interface HtmlRow {
  label: string;
  value: string;
  links: string[];
}

export interface MetaBlock {
  index: number;
  /** The heading: a generated sentence on Facebook, the caption on Instagram, the sender in chats. */
  title: string;
  /** The content's own text: attachments, tables, reactions and date lines left out. */
  text: string;
  media: HtmlMedia[];
  links: HtmlLink[];
  tables: HtmlRow[][];
  /** The record's date as written: the footer's, else a date-only line or table value inside it. */
  dateText: string | null;
}

export interface MetaPage {
  blocks: MetaBlock[];
  /** Whether the page has Meta's export structure at all (boxes, or their class names). */
  recognised: boolean;
  /** The document <title>, which names the other party in a chat page. */
  pageTitle: string;
}

const SKIPPED_TAGS = new Set(['img', 'video', 'audio', 'source', 'a', 'table', 'ul', 'script', 'style', 'head', 'footer', 'h1']);
const BLOCK_TAGS = new Set(['div', 'p', 'section', 'article', 'li', 'tr', 'td', 'h2', 'h3', 'header', 'main', 'table', 'blockquote']);
const MARKER_CLASSES = /\b(?:_a6-g|_2lej|_2pin|_a72d|_a6-p|_2let)\b/;
const TIME_OF_DAY = /\d:\d\d/;
const HAS_DIGIT = /\d/;
const LOCAL_HREF = /^(?![a-z][a-z0-9+.-]*:)(?!\/\/)(?!#)/i;
const WEB_HREF = /^https?:\/\//i;

function isBox(el: Element): boolean {
  if (!el.attribs['class']) return false;
  return hasClass(el, '_a6-g') || (hasClass(el, 'pam') && hasClass(el, 'uiBoxWhite'));
}

function hasAnyClass(el: Element, names: readonly string[]): boolean {
  const list = classNames(el);
  return names.some((n) => list.includes(n));
}

/** Reads one HTML page of a Meta export into its boxes, in page order. */
export function readMetaHtml(html: string): MetaPage {
  const doc = parseHtml(html);
  const boxes = DomUtils.findAll(isBox, doc.children).filter((el) => !hasBoxAncestor(el));
  const titleEl = DomUtils.findOne((el) => el.name === 'title', doc.children);
  const pageTitle = titleEl ? fixMojibake(DomUtils.textContent(titleEl).trim()) : '';
  const recognised = boxes.length > 0 || MARKER_CLASSES.test(html.slice(0, 200_000));
  return { blocks: boxes.map((box, index) => readBox(box, index)), recognised, pageTitle };
}

function hasBoxAncestor(el: Element): boolean {
  for (let parent = el.parent; parent; parent = parent.parent) {
    if (isTag(parent) && isBox(parent)) return true;
  }
  return false;
}

function readBox(box: Element, index: number): MetaBlock {
  const heading =
    DomUtils.findOne((el) => hasAnyClass(el, ['_a6-h', '_2lek']), box.children) ??
    DomUtils.findOne((el) => el.name === 'h2', box.children);
  const content = DomUtils.findOne((el) => hasAnyClass(el, ['_a6-p', '_2let']), box.children);
  const footer =
    DomUtils.findOne((el) => hasAnyClass(el, ['_a6-o', '_2lem']), box.children) ??
    DomUtils.findOne((el) => el.name === 'footer', box.children);
  const dated = footer ? (DomUtils.findOne((el) => hasClass(el, '_a72d'), footer.children) ?? footer) : null;

  const title = heading ? canonicalText(fixMojibake(visibleText(heading, new Set()))) : '';
  const block: MetaBlock = { index, title, text: '', media: [], links: [], tables: [], dateText: null };
  if (dated) block.dateText = collapse(DomUtils.textContent(dated));
  if (!content) return block;

  const skipped = new Set<Element>();
  collectMedia(content, block, skipped);
  collectLinks(content, block);
  collectTables(content, block);
  // Date lines inside the content: the record's own date where there is no footer (some Instagram
  // pages), or the "Updated <date>" line of an edited Facebook post. Both are left out of the text.
  // Only dates with seconds count as "Updated" lines, so a person's words are never taken for one.
  for (const el of DomUtils.findAll((e) => e.name === 'div' || e.name === 'span', content.children)) {
    if (skipped.has(el) || DomUtils.existsOne((e) => e.name === 'br', el.children)) continue;
    const line = collapse(DomUtils.textContent(el));
    if (line === '' || line.length > 80 || !TIME_OF_DAY.test(line)) continue;
    const clock = parseWallClock(line);
    if (clock) {
      if (block.dateText === null) {
        block.dateText = line;
        skipped.add(el);
      } else if (clock.hasSeconds) {
        skipped.add(el);
      }
      continue;
    }
    if (isUpdatedLine(line)) skipped.add(el);
  }
  block.text = canonicalText(fixMojibake(visibleText(content, skipped)));
  return block;
}

/** "Updated Jan 05, 2021 3:04:05 pm": one or two words (in the page's language), then a date with seconds. */
function isUpdatedLine(line: string): boolean {
  const words = line.split(' ');
  for (let k = 1; k <= 2 && k < words.length; k++) {
    if (words.slice(0, k).some((w) => HAS_DIGIT.test(w))) return false;
    if (parseWallClock(words.slice(k).join(' '))?.hasSeconds) return true;
  }
  return false;
}

function collapse(text: string): string {
  return fixMojibake(text.replace(/[\s\u00a0\u202f]+/g, ' ').trim());
}

/** Photos, videos and files: the <img>/<video> sources and local file links, each once. */
function collectMedia(content: Element, block: MetaBlock, skipped: Set<Element>): void {
  const seen = new Set<string>();
  const sources = DomUtils.findAll(
    (el) =>
      ((el.name === 'img' || el.name === 'video' || el.name === 'audio' || el.name === 'source') && !!el.attribs['src']) ||
      (el.name === 'a' && !!el.attribs['href'] && LOCAL_HREF.test(el.attribs['href'])),
    content.children,
  );
  for (const el of sources) {
    const ref = (el.name === 'a' ? el.attribs['href'] : el.attribs['src'])!;
    const target = fixMojibake(decodeLocal(ref));
    if (target === '' || seen.has(target)) continue;
    seen.add(target);
    const container = mediaBox(el);
    if (container) skipped.add(container);
    const local = !WEB_HREF.test(target) && !target.startsWith('data:');
    const described = container && hasClass(container, '_a7ng') ? DomUtils.findOne((e) => hasClass(e, '_3-95'), container.children) : container;
    const words = described ? canonicalText(fixMojibake(visibleText(described, new Set()))) : '';
    const description = words === '' ? null : words;
    const type = el.name === 'video' ? 'video' : el.name === 'audio' ? 'audio' : mediaType(target);
    block.media.push({ path: local ? target : null, remoteUrl: local ? null : target, type, description });
  }
}

/**
 * The box one photo or video sits in with its description: Facebook's _a7ng (where the description
 * is the _3-95 line, the other line being the album's name), or in older pages the item inside a
 * _2pin block. None for Instagram, whose captions are headings.
 */
function mediaBox(el: Element): Element | null {
  let child: Element = el;
  for (let parent = el.parent; parent && isTag(parent); child = parent, parent = parent.parent) {
    if (hasClass(parent, '_a7ng')) return parent;
    if (hasClass(parent, '_2pin')) return child === el ? null : child;
    if (hasAnyClass(parent, ['_a6-p', '_2let'])) return null;
  }
  return null;
}

function decodeLocal(ref: string): string {
  if (!ref.includes('%')) return ref;
  try {
    return decodeURI(ref);
  } catch {
    return ref;
  }
}

/** Web links outside tables (table links belong to their row). */
function collectLinks(content: Element, block: MetaBlock): void {
  const seen = new Set<string>();
  for (const a of DomUtils.findAll((el) => el.name === 'a' && WEB_HREF.test(el.attribs['href'] ?? ''), content.children)) {
    if (insideTag(a, 'table', content)) continue;
    const url = fixMojibake(a.attribs['href']!);
    if (seen.has(url)) continue;
    seen.add(url);
    block.links.push({ url, label: collapse(DomUtils.textContent(a)) });
  }
}

function insideTag(el: Element, tag: string, stop: Element): boolean {
  for (let parent = el.parent; parent && parent !== stop; parent = parent.parent) {
    if (isTag(parent) && parent.name === tag) return true;
  }
  return false;
}

/**
 * Label/value rows: two cells (label | value), or one wide cell holding the label as its own text
 * and the value in nested <div>s ("Comment<div><div>text</div></div>").
 */
function collectTables(content: Element, block: MetaBlock): void {
  for (const table of DomUtils.findAll((el) => el.name === 'table', content.children)) {
    const rows: HtmlRow[] = [];
    for (const tr of DomUtils.findAll((el) => el.name === 'tr', table.children)) {
      const cells = tr.children.filter((c): c is Element => isTag(c) && (c.name === 'td' || c.name === 'th'));
      if (cells.length >= 2) {
        rows.push({ label: collapse(DomUtils.textContent(cells[0]!)), value: cellText(cells[1]!), links: hrefs(cells[1]!) });
      } else if (cells.length === 1) {
        const cell = cells[0]!;
        const own = cell.children.filter(isText).map((t) => t.data).join('');
        const nested = cell.children.filter((c): c is Element => isTag(c));
        rows.push({ label: collapse(own), value: cellText(nested), links: hrefs(cell) });
      }
    }
    if (rows.length > 0) block.tables.push(rows);
  }
}

function cellText(node: AnyNode | AnyNode[]): string {
  const nodes = Array.isArray(node) ? node : [node];
  return canonicalText(fixMojibake(nodes.map((n) => visibleText(n, new Set(), true)).join('\n')));
}

function hrefs(node: Element): string[] {
  return DomUtils.findAll((el) => el.name === 'a' && WEB_HREF.test(el.attribs['href'] ?? ''), node.children).map((a) => fixMojibake(a.attribs['href']!));
}

/**
 * The words a reader sees: <br> is a line break, block boundaries are single breaks, whitespace-only
 * runs between tags (pretty-printed pages) are dropped; attachments and skipped elements are left out.
 */
function visibleText(root: AnyNode, skipped: ReadonlySet<Element>, keepLinks = false): string {
  const parts: string[] = [];
  let softBreak = false;
  const breakSoftly = (): void => {
    softBreak = parts.length > 0;
  };
  const walk = (node: AnyNode): void => {
    if (isText(node)) {
      const data = node.data;
      if (data.trim() === '' && data.includes('\n')) return;
      if (softBreak) parts.push('\n');
      softBreak = false;
      parts.push(data);
      return;
    }
    if (!isTag(node)) return;
    const el = node;
    if (el !== root && (skipped.has(el) || (SKIPPED_TAGS.has(el.name) && !(keepLinks && el.name === 'a')) || hasClass(el, '_a6-q'))) return;
    if (el.name === 'br') {
      softBreak = false;
      parts.push('\n');
      return;
    }
    const block = BLOCK_TAGS.has(el.name);
    if (block) breakSoftly();
    for (const child of el.children) walk(child);
    if (block) breakSoftly();
  };
  walk(root);
  return parts.join('');
}
