import type { Media, PostKind } from '../../model/post.js';
import type { HtmlRow, MetaBlock } from './html.js';
import { arr, obj, text, type Json } from './json.js';
import { mediaFromUri } from './media.js';
import { nonEmpty } from './text.js';
import { parseWallClock } from './time.js';

/*
 * Facebook records, read from JSON or from the HTML box of the same record, into the same parts;
 * `assemblePost` then derives the text and kind from those parts alone, so both forms agree.
 *
 * JSON post: {timestamp, data: [{post}, {update_timestamp}], attachments: [{data: [{media},
 * {external_context}, {place}, {event}, {text}, {name}, {note}, {poll}, ...]}], tags, title}.
 * `title` is a generated, localised sentence ("Sam updated his status.") and is never the text.
 */

export interface PostParts {
  /** What the person wrote (data[].post). */
  ownText: string;
  /** Photo and video descriptions: the text of photo-only posts. */
  descriptions: string[];
  place: string | null;
  event: string | null;
  /** Titles of shared links and posts. */
  linkNames: string[];
  /** Other attachment words: notes, polls, life events, items for sale. */
  extras: string[];
  media: Media[];
  links: string[];
  mentions: string[];
}

function emptyParts(): PostParts {
  return { ownText: '', descriptions: [], place: null, event: null, linkNames: [], extras: [], media: [], links: [], mentions: [] };
}

/** The text: the person's words, else (photo posts, check-ins, shares) what the attachments say. */
export function assemblePost(parts: PostParts, base: PostKind): { kind: PostKind; text: string } {
  const text =
    parts.ownText ||
    parts.descriptions.join('\n') ||
    parts.place ||
    parts.event ||
    parts.linkNames.join('\n') ||
    parts.extras.join('\n');
  return { kind: parts.place !== null && base === 'post' ? 'check-in' : base, text };
}

// ---- JSON ----

export function postPartsFromJson(record: Json): PostParts {
  const parts = emptyParts();
  parts.ownText = nonEmpty(arr(record.data).map((d) => text(obj(d)?.post))).join('\n');
  for (const attachment of arr(record.attachments)) {
    for (const item of arr(obj(attachment)?.data)) addAttachment(parts, obj(item));
  }
  // Some records keep an attachment-like entry in `data` beside `post` (a life event's
  // {life_event: {title}}, a shared link's {external_context}): read them as attachments.
  for (const entry of arr(record.data)) {
    const item = obj(entry);
    if (item && item.post === undefined) addAttachment(parts, item);
  }
  for (const tag of arr(record.tags)) {
    const name = text(tag) ?? text(obj(tag)?.name);
    if (name) parts.mentions.push(name);
  }
  return parts;
}

function addAttachment(parts: PostParts, item: Json | undefined): void {
  if (!item) return;
  const media = obj(item.media);
  if (media) {
    const uri = text(media.uri);
    const description = text(media.description)?.trim() || null;
    if (uri) parts.media.push(mediaFromUri(uri, description, undefined, media));
    if (description) parts.descriptions = nonEmpty([...parts.descriptions, description]);
  }
  const external = obj(item.external_context);
  if (external) {
    const url = text(external.url);
    if (url) parts.links.push(url);
    const name = text(external.name)?.trim();
    if (name) parts.linkNames = nonEmpty([...parts.linkNames, name]);
  }
  // A note (and some life events) carries its photos inside itself: {note: {text, media: [{uri}]}}.
  for (const inner of arr(obj(item.note)?.media ?? obj(item.life_event)?.media)) {
    const uri = text(obj(inner)?.uri);
    if (uri) parts.media.push(mediaFromUri(uri, text(obj(inner)?.description)?.trim() || null, undefined, inner));
  }
  const place = obj(item.place);
  if (place) parts.place = text(place.name)?.trim() || text(place.address)?.trim() || '';
  const event = obj(item.event);
  if (event) parts.event = text(event.name)?.trim() || null;
  const extra = text(item.text) ?? text(item.name) ?? noteText(item);
  if (extra?.trim()) parts.extras = nonEmpty([...parts.extras, extra]);
}

