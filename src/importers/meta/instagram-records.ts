import type { Media } from '../../model/post.js';
import type { MetaBlock } from './html.js';
import { arr, obj, text, type Json } from './json.js';
import { isSidecar, mediaFromUri } from './media.js';
import { nonEmpty } from './text.js';
import { isoFromInstagramIso, isoFromSeconds, parseWallClock } from './time.js';

/*
 * Instagram and Threads records. Posts, reels, IGTV and Threads posts share one shape:
 * {media: [{uri, creation_timestamp, title, media_metadata, ...}], title?, creation_timestamp?}.
 * The caption of a single-photo post is media[0].title; a carousel's is the top-level title (its
 * media titles are ""). Stories are flat: {uri, creation_timestamp, title}.
 */

export interface MediaRecord {
  createdAt: string | null;
  caption: string;
  media: Media[];
  /** Threads: the record says it answers another post (media[].text_app_post.is_reply). */
  isReply: boolean;
}

export function mediaRecordFromJson(record: Json): MediaRecord {
  // `media` is normally a list, but a one-item post may hold the object itself; stories are flat.
  const single = obj(record.media);
  const items = Array.isArray(record.media) ? arr(record.media).map(obj).filter((m): m is Json => !!m) : single ? [single] : [record];
  const first = items[0];
  const createdAt = isoFromSeconds(record.creation_timestamp) ?? (first ? isoFromSeconds(first.creation_timestamp) : null);
  const media: Media[] = [];
  let isReply = obj(record.text_app_post)?.is_reply === true;
  for (const item of items) {
    const uri = text(item.uri);
    const video = obj(obj(item.media_metadata)?.video_metadata) !== undefined;
    if (uri && !isSidecar(uri)) media.push(mediaFromUri(uri, null, video ? 'video' : undefined, item));
    if (obj(item.text_app_post)?.is_reply === true) isReply = true;
  }
  return { createdAt, caption: captionOf(record, items), media, isReply };
}

function captionOf(record: Json, items: readonly Json[]): string {
  const top = items[0] !== record ? text(record.title)?.trim() : undefined;
  if (top) return top;
  if (items.length === 1) return text(items[0]!.title)?.trim() ?? '';
  return nonEmpty(items.map((m) => text(m.title))).join('\n');
}

/** A box of a posts, reels, stories or Threads page: the caption is its heading. */
export function mediaRecordFromHtml(block: MetaBlock): Omit<MediaRecord, 'createdAt'> {
  const media = block.media.map((m) => ({ type: m.type, path: m.path, altText: null, remoteUrl: m.remoteUrl }));
  const isReply = block.tables.some((rows) => rows.some((r) => REPLY_LABEL.test(r.label) && TRUE_VALUE.test(r.value)));
  return { caption: block.title, media, isReply };
}

// Threads pages show text_app_post's fields as rows; the English label is the only clue.
const REPLY_LABEL = /\breply\b/i;
const TRUE_VALUE = /^(?:true|yes)$/i;

/** The 2018–2020 media.json: {photos: [{caption, taken_at, path, location}], videos, stories}. */
export function legacyMediaRecord(record: Json): MediaRecord {
  const path = text(record.path);
  return {
    createdAt: isoFromInstagramIso(record.taken_at),
    caption: text(record.caption)?.trim() ?? '',
    media: path ? [mediaFromUri(path)] : [],
    isReply: false,
  };
}

export interface CommentRecord {
  createdAt: string | null;
  text: string;
  owner: string | null;
  /** The date as written, when it could not be read. */
  dateText: string;
}

// string_map_data labels are written in the account's language (d3i-infra/data-donation-task
// instagram.py lists them); position is the fallback for languages not named here.
const COMMENT_LABEL = /comment|coment|koment|kommentar|opmerking|reactie|yorum|комментар|تعليق/iu;
const OWNER_LABEL = /owner|eigenaar|inhaber|właściciel|sahibi|proprietar|propietario|pronari|владелец|مالك/iu;

/**
 * A comment in any era: {string_map_data: {Comment: {value}, "Media Owner": {value}, Time:
 * {timestamp}}} (2023 on), {title: owner, string_list_data: [{value, timestamp}]} (2021–22), or
 * [time, text, owner] (2018–20). Labels are matched loosely, with position as the fallback.
 */
