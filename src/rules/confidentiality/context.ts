/**
 * Pieces of information that can identify a patient when combined: where they are (bed, bay,
 * ward, named hospital), how old they are, their name or initials, when it happened, what is
 * wrong with them, and whether they are famous. Each is found once per post on demand.
 */
import type { Evidence } from '../../model/finding.js';
import type { TextAnalysis } from '../text/index.js';
import { BREAK, CLAUSE, NUM, defineLexicon, loadLexicon } from '../text/index.js';
import { patientRefs } from '../common/lexicons.js';

export const CONDITIONS = loadLexicon(new URL('./conditions.txt', import.meta.url));
export const RECENCY = loadLexicon(new URL('./recency.txt', import.meta.url));
export const FAMOUS = loadLexicon(new URL('./famous.txt', import.meta.url));
/** Jobs and roles that, with a place, point to one person ("the vicar from St Mark's"). */
export const ROLES = loadLexicon(new URL('./roles.txt', import.meta.url));
/** Words that head a location ("bed", "bay", "ward", "hospital"), so locations() looks only where one occurs. */
export const PLACE_WORDS = loadLexicon(new URL('./place-words.txt', import.meta.url));
/** Words that introduce a name ("Mrs", "called"), a prefilter for names(). */
export const NAME_CUES = defineLexicon('confidentiality/name-cues', 'mr\nmrs\nms\nmiss\nmx\nmaster\nmstr\nbaby\ncalled\nnamed\nname\nnames');

export interface Piece {
  t0: number;
  t1: number;
}

const LOCATION_NOUNS = new Set(['bed', 'bay', 'ward', 'room', 'cubicle', 'cubie', 'resus', 'majors', 'minors', 'chair', 'pod', 'trolley', 'bedspace', 'sideroom', 'cubicles', 'beds', 'rm', 'cot', 'incubator', 'isolette', 'space']);
const LETTER_PLACES = new Set(['bay', 'ward', 'room', 'pod', 'cubicle']);
const PLACE_HEADS = new Set(['ward', 'unit', 'hospital', 'infirmary', 'hospice', 'surgery', 'practice', 'centre', 'lodge', 'manor', 'street', 'road', 'avenue', 'lane', 'close', 'drive', 'crescent', 'terrace', 'grove', 'estate', 'school', 'high', 'academy', 'college', 'church', 'mosque', 'gurdwara', 'temple', 'synagogue', 'prison']);
const NOT_NAMES = new Set(['the', 'a', 'an', 'my', 'our', 'this', 'that', 'i', 'we', 'nhs', 'a&e', 'and', 'on', 'in', 'at', 'to', 'of', 'for', 'with']);
const AGE_UNITS = new Set(['year', 'years', 'yr', 'yrs', 'yo', 'y', 'yrold', 'yearold', 'year-old']);
const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'master', 'mstr', 'baby']);
const NAMING = new Set(['called', 'named', 'name', "name's", 'names']);
const DECADE_WORDS = new Set(['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties', 'teens']);

/** "bed 4", "bay C", "side room 2", "Rowan Ward", "St Mary's Hospital". */
export function locations(t: TextAnalysis): Piece[] {
  const out: Piece[] = [];
  for (const h of t.hits(PLACE_WORDS)) {
    const i = h.t0;
    const k = t.key(i);
    if (LOCATION_NOUNS.has(k) || (k === 'side' && t.key(i + 1) === 'room')) {
      const j = k === 'side' ? i + 2 : i + 1;
      const next = t.tokens[j];
      if (next && (next.flags & NUM || /^\d{1,3}[a-z]?$/.test(next.k) || (LETTER_PLACES.has(k) && /^[a-h]$/.test(next.k) && t.capitalised(j)))) {
        out.push({ t0: i, t1: j + 1 });
        continue;
      }
    }
    if (PLACE_HEADS.has(k) && t.capitalised(i) && i > 0) {
      // Walk back over capitalised words: "Rowan Ward", "St Mary's Hospital".
      let a = i;
      while (a > 0 && a > i - 3 && t.capitalised(a - 1) && !NOT_NAMES.has(t.key(a - 1)) && t.tokens[a - 1]!.sn === t.tokens[i]!.sn && a - 1 !== t.sentenceOf(i).t0) a--;
      if (a === i && i - 1 === t.sentenceOf(i).t0 && t.capitalised(i - 1) && !NOT_NAMES.has(t.key(i - 1))) a = i - 1;
      if (a < i) out.push({ t0: a, t1: i + 1 });
    }
  }
  return out;
}

