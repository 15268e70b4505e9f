import { isoFromIsoLike, isoFromUnixMillis, isoFromUnixSeconds, toIsoUtc } from '../util.js';

/*
 * Times in Meta exports. JSON carries Unix seconds (milliseconds in messages) and so is exact.
 * HTML carries the same moments as wall-clock text without a zone ("Jan 05, 2021 3:04:05 pm",
 * "Mar 10, 2020, 9:31 AM", "18 Mar 2020, 09:31"), written in the account's time zone, and with
 * minutes only in Instagram pages and in Facebook pages before ~2022.
 *
 * Assumption: that zone is UK time (Europe/London, GMT/BST), because hindsight's users are UK
 * registrants whose accounts show UK time. Another IANA zone can be given with HINDSIGHT_TIMEZONE
 * (or an importer option). In the repeated hour when clocks go back, the later (GMT) reading is
 * taken. Ids never depend on more than the minute, so JSON and HTML readings agree.
 */

export const DEFAULT_HTML_TIME_ZONE = 'Europe/London';

/** The zone HTML wall-clock times are read in: an explicit option, HINDSIGHT_TIMEZONE, or UK time. */
export function htmlTimeZone(option?: string): string {
  const chosen = option ?? process.env.HINDSIGHT_TIMEZONE ?? DEFAULT_HTML_TIME_ZONE;
  return isTimeZone(chosen) ? chosen : DEFAULT_HTML_TIME_ZONE;
}

export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Above this a Unix time is in milliseconds: as seconds it would be past the year 5000. */
const MILLIS_FROM = 1e11;

/**
 * ISO UTC from a JSON `timestamp`/`creation_timestamp` (seconds), or null. A value written as a
 * string, or in milliseconds (as messages and some newer files write times), is read too.
 */
export function isoFromSeconds(value: unknown): string | null {
  const n = typeof value === 'number' ? value : typeof value === 'string' && /^\s*\d{9,13}\s*$/.test(value) ? Number(value) : NaN;
  if (!(n > 0)) return null;
  return n >= MILLIS_FROM ? isoFromUnixMillis(n) : isoFromUnixSeconds(n);
}

/** ISO UTC from a message's `timestamp_ms`, or null. */
export function isoFromMillis(value: unknown): string | null {
  return typeof value === 'number' && value > 0 ? isoFromUnixMillis(value) : null;
}

/** ISO UTC from the 2018–2020 Instagram ISO strings ("2018-12-31T08:05:13", zone-less = UTC). */
export function isoFromInstagramIso(value: unknown): string | null {
  return typeof value === 'string' ? isoFromIsoLike(value.replace(/(\.\d{3})\d+/, '$1')) : null;
}

/** The part of a time that every form of an export carries: the minute, in UTC. */
export function minuteKey(iso: string): string {
  return iso.slice(0, 16);
}

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11,
  november: 11, dec: 12, december: 12,
};

// Month-first ("Jan 05, 2021 3:04:05 pm", "Mar 10, 2020, 9:31 AM", "Wednesday, November 12, 2008
// at 8:53pm UTC+01") or day-first ("18 Mar 2020, 09:31"); time optional; am/pm optional (24-hour
// clocks); an explicit "UTC+01" / "GMT" wins over the assumed zone.
const HTML_DATE = new RegExp(
  '^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\\s+)?' +
    '(?:([a-z]{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})|(\\d{1,2})(?:st|nd|rd|th)?\\s+([a-z]{3,9})\\.?,?\\s+(\\d{4}))' +
    '(?:,?\\s+(?:at\\s+)?(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:\\s*([ap])\\.?\\s?m\\.?)?)?' +
    '(?:\\s*(?:utc|gmt)(?:\\s*([+-])(\\d{1,2})(?::?(\\d{2}))?)?)?$',
  'i',
);

export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** Whether the text gave seconds (Instagram and older Facebook pages give minutes only). */
  hasSeconds: boolean;
  /** Minutes east of UTC when the text names its zone, else undefined. */
  offsetMinutes?: number;
}

/** The calendar fields of an English Meta HTML date, or null when it is not one. */
export function parseWallClock(text: string): WallClock | null {
  const m = HTML_DATE.exec(text.replace(/[\s\u00a0\u202f]+/g, ' ').trim());
  if (!m) return null;
  const monthName = (m[1] ?? m[5])!.toLowerCase();
  const month = MONTHS[monthName];
  if (month === undefined) return null;
  const day = Number(m[2] ?? m[4]);
  const year = Number(m[3] ?? m[6]);
  let hour = m[7] === undefined ? 0 : Number(m[7]);
  const minute = m[8] === undefined ? 0 : Number(m[8]);
  const second = m[9] === undefined ? 0 : Number(m[9]);
  const meridiem = m[10]?.toLowerCase();
  if (meridiem) {
    if (hour < 1 || hour > 12) return null;
    if (meridiem === 'a' && hour === 12) hour = 0;
    else if (meridiem === 'p' && hour !== 12) hour += 12;
  }
  const clock: WallClock = { year, month, day, hour, minute, second, hasSeconds: m[9] !== undefined };
  if (m[11]) clock.offsetMinutes = (m[11] === '-' ? -1 : 1) * (Number(m[12]) * 60 + Number(m[13] ?? 0));
  else if (/(?:utc|gmt)$/i.test(m[0])) clock.offsetMinutes = 0;
  return clock;
}

/** ISO UTC from an HTML date read in `timeZone` (unless the text names its own), or null. */
export function isoFromHtmlDate(text: string, timeZone: string): string | null {
  const clock = parseWallClock(text);
  if (!clock) return null;
  if (clock.offsetMinutes !== undefined) {
    return toIsoUtc(clock.year, clock.month, clock.day, clock.hour, clock.minute, clock.second, 0, clock.offsetMinutes);
  }
  return wallClockToIso(clock, timeZone);
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Minutes the zone is ahead of UTC at a moment. */
function zoneOffsetMinutes(utcMillis: number, timeZone: string): number {
  const fields: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(utcMillis)) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  const asUtc = Date.UTC(fields.year!, fields.month! - 1, fields.day!, fields.hour! % 24, fields.minute!, fields.second!);
  return Math.round((asUtc - Math.floor(utcMillis / 1000) * 1000) / 60_000);
}

/** ISO UTC of a wall-clock time in a zone, or null when a field is out of range. */
export function wallClockToIso(clock: WallClock, timeZone: string): string | null {
  const asUtc = toIsoUtc(clock.year, clock.month, clock.day, clock.hour, clock.minute, clock.second);
  if (asUtc === null) return null;
  const wall = Date.parse(asUtc);
  const first = zoneOffsetMinutes(wall, timeZone);
  let moment = wall - first * 60_000;
  const second = zoneOffsetMinutes(moment, timeZone);
  if (second !== first) moment = wall - second * 60_000;
  return new Date(moment).toISOString();
}
