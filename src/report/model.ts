/**
 * Format-independent views of a Report, shared by every renderer (Markdown and JSON now, HTML and
 * CSV later) so that all formats agree on order, counts, dates and evidence marks.
 */
import type { Evidence } from '../model/finding.js';
import type { Report, ReportPost } from '../model/report.js';
import type { RenderOptions } from './types.js';

// ---------------------------------------------------------------------------------------------
// Ordering

function compareDigitRuns(x: string, y: string): number {
  const a = x.replace(/^0+(?=\d)/, '');
  const b = y.replace(/^0+(?=\d)/, '');
  if (a.length !== b.length) return a.length - b.length;
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * "1.9" before "1.10", "2019" before "2020": digit runs compare as numbers, everything else by
 * code unit. Deliberately locale-free so output never depends on the machine it ran on.
 */
export function naturalCompare(a: string, b: string): number {
  const ra = a.match(/\d+|\D+/g) ?? [];
  const rb = b.match(/\d+|\D+/g) ?? [];
  const n = Math.min(ra.length, rb.length);
  for (let i = 0; i < n; i++) {
    const x = ra[i] as string;
    const y = rb[i] as string;
    const dx = x.charCodeAt(0) >= 48 && x.charCodeAt(0) <= 57;
    const dy = y.charCodeAt(0) >= 48 && y.charCodeAt(0) <= 57;
    const c = dx && dy ? compareDigitRuns(x, y) : x < y ? -1 : x > y ? 1 : 0;
    if (c !== 0) return c;
  }
  if (ra.length !== rb.length) return ra.length - rb.length;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Entries of a counts record, in natural key order. */
export function sortedEntries<V>(record: Readonly<Record<string, V>> | undefined): Array<[string, V]> {
  if (!record) return [];
  return Object.entries(record).sort(([a], [b]) => naturalCompare(a, b));
}

// ---------------------------------------------------------------------------------------------
// Dates

const ISO_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/**
 * Milliseconds since the epoch, or NaN. Only ISO 8601 is accepted; a time without a zone is read
 * as UTC (the contract says UTC), never as the machine's local time.
 */
export function parseTimestamp(value: string): number {
  // Sorting the flagged posts (once per format) reads each date some 30 times: remember them.
  let t = parsedDates.get(value);
  if (t === undefined) {
    t = parseTimestampOnce(value);
    if (parsedDates.size >= 100_000) parsedDates.clear();
    parsedDates.set(value, t);
  }
  return t;
}

const parsedDates = new Map<string, number>();

function parseTimestampOnce(value: string): number {
  const m = ISO_DATE.exec(value.trim());
  if (!m) return Number.NaN;
  const [, y, mo, d, h = '0', mi = '0', s = '0', frac = '0', zone] = m;
  const ms = Number((frac + '00').slice(0, 3));
  let t = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), ms);
  // Date.UTC rolls over impossible dates (Feb 30 → Mar 2); reject them instead.
  const check = new Date(t);
  if (check.getUTCDate() !== Number(d) || check.getUTCMonth() !== Number(mo) - 1) return Number.NaN;
  if (zone && zone.toUpperCase() !== 'Z') {
    const sign = zone.startsWith('-') ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    const offset = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || '0');
    t -= sign * offset * 60_000;
  }
  return t;
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** "YYYY-MM-DD HH:MM UTC", or null when the value is not an ISO timestamp. */
export function formatUtc(value: string): string | null {
  const t = parseTimestamp(value);
  if (Number.isNaN(t)) return null;
  const d = new Date(t);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())} UTC`;
}

/** Calendar year (UTC) as a string, or null. */
export function utcYear(value: string): string | null {
  const t = parseTimestamp(value);
  return Number.isNaN(t) ? null : String(new Date(t).getUTCFullYear());
}

// ---------------------------------------------------------------------------------------------
// Posts to act on

export const isFlagged = (post: ReportPost): boolean =>
  post.recommendation === 'delete' || post.recommendation === 'review';

/**
 * Score descending, then oldest first, then platform and id so ties are still deterministic.
 * Posts whose date cannot be read go after dated posts of the same score.
 */
export function compareByScoreThenDate(a: ReportPost, b: ReportPost): number {
  if (a.score !== b.score) return b.score - a.score;
  const ta = parseTimestamp(a.createdAt);
  const tb = parseTimestamp(b.createdAt);
  const na = Number.isNaN(ta);
  const nb = Number.isNaN(tb);
  if (na !== nb) return na ? 1 : -1;
  if (!na && ta !== tb) return ta - tb;
  return naturalCompare(a.createdAt, b.createdAt) || naturalCompare(a.platform, b.platform) || naturalCompare(a.id, b.id);
}

export interface ActionLists {
  delete: ReportPost[];
  review: ReportPost[];
  /** Flagged posts left out of the lists because the user decided to keep them. */
  decidedKeep: number;
}

/**
 * The posts a person has to act on. Per the review-loop convention, posts the user decided to
 * keep are left out, and posts marked deleted that are still in the export come first (the
 * deletion did not take).
 */
export function actionLists(report: Report): ActionLists {
  const lists: ActionLists = { delete: [], review: [], decidedKeep: 0 };
  for (const post of report.posts) {
    if (!isFlagged(post)) continue;
    if (post.decision === 'keep') {
      lists.decidedKeep++;
      continue;
    }
    (post.recommendation === 'delete' ? lists.delete : lists.review).push(post);
  }
  const order = (a: ReportPost, b: ReportPost): number =>
    Number(b.decision === 'deleted') - Number(a.decision === 'deleted') || compareByScoreThenDate(a, b);
  lists.delete.sort(order);
  lists.review.sort(order);
  return lists;
}

// ---------------------------------------------------------------------------------------------
// Summary counts

export interface PlatformCount {
  platform: string;
  /** Null when neither the summary nor the posts array can tell (kept posts not listed). */
  posts: number | null;
  flagged: number;
}

export interface SummaryView {
  posts: number;
  delete: number;
  review: number;
  keep: number;
  /** [clause number, flagged posts], clause order. */
  byStandard: Array<[string, number]>;
  /** [concern, flagged posts], most first. */
  byConcern: Array<[string, number]>;
  /** [year, flagged posts], oldest first. */
  byYear: Array<[string, number]>;
  byPlatform: PlatformCount[];
  /** [decision, posts]; empty when no decisions file was used. */
  decided: Array<[string, number]>;
}

function tally(keys: Iterable<string>, into: Map<string, number>): void {
  for (const k of keys) into.set(k, (into.get(k) ?? 0) + 1);
}

/**
 * The summary as renderers show it. Counts come from `report.summary`; the optional byYear and
 * byPlatform, when absent, are derived from the posts (byPlatform's post totals only when every
 * post is listed, as a partial list would understate them).
 */
export function summaryView(report: Report): SummaryView {
  const s = report.summary;
  const flagged = report.posts.filter(isFlagged);

  let byYear: Array<[string, number]>;
  if (s.byYear) {
    byYear = sortedEntries(s.byYear);
  } else {
    const years = new Map<string, number>();
    tally(flagged.map((p) => utcYear(p.createdAt) ?? 'unknown'), years);
    byYear = [...years].sort(([a], [b]) => naturalCompare(a, b));
  }

  let byPlatform: PlatformCount[];
  if (s.byPlatform) {
    byPlatform = sortedEntries(s.byPlatform).map(([platform, c]) => ({ platform, posts: c.posts, flagged: c.flagged }));
  } else {
    const complete = report.posts.length === s.posts;
    const all = new Map<string, number>();
    const hit = new Map<string, number>();
    tally(report.posts.map((p) => p.platform), all);
    tally(flagged.map((p) => p.platform), hit);
    byPlatform = [...all.keys()]
      .filter((p) => complete || hit.has(p))
      .sort(naturalCompare)
      .map((platform) => ({ platform, posts: complete ? (all.get(platform) ?? 0) : null, flagged: hit.get(platform) ?? 0 }));
  }

  return {
    posts: s.posts,
    delete: s.delete,
    review: s.review,
    keep: s.keep,
    byStandard: sortedEntries(s.byStandard),
    byConcern: Object.entries(s.byConcern).sort(([a, x], [b, y]) => y - x || naturalCompare(a, b)),
    byYear,
    byPlatform,
    decided: sortedEntries(s.decided),
  };
}

// ---------------------------------------------------------------------------------------------
// Standards wording

export interface ClauseWording {
  number: string;
  heading: string;
  text: string;
}

/**
 * Clause wording by number: the report's own `clauses` first, then the pack given in options,
 * but only if it is the pack the report was made with (never quote another regulator's words).
 */
export function clauseIndex(report: Report, options: RenderOptions = {}): Map<string, ClauseWording> {
  const index = new Map<string, ClauseWording>();
  for (const c of report.clauses ?? []) index.set(c.number, c);
  if (options.pack && options.pack.id === report.standards.id) {
    for (const c of options.pack.clauses) if (!index.has(c.number)) index.set(c.number, c);
  }
  return index;
}

/** Whether private messages were read: per the run's option and per input. */
export interface MessagesView {
  /** `--include-messages` as recorded in options; null when the report does not say. */
  includeMessages: boolean | null;
  /** Paths of inputs whose messages were read (including chats handed over on their own). */
  scannedInputs: string[];
}

export function messagesView(report: Report): MessagesView {
  return {
    includeMessages: report.options ? report.options.includeMessages : null,
    scannedInputs: report.inputs.filter((i) => i.messagesScanned === true).map((i) => i.path),
  };
}

// ---------------------------------------------------------------------------------------------
// Evidence spans

export interface Span {
  start: number;
  end: number;
}

/** Sorted, with overlapping and touching spans merged (two touching marks would read as one anyway). */
export function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = spans.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ start: s.start, end: s.end });
  }
  return out;
}

/**
 * Where an evidence item really is in the text. Its offsets are trusted only when they agree with
 * its `text`; otherwise the occurrence of `text` nearest the given start is used, and evidence that
 * cannot be found is dropped rather than marking the wrong words.
 */
export function locateEvidence(text: string, ev: Evidence): Span | null {
  const { start, end } = ev;
  if (Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end > start && end <= text.length) {
    if (text.slice(start, end) === ev.text) return { start, end };
  }
  if (!ev.text) return null;
  let best = -1;
  for (let i = text.indexOf(ev.text); i !== -1; i = text.indexOf(ev.text, i + 1)) {
    if (best === -1 || Math.abs(i - start) < Math.abs(best - start)) best = i;
  }
  return best === -1 ? null : { start: best, end: best + ev.text.length };
}

let graphemes: Intl.Segmenter | undefined;

/** Widens spans to whole grapheme clusters, so a mark never splits an emoji or an accent from its letter. */
function snapToGraphemes(text: string, spans: Span[]): Span[] {
  // eslint-disable-next-line no-control-regex
  if (!/[^\u0000-\u007f]/.test(text)) return spans; // ASCII: every index is a boundary
  const bounds: number[] = [];
  if (typeof Intl.Segmenter === 'function') {
    graphemes ??= new Intl.Segmenter('en', { granularity: 'grapheme' });
    for (const g of graphemes.segment(text)) bounds.push(g.index);
  } else {
    // A Node built without ICU: fall back to code points, so at least no surrogate pair is split.
    for (let i = 0; i < text.length; i += (text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1) bounds.push(i);
  }
  bounds.push(text.length);
  // Index of the last boundary at or before i (binary search; bounds is ascending).
  const at = (i: number): number => {
    let lo = 0;
    let hi = bounds.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((bounds[mid] as number) <= i) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const floor = (i: number): number => bounds[at(i)] as number;
  const ceil = (i: number): number => {
    const k = at(i);
    return bounds[k] === i ? i : (bounds[k + 1] ?? text.length);
  };
  return spans.map((s) => ({ start: floor(s.start), end: ceil(s.end) }));
}

/** The spans to mark in a post's text: every finding's evidence, located, snapped and merged. */
export function evidenceSpans(text: string, evidence: readonly Evidence[]): Span[] {
  const located = evidence.map((ev) => locateEvidence(text, ev)).filter((s): s is Span => s !== null);
  return mergeSpans(snapToGraphemes(text, located));
}

export interface Segment {
  text: string;
  marked: boolean;
}

/**
 * The text cut at span edges, in order, covering it exactly. Renderers escape segment by segment,
 * so marks stay on the right characters however much escaping lengthens the text.
 */
export function segmentText(text: string, spans: readonly Span[]): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  for (const s of mergeSpans(spans)) {
    const start = Math.max(s.start, at);
    const end = Math.min(s.end, text.length);
    if (end <= start) continue;
    if (start > at) out.push({ text: text.slice(at, start), marked: false });
    out.push({ text: text.slice(start, end), marked: true });
    at = end;
  }
  if (at < text.length || out.length === 0) out.push({ text: text.slice(at), marked: false });
  return out;
}

export function postSegments(post: ReportPost): Segment[] {
  return segmentText(post.text, evidenceSpans(post.text, post.findings.flatMap((f) => f.evidence)));
}

// ---------------------------------------------------------------------------------------------
// Text hazards shared by every format

/**
 * Characters that can disguise text: bidi embeddings, overrides, isolates and marks (a "Trojan
 * Source" reordering), zero-width space and BOM, and C0/C1 controls other than tab and newlines.
 */
// eslint-disable-next-line no-control-regex
const HIDDEN = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C\u200B\uFEFF\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

export const codePointLabel = (ch: string): string =>
  `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * Replaces each hidden character with the result of `show` (e.g. a visible "[U+202E]"), so it can
 * neither reorder nor hide the text around it. Apply per segment, after cutting at evidence spans.
 */