function noteText(item: Json): string | undefined {
  const note = obj(item.note) ?? obj(item.life_event) ?? obj(item.for_sale_item) ?? obj(item.fundraiser);
  if (note) return text(note.text) || text(note.title) || text(note.description);
  const poll = obj(item.poll);
  return poll ? text(poll.question) : undefined;
}

/** A comment record: {timestamp, data: [{comment: {comment, author, group}}], attachments}. */
export function commentFromJson(record: Json): { text: string; author: string | null; media: Media[]; links: string[] } {
  let words = '';
  let author: string | null = null;
  for (const d of arr(record.data)) {
    const comment = obj(obj(d)?.comment);
    if (!comment) continue;
    words ||= text(comment.comment) ?? '';
    author ??= text(comment.author) ?? null;
  }
  const parts = emptyParts();
  for (const attachment of arr(record.attachments)) {
    for (const item of arr(obj(attachment)?.data)) addAttachment(parts, obj(item));
  }
  return { text: words, author, media: parts.media, links: parts.links };
}

/** Whether a 2018 group record is a comment (those shared one list with the group's posts). */
export function isCommentRecord(record: Json): boolean {
  return arr(record.data).some((d) => obj(obj(d)?.comment) !== undefined);
}

/**
 * What a reaction names: the shared thing's title or address where the record has one, else the
 * generated sentence ("Sam liked Alex's post.") — the only clue to whose words were endorsed.
 */
export function reactionFromJson(record: Json): { text: string; url: string | null } {
  const parts = emptyParts();
  for (const attachment of arr(record.attachments)) {
    for (const item of arr(obj(attachment)?.data)) addAttachment(parts, obj(item));
  }
  // Newer files describe some records as [{label, value, href}] instead of named keys.
  for (const lv of arr(record.label_values)) {
    const href = text(obj(lv)?.href);
    if (href) parts.links.push(href);
  }
  const url = parts.links[0] ?? null;
  return { text: parts.linkNames[0] ?? url ?? text(record.title) ?? '', url };
}

// ---- HTML ----

const COORDINATES = /^\(?\s*-?\d{1,3}\.\d+\s*,\s*-?\d{1,3}\.\d+\s*\)?$/;
// A label is the only clue for a place without coordinates; English only, said so in the README.
const PLACE_LABEL = /^(?:place|location|check-?in)$/i;

export function postPartsFromHtml(block: MetaBlock): PostParts {
  const parts = emptyParts();
  parts.ownText = block.text;
  for (const m of block.media) {
    parts.media.push({ type: m.type, path: m.path, altText: m.description, remoteUrl: m.remoteUrl });
    if (m.description) parts.descriptions = nonEmpty([...parts.descriptions, m.description]);
  }
  for (const link of block.links) {
    parts.links.push(link.url);
    if (link.label && link.label !== link.url) parts.linkNames = nonEmpty([...parts.linkNames, link.label]);
  }
  for (const rows of block.tables) addTable(parts, rows);
  return parts;
}

/** Structured attachments: a place (coordinates), an event (dates), or other named things. */
function addTable(parts: PostParts, rows: HtmlRow[]): void {
  const first = rows.find((r) => r.value !== '')?.value ?? '';
  if (rows.some((r) => COORDINATES.test(r.value) || PLACE_LABEL.test(r.label))) {
    parts.place = first;
  } else if (rows.some((r) => parseWallClock(r.value) !== null)) {
    parts.event = first || null;
  } else if (first) {
    parts.extras = nonEmpty([...parts.extras, first]);
  }
}

export function reactionFromHtml(block: MetaBlock): { text: string; url: string | null } {
  const url = block.links[0]?.url ?? null;
  const named = block.links.find((l) => l.label && l.label !== l.url)?.label;
  return { text: named ?? url ?? block.title, url };
}
