/**
 * `--redact`: a copy of the report fit to show a mentor, with other people's identifiers (names,
 * @handles, phone numbers, e-mail addresses, NHS and National Insurance numbers, postcodes, profile
 * links) replaced by placeholders such as `[name]`. The user's own handle stays. Redaction covers
 * post text, evidence and finding messages alike, and evidence spans are mapped onto the redacted
 * text, so nothing redacted can leak back through a quote (CONVENTIONS "Redaction").
 *
 * Detection is heuristic and errs towards redacting: a place taken for a name is a smaller harm
 * than a patient's name left in a report that is meant to be shared.
 */
import { findNumbers } from 'libphonenumber-js/min';
import type { Evidence, Finding } from '../model/finding.js';
import type { Report, ReportPost } from '../model/report.js';
import type { MediaExif } from '../model/post.js';
import { locateEvidence } from './model.js';

export const PLACEHOLDERS = {
  name: '[name]',
  handle: '[handle]',
  phone: '[phone]',
  email: '[email]',
  nhsNumber: '[NHS number]',
  niNumber: '[NI number]',
  postcode: '[postcode]',
  url: '[link]',
  id: '[id]',
  dateOfBirth: '[date of birth]',
} as const;

export interface Redaction {
  start: number;
  end: number;
  placeholder: string;
}

export interface RedactContext {
  /** The user's own handles, lower case without "@": never redacted. */
  ownHandles: ReadonlySet<string>;
  /** Words of the user's own name (lower case), e.g. from a chat export's `--me`: never redacted. */
  ownNames: ReadonlySet<string>;
}

const EMPTY_CONTEXT: RedactContext = { ownHandles: new Set(), ownNames: new Set() };

// ---------------------------------------------------------------------------------------------
// Detectors. Each returns candidate spans; earlier detectors win where candidates overlap.

/** Every match of a global pattern, from the start (the pattern's lastIndex is reset). */
function* matches(text: string, re: RegExp): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0] === '') re.lastIndex++;
    yield m;
  }
}

/** The span of capture group `group` in a match made with the `d` flag. */
function groupSpan(m: RegExpExecArray, group: number): [number, number] | null {
  return m.indices?.[group] ?? null;
}

