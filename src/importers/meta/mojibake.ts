/*
 * Meta's exports write every UTF-8 byte of a string as its own \u00XX escape, so after JSON.parse
 * "café" reads "cafÃ©" and an emoji reads as four Latin-1 characters. These helpers turn such
 * strings back into what the person typed, and leave correct strings exactly as they are.
 */

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The string as written. Three cases:
 * - nothing in U+0080–U+00FF: plain ASCII or real Unicode, returned as is;
 * - every character ≤ U+00FF and the characters, read as bytes, are valid UTF-8: decoded;
 * - otherwise (a file someone half-repaired: real "ü" or "Ω" beside escaped emoji): only byte runs
 *   that are complete UTF-8 sequences holding a C1 control byte (0x80–0x9F) are decoded. C1
 *   controls never appear in real text, so correct characters are never touched.
 */
export function fixMojibake(text: string): string {
  let latin1High = false;
  let aboveLatin1 = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 0xff) {
      aboveLatin1 = true;
      break;
    }
    if (code >= 0x80) latin1High = true;
  }
  if (!latin1High && !aboveLatin1) return text;
  if (!aboveLatin1) {
    try {
      return STRICT_UTF8.decode(Buffer.from(text, 'latin1'));
    } catch {
      // Not valid UTF-8 as a whole: fall through to the run-by-run repair.
    }
  }
  return repairRuns(text);
}

/** Length of the UTF-8 sequence a lead byte starts, or 0 when it cannot start one. */
function sequenceLength(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

function repairRuns(text: string): string {
  let out = '';
  let copiedTo = 0;
  let i = 0;
  while (i < text.length) {
    const length = sequenceLength(text.charCodeAt(i));
    if (length === 0 || i + length > text.length) {
      i++;
      continue;
    }
    let valid = true;
    let hasC1 = false;
    for (let k = 1; k < length; k++) {
      const code = text.charCodeAt(i + k);
      if (code < 0x80 || code > 0xbf) {
        valid = false;
        break;
      }
      if (code <= 0x9f) hasC1 = true;
    }
    if (!valid || !hasC1) {
      i++;
      continue;
    }
    let decoded: string;
    try {
      decoded = STRICT_UTF8.decode(Buffer.from(text.slice(i, i + length), 'latin1'));
    } catch {
      i++; // overlong or surrogate encodings
      continue;
    }
    out += text.slice(copiedTo, i) + decoded;
    i += length;
    copiedTo = i;
  }
  return copiedTo === 0 ? text : out + text.slice(copiedTo);
}