/** "84-year-old", "84yo", "aged 84", "in her 80s". */
export function ages(t: TextAnalysis): Piece[] {
  const out: Piece[] = [];
  const n = t.tokens.length;
  for (let i = 0; i < n; i++) {
    const tok = t.tokens[i]!;
    const k = tok.k;
    if (tok.flags & NUM) {
      const v = Number(k);
      if (!(v >= 0 && v <= 115)) continue;
      const unit = t.key(i + 1);
      if (AGE_UNITS.has(unit)) {
        // "84 years old", "84-year-old", "84yo", "84 y/o"; "31 years in the job" is a duration.
        const old = t.key(i + 2) === 'old' || t.key(i + 2) === 'o';
        if (!old && unit !== 'yo') continue;
        out.push({ t0: i, t1: i + (old ? 3 : 2) });
      } else if (t.key(i - 1) === 'aged' || (t.key(i - 1) === 'age' && t.key(i - 2) !== 'retirement')) {
        out.push({ t0: i - 1, t1: i + 1 });
      } else if (v >= 1 && i > 0 && t.capitalised(i - 1) && tok.flags & CLAUSE && (i + 1 >= t.tokens.length || t.tokens[i + 1]!.flags & (CLAUSE | BREAK))) {
        out.push({ t0: i, t1: i + 1 }); // "Jean, 84, ..."
      }
      continue;
    }
    const m = /^(\d{1,3})(yo|y|yr|yrs|yrold|yearold)$/.exec(k);
    if (m && Number(m[1]) <= 115) {
      out.push({ t0: i, t1: i + (t.key(i + 1) === 'old' ? 2 : 1) });
      continue;
    }
    if ((/^\d0s$/.test(k) || DECADE_WORDS.has(k)) && ['his', 'her', 'their'].includes(t.key(i - 1)) && t.key(i - 2) === 'in') out.push({ t0: i - 2, t1: i + 1 });
  }
  return out;
}

/** "Mrs Jones", "Mr J.S.", "a lady called Jean". */
export function names(t: TextAnalysis, own: ReadonlySet<string>): Piece[] {
  const out: Piece[] = [];
  const n = t.tokens.length;
  for (let i = 0; i < n - 1; i++) {
    const k = t.key(i);
    if (TITLES.has(k) && t.capitalised(i + 1) && /^[a-z][a-z'-]*$/.test(t.key(i + 1)) && !NOT_NAMES.has(t.key(i + 1))) {
      let j = i + 2;
      if (j < n && t.key(i + 1).length === 1 && t.key(j).length === 1 && t.capitalised(j)) j++; // "Mr J. S."
      out.push({ t0: i, t1: j });
      i = j - 1;
    } else if (NAMING.has(k) && t.capitalised(i + 1) && /^[a-z][a-z'-]+$/.test(t.key(i + 1)) && !NOT_NAMES.has(t.key(i + 1)) && !own.has(t.key(i + 1))) {
      out.push({ t0: i, t1: i + 2 });
    }
  }
  return out;
}

/** Words after "in/at/from" that are capitalised but not places. */
const NOT_TOWNS = new Set(['a', 'a&e', 'resus', 'icu', 'itu', 'hdu', 'nicu', 'the', 'my', 'our', 'march', 'may', 'june', 'july', 'april', 'august', 'january', 'february', 'september', 'october', 'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'christmas', 'easter', 'i', 'nhs', 'uk']);

/** "in Batley", "from Wibsey": a capitalised word after a place preposition, not starting the sentence. */
export function towns(t: TextAnalysis): Piece[] {
  const out: Piece[] = [];
  for (let i = 1; i < t.tokens.length; i++) {
    const prev = t.key(i - 1);
    if (prev !== 'in' && prev !== 'at' && prev !== 'from' && prev !== 'near') continue;
    if (!t.capitalised(i) || NOT_TOWNS.has(t.key(i)) || t.sentenceOf(i).t0 === i || t.tokens[i]!.k.length < 3) continue;
    let j = i + 1;
    while (j < t.tokens.length && j < i + 3 && t.capitalised(j) && t.tokens[j]!.sn === t.tokens[i]!.sn) j++;
    out.push({ t0: i, t1: j });
  }
  return out;
}

/** Anything in the post that makes it about a patient (used as context by the identifier rules). */
export function patientContext(t: TextAnalysis): boolean {
  return patientRefs(t).length > 0 || t.has(CONDITIONS) || locations(t).length > 0;
}

export function evidenceOf(t: TextAnalysis, pieces: readonly Piece[]): Evidence[] {
  return pieces.map((p) => t.span(p.t0, p.t1));
}