export function commentFromJson(value: unknown): CommentRecord | null {
  if (Array.isArray(value)) {
    const [time, words, owner] = value;
    return { createdAt: isoFromInstagramIso(time), text: text(words) ?? '', owner: text(owner) ?? null, dateText: text(time) ?? '' };
  }
  const record = obj(value);
  if (!record) return null;
  const map = obj(record.string_map_data);
  if (map) {
    let words: string | undefined;
    let owner: string | undefined;
    let createdAt: string | null = null;
    const values: string[] = [];
    for (const [label, entry] of Object.entries(map)) {
      const field = obj(entry);
      if (!field) continue;
      if (field.timestamp !== undefined && field.value === undefined) {
        createdAt ??= isoFromSeconds(field.timestamp);
        continue;
      }
      const v = text(field.value);
      if (v === undefined) continue;
      if (COMMENT_LABEL.test(label)) words ??= v;
      else if (OWNER_LABEL.test(label)) owner ??= v;
      else values.push(v);
      createdAt ??= isoFromSeconds(field.timestamp);
    }
    words ??= values.shift();
    owner ??= values.shift();
    return { createdAt, text: words ?? '', owner: owner ?? null, dateText: '' };
  }
  const entry = obj(arr(record.string_list_data)[0]);
  if (entry) {
    return { createdAt: isoFromSeconds(entry.timestamp), text: text(entry.value) ?? '', owner: text(record.title) ?? null, dateText: '' };
  }
  return null;
}

export function commentFromHtml(block: MetaBlock): Omit<CommentRecord, 'createdAt'> {
  const rows = block.tables.flat();
  if (rows.length === 0) return { text: block.text, owner: block.title || null, dateText: block.dateText ?? '' };
  let words: string | undefined;
  let owner: string | undefined;
  let dateText = block.dateText ?? '';
  const values: string[] = [];
  for (const row of rows) {
    if (!dateText && parseWallClock(row.value)) {
      dateText = row.value;
      continue;
    }
    if (COMMENT_LABEL.test(row.label)) words ??= row.value;
    else if (OWNER_LABEL.test(row.label)) owner ??= row.value;
    else if (!parseWallClock(row.value)) values.push(row.value);
  }
  words ??= values.shift();
  owner ??= values.shift();
  return { text: words ?? '', owner: owner ?? null, dateText };
}

/**
 * A liked post or comment: {title: owner, string_list_data: [{href, value, timestamp}]}, or (newer
 * exports, a bare list) {timestamp, label_values: [{label: "URL", value, href}, {title: "Owner",
 * dict: [{dict: [{label: "Name", value}, {label: "Username", value}]}]}]}, labels localised.
 */
export function likeFromJson(value: unknown): { createdAt: string | null; owner: string; url: string | null } | null {
  const record = obj(value);
  if (record && Array.isArray(record.label_values)) return likeFromLabelValues(record);
  const entry = obj(arr(record?.string_list_data)[0]);
  const owner = text(record?.title)?.trim();
  if (!record || !entry || !owner) return null;
  return { createdAt: isoFromSeconds(entry.timestamp), owner, url: text(entry.href) || null };
}

// Username labels in the languages Instagram writes them (d3i-infra/data-donation-task instagram.py).
const USERNAME_LABEL = /^(?:user ?name|gebruikersnaam|nutzername|benutzername|nazwa użytkownika|kullanıcı adı|nome utente|nume de utilizator|nombre de usuario|emri i përdoruesit|nom d'utilisateur|nom de profil|имя пользователя|اسم المستخدم)$/iu;
const WEB = /^https?:\/\//i;

function likeFromLabelValues(record: Json): { createdAt: string | null; owner: string; url: string | null } | null {
  const leaves: { label: string; value: string; href: string }[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    const o = obj(node);
    if (!o) return;
    const label = text(o.label);
    if (label !== undefined) leaves.push({ label: label.trim(), value: text(o.value)?.trim() ?? '', href: text(o.href)?.trim() ?? '' });
    for (const child of Object.values(o)) if (typeof child === 'object' && child !== null) visit(child);
  };
  visit(record.label_values);
  const link = leaves.find((l) => WEB.test(l.href) || WEB.test(l.value));
  const url = link ? (WEB.test(link.href) ? link.href : link.value) : null;
  const owner = leaves.find((l) => USERNAME_LABEL.test(l.label) && l.value)?.value ?? leaves.find((l) => l.value && !WEB.test(l.value) && l !== link)?.value ?? url;
  if (!owner) return null;
  return { createdAt: isoFromSeconds(record.timestamp), owner, url };
}

/** The account's handle and name from personal_information.json (string_map_data) or profile.json. */
export function profileFromJson(value: unknown): { username: string | null; name: string | null } {
  const record = obj(value);
  const user = obj(arr(record?.profile_user)[0]);
  const map = obj(user?.string_map_data);
  if (map) {
    let username: string | null = null;
    let name: string | null = null;
    for (const [label, entry] of Object.entries(map)) {
      const v = text(obj(entry)?.value)?.trim();
      if (!v) continue;
      if (/^user ?name$/i.test(label)) username ??= v;
      else if (/^(?:full )?name$/i.test(label)) name ??= v;
    }
    return { username, name };
  }
  return { username: text(record?.username)?.trim() || null, name: text(record?.name)?.trim() || null };
}
