import type { Link } from '../../model/post.js';
import { arr, idString, obj, str } from './ytd.js';
import { comparableText, decodeNoteEntities, linksFrom, replaceShortLinks, unique } from './text.js';

/** The full text of a long post ("note tweet"), ready to replace its truncated tweet's text. */
export interface NoteText {
  id: string | undefined;
  text: string;
  mentions: string[];
  hashtags: string[];
  links: Link[];
  /** comparableText(text), for the prefix check. */
  key: string;
}

/** How much of a truncated tweet's start must match its note (enough to tell same-second posts apart). */
const PREFIX_CHARS = 80;

/**
 * note-tweet.js, indexed for the join with tweets.js. The note carries no tweet id, so the join is by
 * creation time (same second) confirmed by the tweet's text being a prefix of the note's.
 */
export class NoteIndex {
  private bySecond = new Map<string, NoteText[]>();

  get size(): number {
    return this.bySecond.size;
  }

  /** Adds one `{noteTweet: {...}}` record; false when it lacks a creation time or text. */
  add(record: unknown, createdAtIso: (value: string) => string | null): boolean {
    const note = obj(obj(record)?.noteTweet) ?? obj(record);
    const core = obj(note?.core);
    const created = str(note?.createdAt);
    const raw = str(core?.text);
    const iso = created === undefined ? null : createdAtIso(created);
    if (!note || !core || raw === undefined || !iso) return false;
    const expanded = new Map<string, string>();
    const links: string[] = [];
    for (const item of arr(core.urls)) {
      const url = obj(item);
      const short = str(url?.shortUrl);
      const long = str(url?.expandedUrl) ?? short;
      if (!long) continue;
      if (short) expanded.set(short, long);
      links.push(long);
    }
    // Decode first: an expanded URL may itself contain "&lt" or "&amp" that must stay as written.
    const text = replaceShortLinks(decodeNoteEntities(raw), expanded);
    const entry: NoteText = {
      id: idString(note.noteTweetId),
      text,
      mentions: unique(arr(core.mentions).flatMap((m) => str(obj(m)?.screenName) ?? str(obj(m)?.screen_name) ?? [])),
      hashtags: unique(arr(core.hashtags).flatMap((h) => str(obj(h)?.text) ?? [])),
      links: linksFrom(links),
      key: comparableText(text),
    };
    const second = iso.slice(0, 19);
    const list = this.bySecond.get(second);
    if (list) list.push(entry);
    else this.bySecond.set(second, [entry]);
    return true;
  }

  /** The note for a tweet created at `createdAtIso` whose decoded text is `tweetText`, if any. */
  match(createdAtIso: string, tweetText: string): NoteText | undefined {
    const candidates = this.bySecond.get(createdAtIso.slice(0, 19));
    if (!candidates) return undefined;
    const prefix = comparableText(tweetText).slice(0, PREFIX_CHARS);
    // A tweet that is only a link has no words to compare: trust the time only when it is unambiguous.
    if (prefix === '') return candidates.length === 1 ? candidates[0] : undefined;
    return candidates.find((note) => note.key.startsWith(prefix));
  }
}
