import { createHash } from 'node:crypto';
import type { Link } from '../model/post.js';

/**
 * The id of a post whose export gives none: a hash of what identifies it, plus its position among
 * posts that share all of those, so two identical messages get different ids that stay the same
 * from run to run. Build it only from fields every form of the same export carries.
 */
export function stableId(platform: string, kind: string, createdAt: string, text: string, occurrence: number): string {
  return createHash('sha256')
    .update([platform, kind, createdAt, text, String(occurrence)].join('\u0000'))
    .digest('hex')
    .slice(0, 20);
}

/**
 * Counts how often the same (platform, kind, time, text) has been seen, so a reader can hand
 * `stableId` the occurrence without keeping the posts. Feed posts in the export's own order.
 */
export class StableIds {
  private seen = new Map<string, number>();

  next(platform: string, kind: string, createdAt: string, text: string): string {
    const key = [platform, kind, createdAt, text].join('\u0000');
    const occurrence = this.seen.get(key) ?? 0;
    this.seen.set(key, occurrence + 1);
    return stableId(platform, kind, createdAt, text, occurrence);
  }
}

const HOST_FALLBACK = /^[a-z][a-z0-9+.-]*:\/\/(?:[^/?#@]*@)?([^/?#:]+)/i;

/** A link with its domain (lower case, without "www."), for reports and domain rules. */
export function linkFrom(url: string): Link {
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    // Exports hold half-written URLs ("example.com/page", spaces): take what looks like a host.
    host = HOST_FALLBACK.exec(url)?.[1] ?? (/^[\w-]+(\.[\w-]+)+/.exec(url)?.[0] ?? '');
  }
  host = host.toLowerCase().replace(/\.$/, '');
  return { url, domain: host.startsWith('www.') ? host.slice(4) : host };
}

/**
 * An ISO 8601 UTC string (`2021-03-04T12:00:00.000Z`) from calendar fields in a zone `offsetMinutes`
 * east of UTC, or null when a field is out of range (so a bad date is reported, never invented).
 */
export function toIsoUtc(
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
  millisecond = 0,
  offsetMinutes = 0,
): string | null {
  if (
    !Number.isInteger(year) || year < 1 || year > 9999 ||
    !Number.isInteger(month) || month < 1 || month > 12 ||
    !Number.isInteger(day) || day < 1 || day > daysInMonth(year, month) ||
    !Number.isInteger(hour) || hour < 0 || hour > 23 ||
    !Number.isInteger(minute) || minute < 0 || minute > 59 ||
    !Number.isInteger(second) || second < 0 || second > 60 ||
    !Number.isInteger(millisecond) || millisecond < 0 || millisecond > 999
  ) {
    return null;
  }
  if (offsetMinutes === 0 && second < 60) {
    // The common case, written directly: no Date objects for each of 200,000 posts.
    return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}T${pad(hour, 2)}:${pad(minute, 2)}:${pad(second, 2)}.${pad(millisecond, 3)}Z`;
  }
  const ms = Date.UTC(year, month - 1, day, hour, minute, Math.min(second, 59), millisecond) - offsetMinutes * 60_000;
  return new Date(ms).toISOString();
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  if (month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) return 29;
  return DAYS_IN_MONTH[month - 1]!;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** ISO UTC from seconds since 1970 (Unix time), or null when not a finite number. */
export function isoFromUnixSeconds(seconds: number): string | null {
  return Number.isFinite(seconds) ? isoFromUnixMillis(seconds * 1000) : null;
}

/** ISO UTC from milliseconds since 1970, or null when not a finite number in Date's range. */
export function isoFromUnixMillis(millis: number): string | null {
  if (!Number.isFinite(millis) || Math.abs(millis) > 8.64e15) return null;
  return new Date(Math.round(millis)).toISOString();
}

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};

// "Fri Mar 06 13:02:05 +0000 2026" (ctime order with a zone, as X's API and archives write it).
const CTIME = /^\s*[A-Za-z]{3},?\s+([A-Za-z]{3})\s+(\d{1,2})\s+(\d{2}):(\d{2}):(\d{2})\s+([+-])(\d{2}):?(\d{2})\s+(\d{4})\s*$/;
// "2018-11-30 13:12:58 +0000", "2021-03-04T12:00:00.123Z", "2021-03-04 12:00:00 UTC", "2021-03-04".
const ISO_LIKE = /^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|UTC|GMT|[+-]\d{2}:?\d{2})?\s*$/i;

/** ISO UTC from `Fri Mar 06 13:02:05 +0000 2026`, or null if it is not in that form. */
export function isoFromCtime(value: string): string | null {
  const m = CTIME.exec(value);
  if (!m) return null;
  const month = MONTHS[m[1]!.toLowerCase()];
  if (month === undefined) return null;
  const offset = (m[6] === '-' ? -1 : 1) * (Number(m[7]) * 60 + Number(m[8]));
  return toIsoUtc(Number(m[9]), month, Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5]), 0, offset);
}

/**
 * ISO UTC from an ISO-8601-like date time: `2018-11-30 13:12:58 +0000`, `2021-03-04T12:00:00.123Z`,
 * `... UTC`. A value without a zone is taken as UTC (exports that omit it write UTC). Null otherwise.
 */
export function isoFromIsoLike(value: string): string | null {
  const m = ISO_LIKE.exec(value);
  if (!m) return null;
  const millis = m[7] ? Number(m[7].slice(0, 3).padEnd(3, '0')) : 0;
  let offset = 0;
  const zone = m[8];
  if (zone && (zone[0] === '+' || zone[0] === '-')) {
    const digits = zone.replace(':', '');
    offset = (zone[0] === '-' ? -1 : 1) * (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5)));
  }
  return toIsoUtc(Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0), millis, offset);
}
