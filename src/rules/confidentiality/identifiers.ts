/**
 * UK identifier recognisers in the manner of Presidio's: a strict pattern, a validator, and
 * context words near the match that raise confidence. They run on the original text (digits and
 * letters are unchanged by normalisation) and only when the post has enough digits to hold one.
 */

export interface Found {
  start: number;
  end: number;
  text: string;
}

// NHS number: 10 digits, optionally 3-3-4 with spaces or hyphens.
const NHS_RE = /(?<![\d-])(\d{3})([- ]?)(\d{3})\2(\d{4})(?![\d-])/g;

/** Modulus 11 check: weights 10..2 over the first nine digits; 11 -> 0; 10 is never issued. */
export function nhsChecksumValid(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (10 - i);
  let check = 11 - (sum % 11);
  if (check === 11) check = 0;
  if (check === 10) return false;
  return check === Number(digits[9]);
}

/**
 * Numbers in the ranges issued to patients: England, Wales and the Isle of Man 400-499 and
 * 600-799 million; Northern Ireland's H&C numbers 320-399 million. Scottish CHI numbers start with
 * a date of birth, so they are only taken with context.
 */
export function nhsRangePlausible(digits: string): boolean {
  const head = Number(digits.slice(0, 3));
  return (head >= 400 && head <= 499) || (head >= 600 && head <= 799) || (head >= 320 && head <= 399);
}

export function findNhsNumbers(text: string): Array<Found & { digits: string; spaced: boolean }> {
  const out: Array<Found & { digits: string; spaced: boolean }> = [];
  NHS_RE.lastIndex = 0;
  for (let m = NHS_RE.exec(text); m; m = NHS_RE.exec(text)) {
    const digits = m[1]! + m[3]! + m[4]!;
    if (!nhsChecksumValid(digits)) continue;
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], digits, spaced: m[2] !== '' });
  }
  return out;
}

// National Insurance number, after Presidio's UK_NINO pattern: first letter not D F I Q U V,
// second not D F I O Q U V, prefixes BG GB NK KN NT TN ZZ never issued, suffix A-D.
const NINO_RE = /\b(?!bg|gb|nk|kn|nt|tn|zz)([a-ceghj-pr-tw-z][a-ceghj-npr-tw-z]) ?(\d{2}) ?(\d{2}) ?(\d{2}) ?([a-d])\b/gi;

// The NINO shape with any prefix, for use only beside a context word ("NI number", "national insurance"):
// Presidio's context raises a weak pattern's score, and posts often use the HMRC example prefix (QQ).
const NINO_SHAPE_RE = /\b([a-z]{2}) ?(\d{2}) ?(\d{2}) ?(\d{2}) ?([a-d])\b/gi;

export function findNinoShapes(text: string): Found[] {
  const out: Found[] = [];
  NINO_SHAPE_RE.lastIndex = 0;
  for (let m = NINO_SHAPE_RE.exec(text); m; m = NINO_SHAPE_RE.exec(text)) out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  return out;
}

export function findNinos(text: string): Found[] {
  const out: Found[] = [];
  NINO_RE.lastIndex = 0;
  for (let m = NINO_RE.exec(text); m; m = NINO_RE.exec(text)) out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  return out;
}

// UK postcode, Presidio's strict position-specific pattern (full postcodes only).
const POSTCODE_RE =
  /\b(?:GIR ?0AA|[A-PR-UWYZ][0-9][ABCDEFGHJKPSTUW]? ?[0-9][ABD-HJLNP-UW-Z]{2}|[A-PR-UWYZ][0-9]{2} ?[0-9][ABD-HJLNP-UW-Z]{2}|[A-PR-UWYZ][A-HK-Y][0-9][ABEHMNPRVWXY]? ?[0-9][ABD-HJLNP-UW-Z]{2}|[A-PR-UWYZ][A-HK-Y][0-9]{2} ?[0-9][ABD-HJLNP-UW-Z]{2})\b/gi;

export function findPostcodes(text: string): Found[] {
  const out: Found[] = [];
  POSTCODE_RE.lastIndex = 0;
  for (let m = POSTCODE_RE.exec(text); m; m = POSTCODE_RE.exec(text)) {
    // Lower-case matches are usually words and times ("b12 4am"); require capitals as written.
    if (m[0] !== m[0].toUpperCase()) continue;
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}

const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const DATE_SRC = `(?:(?:19|20)\\d{2}-\\d{1,2}-\\d{1,2}|\\d{1,2}[/.-]\\d{1,2}[/.-](?:19|20)?\\d{2}|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}\\.?,?\\s+(?:19|20)\\d{2}|${MONTH}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+(?:19|20)\\d{2})`;
// "DOB 12/03/1948", "date of birth: 3rd March 1948", "born on 12.3.48".
const DOB_RE = new RegExp(`\\b(d\\.?o\\.?b\\.?|date of birth|born(?: on)?)\\s*(?:is\\s+|was\\s+|=\\s*)?[:\\-]?\\s*(${DATE_SRC})`, 'gi');

export function findDatesOfBirth(text: string): Array<Found & { label: string }> {
  const out: Array<Found & { label: string }> = [];
  DOB_RE.lastIndex = 0;
  for (let m = DOB_RE.exec(text); m; m = DOB_RE.exec(text)) out.push({ start: m.index, end: m.index + m[0].length, text: m[0], label: m[1]!.toLowerCase() });
  return out;
}

// UK phone numbers as written, including Ofcom's drama ranges (07700 900xxx, 0113 496 0xxx) that
// libphonenumber-js rejects: +44 or 0, then 9 or 10 more digits with spaces, hyphens or a bracketed
// area code. Validated by digit count and a UK prefix (01, 02, 03, 07, 08); used only where the
// words around it make it someone's number.
const PHONE_RE = /(?<![\d+])(?:\+44\s?(?:\(0\)\s?)?|\(0|0)\d[\d\s()-]{8,14}\d(?![\d])/g;

export function findUkPhones(text: string): Found[] {
  const out: Found[] = [];
  PHONE_RE.lastIndex = 0;
  for (let m = PHONE_RE.exec(text); m; m = PHONE_RE.exec(text)) {
    let raw = m[0];
    // Trailing separators belong to the sentence, not the number.
    raw = raw.replace(/[\s()-]+$/, '');
    let digits = raw.replace(/\D/g, '');
    if (digits.startsWith('44')) digits = '0' + digits.slice(2).replace(/^0/, '');
    if (!/^0[12378]/.test(digits) || (digits.length !== 10 && digits.length !== 11)) continue;
    // Mobiles and non-geographic numbers are 11 digits; so are nearly all landlines.
    if (digits.startsWith('07') && digits.length !== 11) continue;
    out.push({ start: m.index, end: m.index + raw.length, text: raw });
  }
  return out;
}

// E-mail addresses.
const EMAIL_RE = /(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b/g;

export function findEmails(text: string): Found[] {
  const out: Found[] = [];
  EMAIL_RE.lastIndex = 0;
  for (let m = EMAIL_RE.exec(text); m; m = EMAIL_RE.exec(text)) out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  return out;
}