const URL_RE = /\b(?:https?:\/\/|www\.)[^\s<>"'`]+|\b(?:(?:mobile\.|m\.)?(?:x|twitter|instagram|facebook|fb|tiktok|linkedin|threads|youtube|reddit|bsky|github)\.(?:com|net|app|me))\/[^\s<>"'`]+/gi;

/** Hosts whose first path segment is an account name, unless it is one of the site's own words. */
const PROFILE_HOSTS = new Set(['x.com', 'twitter.com', 'instagram.com', 'threads.net', 'facebook.com', 'fb.com', 'github.com', 'tiktok.com', 'medium.com']);
const SITE_WORDS = new Set([
  'i', 'intent', 'home', 'search', 'hashtag', 'explore', 'settings', 'share', 'p', 'reel', 'reels', 'tv', 'watch', 'groups', 'events',
  'pages', 'login', 'messages', 'notifications', 'about', 'help', 'privacy', 'tos', 'legal',
  'marketplace', 'gaming', 'video', 'videos', 'notes', 'media', 'compose', 'tag', 'discover', 'topics', 'trending', 'policies', 'sharer',
  'dialog', 'hashtags', 'accounts', 'direct', 'orgs', 'features', 'sponsors', 'web', 'people', 'profile', 'public', 'watch',
]);
const isSiteWord = (segment: string): boolean => SITE_WORDS.has(segment) || /\.php$/.test(segment);

function trimUrl(raw: string): string {
  let url = raw.replace(/[.,;:!?'"\]}>]+$/, '');
  // A closing bracket belongs to the URL only when the URL opened one.
  while (url.endsWith(')') && (url.match(/\(/g)?.length ?? 0) < (url.match(/\)/g)?.length ?? 0)) url = url.slice(0, -1).replace(/[.,;:!?'"]+$/, '');
  return url;
}

/** The account-name parts of a URL (path segments, facebook's `id=`), as spans within `url`. */
function urlAccountSpans(url: string): Array<[number, number]> {
  const schemeEnd = /^[a-z][a-z0-9+.-]*:\/\//i.exec(url)?.[0].length ?? 0;
  const hostEnd = (() => {
    const i = url.slice(schemeEnd).search(/[/?#]/);
    return i === -1 ? url.length : schemeEnd + i;
  })();
  const host = url.slice(schemeEnd, hostEnd).toLowerCase().replace(/^(www|mobile|m)\./, '').replace(/:\d+$/, '');
  const pathEnd = (() => {
    const i = url.slice(hostEnd).search(/[?#]/);
    return i === -1 ? url.length : hostEnd + i;
  })();
  const segments: Array<[number, number]> = [];
  for (let at = hostEnd; at < pathEnd; ) {
    const start = at + 1;
    let end = url.indexOf('/', start);
    if (end === -1 || end > pathEnd) end = pathEnd;
    if (end > start) segments.push([start, end]);
    at = end;
  }
  const seg = (i: number): string => {
    const s = segments[i];
    return s ? url.slice(s[0], s[1]).toLowerCase() : '';
  };
  const out: Array<[number, number]> = [];
  const take = (i: number): void => {
    const s = segments[i];
    if (s) out.push(s);
  };
  // Any host: /@name (Mastodon, TikTok, YouTube, Medium, Threads).
  segments.forEach(([s], i) => {
    if (url[s] === '@') take(i);
  });
  if (PROFILE_HOSTS.has(host) && segments.length && !url.slice(segments[0]![0]).startsWith('@') && !isSiteWord(seg(0))) take(0);
  if (host === 'instagram.com' && seg(0) === 'stories') take(1);
  if (host === 'linkedin.com' && (seg(0) === 'in' || seg(0) === 'pub')) take(1);
  if (host === 'reddit.com' && (seg(0) === 'u' || seg(0) === 'user')) take(1);
  if (host === 'bsky.app' && seg(0) === 'profile') take(1);
  if (host === 'youtube.com' && (seg(0) === 'c' || seg(0) === 'user' || seg(0) === 'channel')) take(1);
  if (host === 'facebook.com' || host === 'fb.com') {
    for (const m of matches(url.slice(pathEnd), /[?&](?:id|user|profile_id)=([^&#]+)/dg)) {
      const g = groupSpan(m, 1);
      if (g) out.push([pathEnd + g[0], pathEnd + g[1]]);
    }
  }
  return out;
}

function urls(text: string, ctx: RedactContext): Redaction[] {
  const out: Redaction[] = [];
  for (const m of matches(text, URL_RE)) {
    const url = trimUrl(m[0]);
    const at = m.index;
    // Credentials in a URL: the whole address goes.
    if (/^[a-z][a-z0-9+.-]*:\/\/[^/?#\s]*@/i.test(url)) {
      out.push({ start: at, end: at + url.length, placeholder: PLACEHOLDERS.url });
      continue;
    }
    for (const [s, e] of urlAccountSpans(url)) {
      const name = decodeSafely(url.slice(s, e)).replace(/^@/, '').toLowerCase();
      if (ctx.ownHandles.has(name)) continue;
      out.push({ start: at + s, end: at + e, placeholder: PLACEHOLDERS.handle });
    }
  }
  return out;
}

function decodeSafely(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

function credentialUrls(text: string): Redaction[] {
  const out: Redaction[] = [];
  for (const m of matches(text, /\b[a-z][a-z0-9+.-]*:\/\/[^/?#\s@]+@[^\s<>"'`]+/gi)) {
    const url = trimUrl(m[0]);
    out.push({ start: m.index, end: m.index + url.length, placeholder: PLACEHOLDERS.url });
  }
  return out;
}

const EMAIL_RE = /(?<![\p{L}\p{N}._%+@-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;

function emails(text: string): Redaction[] {
  return [...matches(text, EMAIL_RE)].map((m) => ({ start: m.index, end: m.index + m[0].length, placeholder: PLACEHOLDERS.email }));
}

/** NHS numbers: ten digits (3-3-4, spaces or dashes optional) with a valid modulus 11 check digit. */
export function isNhsNumber(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (10 - i);
  const check = 11 - (sum % 11);
  return (check === 11 ? 0 : check) === Number(digits[9]);
}

function nhsNumbers(text: string): Redaction[] {
  const out: Redaction[] = [];
  for (const m of matches(text, /(?<![\p{L}\p{N}])\d{3}[ -]?\d{3}[ -]?\d{4}(?![\p{L}\p{N}])/gu)) {
    const before = text.slice(Math.max(0, m.index - 20), m.index);
    if (isNhsNumber(m[0].replace(/\D/g, '')) || /\bNHS\s*(?:no\.?|number|#)?[\s:#]*$/i.test(before)) {
      out.push({ start: m.index, end: m.index + m[0].length, placeholder: PLACEHOLDERS.nhsNumber });
    }
  }
  return out;
}

function niNumbers(text: string): Redaction[] {
  // Any two letters: the prefixes HMRC never issues (QQ, the example one) are still meant as NI numbers.
  const re = /(?<![\p{L}\p{N}])[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D](?![\p{L}\p{N}])/giu;
  return [...matches(text, re)].map((m) => ({ start: m.index, end: m.index + m[0].length, placeholder: PLACEHOLDERS.niNumber }));
}

function postcodes(text: string): Redaction[] {
  const re = /(?<![\p{L}\p{N}])(?:GIR ?0AA|[A-PR-UWYZ](?:\d[A-HJKPSTUW\d]?|[A-HK-Y]\d[ABEHMNPRV-Y\d]?) ?\d[ABD-HJLNP-UW-Z]{2})(?![\p{L}\p{N}])/giu;
  return [...matches(text, re)].map((m) => ({ start: m.index, end: m.index + m[0].length, placeholder: PLACEHOLDERS.postcode }));
}

/** `leniency` is a documented option the type definitions leave out: POSSIBLE finds numbers in unassigned ranges too. */
const PHONE_SEARCH = { defaultCountry: 'GB', v2: true, leniency: 'POSSIBLE' } as const;

function phones(text: string): Redaction[] {
  // No run of seven digits (spaces and brackets allowed), no phone number: skip the costly search.
  if (!/\d(?:[\s().-]*\d){6}/.test(text)) return [];
  const out: Redaction[] = [];
  // UK numbers by shape first: libphonenumber reads two numbers side by side as one impossible number.
  for (const m of matches(text, /(?<![\p{N}+])(?:(?:\+|00)44[\s-]?(?:\(0\)[\s-]?)?|0)\d(?:[\s-]?\d){8,9}(?!\p{N})/gu)) {
    out.push({ start: m.index, end: m.index + m[0].length, placeholder: PLACEHOLDERS.phone });
  }
  for (const found of findNumbers(text, PHONE_SEARCH)) {
    const raw = text.slice(found.startsAt, found.endsAt);
    const digits = raw.replace(/\D/g, '').length;
    // POSSIBLE also matches plain quantities ("1000000"); a number dialled with a 0 or + is a phone.
    if (/^(?:\+|\(?0)/.test(raw) && digits >= 9) out.push({ start: found.startsAt, end: found.endsAt, placeholder: PLACEHOLDERS.phone });
  }
  return out;
}

function recordNumbers(text: string): Redaction[] {
  const out: Redaction[] = [];
  const ids = /\b(?:MRN|hospital\s+(?:no\.?|number)|patient\s+(?:no\.?|number|id)|case\s+(?:no\.?|number)|PID|NHS\s+(?:no\.?|number))[\s:#.]*(\d[\d -]{3,}\d|[A-Z]{1,3}\d{4,})/dgi;
  for (const m of matches(text, ids)) {
    const g = groupSpan(m, 1);
    if (g) out.push({ start: g[0], end: g[1], placeholder: PLACEHOLDERS.id });
  }
  const dob = /\b(?:DOB|D\.O\.B\.?|date\s+of\s+birth|born\s+on)[\s:]*(\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]+\s+\d{4})/dgi;
  for (const m of matches(text, dob)) {
    const g = groupSpan(m, 1);
    if (g) out.push({ start: g[0], end: g[1], placeholder: PLACEHOLDERS.dateOfBirth });
  }
  return out;
}

function handles(text: string, ctx: RedactContext): Redaction[] {
  const out: Redaction[] = [];
  // @name, and Mastodon's @name@server.
  for (const m of matches(text, /(?<![\p{L}\p{N}_@./])@([A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?)(?:@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)?/gu)) {
    if (ctx.ownHandles.has((m[1] ?? '').toLowerCase())) continue;
    out.push({ start: m.index, end: m.index + m[0].length, placeholder: PLACEHOLDERS.handle });
  }
  // Reddit's u/name.
  for (const m of matches(text, /(?<![\p{L}\p{N}_/])\/?u\/([A-Za-z0-9_-]{3,20})/gu)) {
    if (ctx.ownHandles.has((m[1] ?? '').toLowerCase())) continue;
    out.push({ start: m.index, end: m.index + m[0].length, placeholder: PLACEHOLDERS.handle });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Names

/**
 * Common given names in the UK, chosen to be unlikely as ordinary words (no "May", "Will", "Grace",
 * "Mark", "Frank"): a capitalised word from this list is taken for a name anywhere in a sentence.
 */
const GIVEN_NAMES = new Set(
  `Aaliyah Aaron Abdul Abigail Adam Adrian Agnes Ahmed Aidan Aisha Alan Albert Alex Alexander Alexandra Alfie Ali Alice Alison Amanda Amelia
  Amir Amy Andrea Andrew Andy Angela Anita Ann Anna Anne Annie Anthony Archie Arjun Arthur Ashley Aurora Barbara Beatrice Becky Ben
  Benjamin Beth Bethany Betty Beverley Billy Bob Brenda Brian Bridget Callum Cameron Carl Caroline Catherine Charles Charlie Charlotte
  Chloe Chris Christine Christopher Ciara Claire Clare Colin Connor Craig Daisy Daniel Danielle Danny Darren Dave David Dean Deborah Debbie
  Declan Denise Derek Diane Dominic Donna Doris Dorothy Dylan Eddie Edward Eileen Elaine Eleanor Elizabeth Ella Ellie Emily Emma Eric
  Ethan Eve Evelyn Fatima Finley Finn Fiona Freddie Freya Gareth Gary Gemma Geoff Geoffrey George Georgina Gerald Gillian Glen Gordon
  Graham Greg Gregory Hannah Harriet Harry Harvey Hassan Hayley Heather Helen Henry Hugh Hussain Ian Imogen Isaac Isabel Isabella Isabelle
  Isla Ismail Jacob Jade Jake James Jamie Jane Janet Jasmine Jason Jayden Jean Jeff Jennifer Jenny Jeremy Jessica Jill Jim Jimmy Joan Joanne
  Joe Joel John Jonathan Joseph Josh Joshua Joyce Judith Julia Julie Justin Karen Kate Katherine Kathleen Katie Kayleigh Keith Kelly Kenneth
  Kevin Khalid Kieran Kirsty Laura Lauren Leah Lee Leo Leon Lesley Lewis Liam Linda Lindsay Lisa Logan Lorraine Louis Louise Lucas Lucy Luke
  Lynn Lynne Mabel Maisie Malcolm Margaret Maria Marie Martin Mary Matilda Matthew Maureen Megan Melanie Mia Michael Michelle Mohammed
  Mohammad Muhammad Molly Nadia Naomi Natalie Nathan Neil Nicholas Nicola Nigel Noah Olivia Oliver Oscar Owen Pamela Patricia Patrick
  Paul Paula Pauline Peter Philip Phoebe Poppy Priya Rachel Rahul Rebecca Reece Rhys Richard Riley Rita Robert Roger Ronald Rosie Ross
  Ruth Ryan Sadie Sally Samantha Samuel Sandra Sarah Scarlett Scott Sean Shaun Sharon Sheila Shirley Simon Sinead Siobhan Sonia Sophia
  Sophie Stacey Stanley Steph Stephanie Stephen Steve Steven Stuart Susan Suzanne Tanya Teresa Terry Theo Theodore Thomas Tim Timothy Toby
  Tom Tommy Tony Tracey Tracy Trevor Valerie Vanessa Vera Vicky Vincent Violet Wayne Wendy William Yasmin Yusuf Zach Zachary Zara Zoe`
    .split(/\s+/)
    .filter(Boolean),
);

const TITLES = 'Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sister|Nurse|Matron|Sir|Dame|Lady|Lord|Rev|Revd|Father|Auntie|Aunty|Aunt|Uncle|Nana|Nan|Grandma|Grandad|Granny';

/** Capitalised words that are not names: never the start or part of a detected name. */
const NOT_NAMES = new Set(
  `${TITLES.replace(/\|/g, ' ')} A An The I I'm I've I'll I'd It It's This That These Those There Here What When Where Who Why How My Our Your Their His Her We You They
  He She Me Us And But Or So If Then Yes No Not Just Also Still Very Really Thanks Thank Cheers Congrats Congratulations Happy Merry Good
  Great Well Best Love Lovely Hi Hello Hey Dear RIP Oh OK Ok Wow Lol Omg Today Tonight Tomorrow Yesterday Morning Afternoon Evening Night
  Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November
  December Christmas Easter Eid Diwali Hanukkah Ramadan New Year Years Day Birthday Anniversary Weekend Week Month Ward Bed Bay Room Unit
  Hospital Hospitals Clinic Centre Center Surgery Practice Trust Foundation NHS GP A&E ICU ITU Team Teams Department Dept Service Services
  Health Care Royal General Infirmary University College School Council Street Road Lane Avenue Park Court Square Market Station Airport
  Church Chapel Mosque Temple Hall House Home Centre Club Gym Pub Bar Cafe Café Restaurant Shop Store Tesco Asda Sainsbury's Aldi Lidl
  Boots Costa Starbucks Greggs Amazon Google Facebook Instagram Twitter TikTok YouTube LinkedIn WhatsApp Reddit Mastodon Bluesky Threads
  England Scotland Wales Ireland Northern Britain British UK London Manchester Birmingham Leeds Liverpool Glasgow Edinburgh Cardiff Belfast
  Bristol Sheffield Newcastle Nottingham Leicester Brighton Oxford Cambridge North South East West Upper Lower Great Little Old Saint St
  Physio Physiotherapy Physiotherapist Paramedic Radiographer Nurse Doctor Doc Consultant Registrar Student Students Patient Patients
  Covid COVID Coronavirus Brexit Prime Minister Government Parliament Labour Conservative Tory Tories Lib Dem Green Party Premier League
  Cup Final World Olympics Marathon Parkrun HCPC NMC GMC GPhC CPD BBC ITV Sky Netflix Spotify Apple Microsoft Please Sorry Anyone Everyone
  Someone Nobody Nothing Everything Always Never Sometimes Maybe Definitely Absolutely Finally Another Every Each All Some Any Many Much
  First Second Third Last Next New Free Big Small Top Bottom Left Right`
    .split(/\s+/)
    .filter(Boolean),
);

/** A capitalised word, not all capitals; one inner capital allowed ("McDonald", and "WhatsApp", which NOT_NAMES knows). */
const NAME_WORD = "\\p{Lu}\\p{Ll}+(?:\\p{Lu}\\p{Ll}+)?(?:['’-]\\p{Lu}?\\p{Ll}+)*";
const NAME_WORD_ALONE = new RegExp(`^${NAME_WORD}$`, 'u');

/** Whether `word` can be part of a name: capitalised, not all capitals, not a known non-name. */
const nameLike = (word: string): boolean => NAME_WORD_ALONE.test(word) && !NOT_NAMES.has(word);

/** Title + name: "Mrs X", "Dr Jane Smith"; the name stops before another title. */
const TITLED_NAME = new RegExp(`\\b(?:${TITLES})\\.?\\s+((?:[A-Z]\\b\\.?|${NAME_WORD})(?:\\s+(?!(?:${TITLES})\\b)${NAME_WORD})*)`, 'dgu');
/** A run of capitalised words on one line. */
const NAME_RUN = new RegExp(`(?<![\\p{L}\\p{N}_'’-])${NAME_WORD}(?:[ \\t]+${NAME_WORD})*(?![\\p{L}\\p{N}_])`, 'gu');
/** Words after which a capitalised word is a person: "my patient Bob", "thanks Doreen". */
const NAME_CUE =
  /\b(?:patient|client|resident|service user|colleague|manager|boss|friend|neighbour|mate|carer|son|daughter|husband|wife|partner|mum|mam|mom|dad|brother|cousin|nephew|niece|grandson|granddaughter|girlfriend|boyfriend|named|called|name is|name's|thanks|thank you|cheers|congrats|congratulations|met|miss|hi|hello|hey|dear|RIP|welcome|well done|shout ?out to|love you)\s+$/i;

/** Is `index` the start of a sentence (text start, or after . ! ? or a line break)? */
function sentenceStart(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 4), index);
  return index === 0 || /(?:^|[.!?…:"“]\s*|\n\s*)$/.test(before) && !/\b(?:Mr|Mrs|Ms|Dr|St)\.\s*$/.test(text.slice(Math.max(0, index - 6), index));
}

function names(text: string, ctx: RedactContext): Redaction[] {
  const out: Redaction[] = [];
  const own = (span: string): boolean => span.split(/\s+/).every((w) => ctx.ownNames.has(w.toLowerCase()));
  const push = (start: number, end: number): void => {
    if (end > start && !own(text.slice(start, end))) out.push({ start, end, placeholder: PLACEHOLDERS.name });
  };

  // Title + name: "Mrs X", "Dr Jane Smith". The title stays, for readability.
  for (const m of matches(text, TITLED_NAME)) {
    const g = groupSpan(m, 1);
    if (!g) continue;
    // "Mrs Example Mrs Other": the name stops before the next title (or any other non-name word).
    const words = [...text.slice(g[0], g[1]).matchAll(/\S+/g)];
    const stop = words.findIndex((w, i) => i > 0 && !nameLike(w[0]));
    const last = words[stop === -1 ? words.length - 1 : stop - 1]!;
    push(g[0], g[0] + last.index + last[0].length);
  }

  // A run of capitalised words: a name when it holds a known given name, or when it is two or more
  // name-like words not at the start of a sentence ("met Jane Smith"), or follows a cue ("my patient Bob").
  for (const m of matches(text, NAME_RUN)) {
    const words = [...m[0].matchAll(/\S+/g)].map((w) => ({ word: w[0], start: m.index + w.index, end: m.index + w.index + w[0].length }));
    // Drop leading non-names ("Happy Birthday Jane" → "Jane"), then keep the first run of name-like words.
    while (words.length && !nameLike(words[0]!.word)) words.shift();
    // A capital at the start of a sentence says nothing: "Met Bob Smith" → "Bob Smith".
    if (words.length && !GIVEN_NAMES.has(words[0]!.word) && sentenceStart(text, words[0]!.start)) words.shift();
    const cut = words.findIndex((w) => !nameLike(w.word));
    if (cut !== -1) words.length = cut;
    const first = words[0];
    const last = words[words.length - 1];
    if (!first || !last) continue;
    const known = words.some((w) => GIVEN_NAMES.has(w.word));
    const pair = words.length >= 2 && !sentenceStart(text, first.start);
    const cued = NAME_CUE.test(text.slice(Math.max(0, first.start - 24), first.start));
    if (known || pair || cued) push(first.start, last.end);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Applying redactions

/** Every identifier in `text`, as non-overlapping spans in order. Earlier detectors win overlaps. */
export function findIdentifiers(text: string, ctx: RedactContext = EMPTY_CONTEXT): Redaction[] {
  if (!text) return [];
  const candidates = [
    credentialUrls(text),
    emails(text),
    urls(text, ctx),
    nhsNumbers(text),
    niNumbers(text),
    recordNumbers(text),
    phones(text),
    postcodes(text),
    handles(text, ctx),
    names(text, ctx),
  ].flat();
  const accepted: Redaction[] = [];
  for (const c of candidates) {
    if (c.end <= c.start) continue;
    if (accepted.some((a) => c.start < a.end && a.start < c.end)) continue;
    accepted.push(c);
  }
  return accepted.sort((a, b) => a.start - b.start);
}

export interface RedactedText {
  text: string;
  redactions: Redaction[];
  /**
   * Where an offset in the original text lands in the redacted one. An offset inside a redacted
   * span moves to the placeholder's start (for a span's start) or end (for its end), so a span that
   * touches a redaction covers the whole placeholder and none of the original.
   */
  map(offset: number, edge: 'start' | 'end'): number;
}

export function applyRedactions(text: string, redactions: readonly Redaction[]): RedactedText {
  const sorted = [...redactions].sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  const placed: Array<{ from: Redaction; start: number; end: number }> = [];
  for (const r of sorted) {
    if (r.start < at) continue; // overlapping: the earlier one already covers it
    out += text.slice(at, r.start);
    placed.push({ from: r, start: out.length, end: out.length + r.placeholder.length });
    out += r.placeholder;
    at = r.end;
  }
  out += text.slice(at);
  const map = (offset: number, edge: 'start' | 'end'): number => {
    let delta = 0;
    for (const p of placed) {
      const { start, end } = p.from;
      if (offset <= start) break;
      if (offset < end) return edge === 'start' ? p.start : p.end;
      delta = p.end - end;
    }
    return offset + delta;
  };
  return { text: out, redactions: placed.map((p) => p.from), map };
}

export function redactText(text: string, ctx: RedactContext = EMPTY_CONTEXT): RedactedText {
  return applyRedactions(text, findIdentifiers(text, ctx));
}

/** What was taken out of a post, so a message or quote about it can be cleaned of the same words. */
type Removed = Map<string, string>;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Redacts free text that talks about a post (a finding's message, an evidence quote that could not
 * be located): its own identifiers, then any word removed from the post itself, wherever it
 * appears, so "calls gary_example an idiot" loses the name even without its "@".
 */
function scrub(text: string, removed: Removed, ctx: RedactContext): string {
  let out = redactText(text, ctx).text;
  const originals = [...removed.keys()].filter((o) => o.trim().length >= 2).sort((a, b) => b.length - a.length);
  for (const original of originals) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}_])${escapeRegExp(original)}(?![\\p{L}\\p{N}_])`, 'giu');
    out = out.replace(re, removed.get(original)!);
  }
  return out;
}

function removedFrom(text: string, redacted: RedactedText, into: Removed): void {
  for (const r of redacted.redactions) {
    const original = text.slice(r.start, r.end);
    into.set(original, r.placeholder);
    if (original.startsWith('@')) into.set(original.slice(1).split('@')[0]!, r.placeholder);
    // A message may name part of a name ("Smith" for "Jane Smith").
    if (r.placeholder === PLACEHOLDERS.name) for (const word of original.split(/\s+/)) if (nameLike(word)) into.set(word, r.placeholder);
  }
}

function redactEvidence(original: string, redacted: RedactedText, ev: Evidence, removed: Removed, ctx: RedactContext): Evidence {
  const span = locateEvidence(original, ev);
  if (span) {
    const start = redacted.map(span.start, 'start');
    const end = redacted.map(span.end, 'end');
    return { start, end, text: redacted.text.slice(start, end) };
  }
  // Evidence that does not match the text is dropped by every renderer; still, never let it quote a name.
  const start = Math.min(redacted.map(Math.min(ev.start, original.length), 'start'), redacted.text.length);
  const end = Math.max(start, Math.min(redacted.map(Math.min(ev.end, original.length), 'end'), redacted.text.length));
  return { start, end, text: scrub(ev.text, removed, ctx) };
}

/**
 * Evidence quoted from a media description (`finding.media`): the words as redacted, located in the
 * redacted description; a quote that can no longer be found there is dropped rather than shown.
 */
function redactMediaEvidence(ref: NonNullable<Finding['media']>, post: ReportPost, removed: Removed, ctx: RedactContext): NonNullable<Finding['media']> {
  const alt = scrub(post.media?.[ref.index]?.altText ?? '', removed, ctx);
  const evidence: Evidence[] = [];
  for (const ev of ref.evidence) {
    const text = scrub(ev.text, removed, ctx);
    const start = text ? alt.indexOf(text) : -1;
    if (start >= 0) evidence.push({ start, end: start + text.length, text });
  }
  return { index: ref.index, evidence };
}

function withoutPosition(exif: MediaExif): MediaExif {
  const { latitude: _latitude, longitude: _longitude, ...rest } = exif;
  return rest;
}

function redactPost(post: ReportPost, ctx: RedactContext): ReportPost {
  const redacted = redactText(post.text, ctx);
  const removed: Removed = new Map();
  removedFrom(post.text, redacted, removed);
  const third = (handle: string): boolean => !ctx.ownHandles.has(handle.replace(/^@/, '').toLowerCase());
  for (const h of [...(post.mentions ?? []), ...(post.sharedFrom ? [post.sharedFrom] : [])]) {
    if (third(h)) {
      const bare = h.replace(/^@/, '');
      removed.set(bare, PLACEHOLDERS.handle);
      removed.set(`@${bare}`, PLACEHOLDERS.handle);
    }
  }
  const findings = post.findings.map(
    (f): Finding => ({
      ...f,
      message: scrub(f.message, removed, ctx),
      evidence: f.evidence.map((ev) => redactEvidence(post.text, redacted, ev, removed, ctx)),
      ...(f.media ? { media: redactMediaEvidence(f.media, post, removed, ctx) } : {}),
    }),
  );
  const out: ReportPost = { ...post, text: redacted.text, findings };
  if (post.url) out.url = redactText(post.url, ctx).text;
  if (post.sharedFrom) out.sharedFrom = third(post.sharedFrom) ? PLACEHOLDERS.handle : post.sharedFrom;
  if (post.mentions) out.mentions = post.mentions.map((m) => (third(m) ? PLACEHOLDERS.handle : m));
  if (post.links) out.links = post.links.map((l) => ({ ...l, url: redactText(l.url, ctx).text }));
  if (post.media) {
    out.media = post.media.map((m) => ({
      ...m,
      altText: m.altText === null ? null : scrub(m.altText, removed, ctx),
      ...(m.remoteUrl ? { remoteUrl: redactText(m.remoteUrl, ctx).text } : {}),
      ...(m.exif ? { exif: withoutPosition(m.exif) } : {}),
    }));
    // A photo's GPS position can be a patient's home: a shared report keeps only the camera time.
    for (const m of out.media) if (m.exif && m.exif.takenAt === undefined) delete m.exif;
  }
  if (post.earlierVersions) out.earlierVersions = post.earlierVersions.map((v) => ({ ...v, text: scrub(v.text, removed, ctx) }));
  if (post.source) out.source = { ...post.source, input: redactText(post.source.input, ctx).text, file: redactText(post.source.file, ctx).text };
  return out;
}

export interface RedactOptions {
  /** Handles that are the user's own besides the accounts the report names. */
  ownHandles?: Iterable<string>;
  /** The user's own name(s), e.g. from `--me`: never redacted. */
  ownNames?: Iterable<string>;
}

/**
 * The report with identifiers replaced by placeholders in every post (text, evidence, messages,
 * links, alt text, earlier versions) and in input paths and warnings, marked `options.redact: true`.
 * The user's own handles (the accounts the report names) and names stay. Counts are unchanged.
 */
export function redactReport(report: Report, options: RedactOptions = {}): Report {
  const ownHandles = new Set<string>();
  const ownNames = new Set<string>();
  const addOwn = (account: string | null | undefined): void => {
    if (!account) return;
    const a = account.trim();
    ownHandles.add(a.replace(/^@/, '').toLowerCase());
    if (/\s/.test(a)) for (const w of a.split(/\s+/)) ownNames.add(w.toLowerCase()); // a chat name, not a handle
  };
  for (const i of report.inputs) addOwn(i.account);
  for (const p of report.posts) addOwn(p.account);
  for (const h of options.ownHandles ?? []) addOwn(h);
  for (const n of options.ownNames ?? []) for (const w of n.split(/\s+/)) if (w) ownNames.add(w.toLowerCase());
  const ctx: RedactContext = { ownHandles, ownNames };
  const clean = (s: string): string => redactText(s, ctx).text;

  return {
    ...report,
    inputs: report.inputs.map((i) => ({
      ...i,
      path: clean(i.path),
      warnings: i.warnings.map((w) => ({ file: w.file === null ? null : clean(w.file), message: clean(w.message) })),
      error: i.error === null ? null : clean(i.error),
    })),
    posts: report.posts.map((p) => redactPost(p, ctx)),
    ...(report.options ? { options: { ...report.options, redact: true } } : {}),
  };
}