export function revealHidden(text: string, show: (label: string) => string): string {
  return text.replace(HIDDEN, (ch) => show(codePointLabel(ch)));
}

/** Line breaks as a reader sees them: CRLF, CR, LF, and the Unicode line and paragraph separators. */
export const LINE_BREAK = /\r\n|[\n\r\u2028\u2029\u0085]/;

/**
 * The URL as a safe link target, or null: only absolute http(s) URLs, normalised by the WHATWG
 * parser (which percent-encodes spaces, quotes and angle brackets).
 */
export function safeHttpUrl(url: string | null | undefined): URL | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed : null;
}

// ---------------------------------------------------------------------------------------------
// Labels

const PLATFORM_LABELS: Record<string, string> = {
  x: 'X (Twitter)',
  facebook: 'Facebook',
  instagram: 'Instagram',
  threads: 'Threads',
  linkedin: 'LinkedIn',
  tiktok: 'TikTok',
  youtube: 'YouTube',
  reddit: 'Reddit',
  mastodon: 'Mastodon',
  bluesky: 'Bluesky',
  whatsapp: 'WhatsApp',
  wordpress: 'WordPress',
  generic: 'Other',
  'google-takeout': 'Google Takeout',
};

/** Display name of a platform or export kind; unknown ids are returned as they are. */
export const platformLabel = (id: string): string => PLATFORM_LABELS[id] ?? id;

export const capitalise = (s: string): string => (s ? s[0]?.toUpperCase() + s.slice(1) : s);

export const percent = (x: number): string => `${Math.round(x * 100)}%`;
