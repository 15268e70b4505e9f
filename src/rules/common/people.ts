/**
 * People and places named in a post, recognised the way Presidio's recognisers work: a pattern
 * (capitalised words as written), context that raises confidence (a title, a given name from our
 * list, a patient word just before, a possessive family word after) and a validator (not a place
 * heading, a month, a day, a ward or a word that merely starts the sentence). Used by the
 * confidentiality rules (a name with health details identifies a service user) and by the
 * boundaries rules (a named carer, "Mr Kowalski's wife", is a service user's family).
 *
 * These run only on posts a cheap signal already marked; results are cached per analysis.
 */
import { readFileSync } from 'node:fs';
import { HASHTAG, MENTION, NUM, type TextAnalysis } from '../text/index.js';
import { LastPost } from './memo.js';

export interface NamePiece {
  t0: number;
  t1: number;
  /**
   * full: given name + surname ("Margaret Pearson"); title: "Mrs Jones", "Mr J S"; apposition: a
   * patient word then a name ("my patient Funmi"); possessive: "Kowalski's wife"; called: "a lady
   * called Jean"; given: a given name on its own ("Brenda"), the weakest.
   */
  kind: 'full' | 'title' | 'apposition' | 'possessive' | 'called' | 'given';
}

function loadNames(): { names: Set<string>; ambiguous: Set<string> } {
  const names = new Set<string>();
  const ambiguous = new Set<string>();
  for (const raw of readFileSync(new URL('./given-names.txt', import.meta.url), 'utf8').split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const word = line.startsWith('word:');
    for (const n of (word ? line.slice(5) : line).split(/\s+/)) {
      if (!n) continue;
      if (word) ambiguous.add(n.toLowerCase());
      else names.add(n.toLowerCase());
    }
  }
  for (const a of ambiguous) names.delete(a);
  return { names, ambiguous };
}

const { names: GIVEN, ambiguous: GIVEN_WORDS } = loadNames();

/** UK places by their first word (lower case), each with its full word sequences. */
function loadPlaces(): Map<string, string[][]> {
  const map = new Map<string, string[][]>();
  for (const raw of readFileSync(new URL('./places.txt', import.meta.url), 'utf8').split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const words = line.toLowerCase().split(/[\s-]+/).filter(Boolean);
    const list = map.get(words[0]!) ?? [];
    list.push(words);
    map.set(words[0]!, list);
  }
  for (const list of map.values()) list.sort((a, b) => b.length - a.length);
  return map;
}

const PLACES = loadPlaces();

export const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'master', 'mstr', 'baby']);
/** Titles of staff rather than patients. */
export const STAFF_TITLES = new Set(['dr', 'prof', 'professor', 'doctor', 'sister', 'nurse', 'matron', 'sir', 'dame', 'lord', 'lady', 'rev', 'reverend', 'cllr', 'councillor']);
const NAMING = new Set(['called', 'named', "name's", 'names']);

/** Capitalised words that are not names: places, buildings, calendar words, pronouns, common starts. */
const NOT_NAMES = new Set([
  'the', 'a', 'an', 'my', 'our', 'this', 'that', 'these', 'those', 'i', "i'm", 'im', 'we', 'he', 'she', 'they', 'it', 'you', 'his', 'her', 'their', 'your',
  'nhs', 'a&e', 'and', 'on', 'in', 'at', 'to', 'of', 'for', 'with', 'from', 'by', 'but', 'or', 'so', 'if', 'when', 'after', 'before', 'today', 'tonight',
  'yesterday', 'tomorrow', 'ward', 'bay', 'bed', 'unit', 'hospital', 'infirmary', 'hospice', 'clinic', 'surgery', 'practice', 'centre', 'center', 'lodge', 'manor',
  'house', 'home', 'court', 'street', 'road', 'avenue', 'lane', 'close', 'drive', 'crescent', 'terrace', 'grove', 'estate', 'school', 'high', 'academy',
  'college', 'university', 'church', 'market', 'trust', 'team', 'department', 'general', 'royal', 'st', 'saint', 'north', 'south', 'east', 'west', 'great',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'monday', 'tuesday',
  'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'christmas', 'easter', 'eid', 'diwali', 'day', 'week', 'month', 'year', 'is', 'was', 'has',
  'had', 'will', 'just', 'got', 'went', 'came', 'said', 'says', 'told', 'thanks', 'thank', 'happy', 'congrats', 'congratulations', 'welcome', 'rip',
  'bless', 'love', 'lovely', 'poor', 'dear', 'old', 'young', 'little', 'big', 'baby', 'mum', 'dad', 'nan', 'nana', 'grandad', 'granny', 'auntie', 'uncle',
  'covid', 'copd', 'icu', 'itu', 'hdu', 'amu', 'ed', 'gp', 'hca', 'ot', 'physio', 'ok', 'omg', 'lol', 'who', 'what', 'why', 'how', 'where', 'yes', 'no',
  'patient', 'patients', 'client', 'clients', 'resident', 'residents', 'carer', 'carers', 'nurse', 'nurses', 'doctor', 'doctors', 'consultant', 'reg', 'man',
  'woman', 'lady', 'gent', 'gentleman', 'boy', 'girl', 'child', 'kid', 'kids', 'everyone', 'everybody', 'someone', 'somebody', 'nobody', 'anyone', 'people',
  'person', 'family', 'families', 'wife', 'husband', 'son', 'daughter', 'sister', 'brother', 'partner', 'friend', 'mate', 'colleague', 'manager', 'boss',
  'student', 'staff', 'user', 'users', 'service', 'today', "today's", 'yesterday', "yesterday's", 'tonight', "tonight's", 'christmas', 'mother', 'father',
  'government', 'council', 'police', 'media', 'world', 'country', 'britain', 'england', 'scotland', 'wales', 'ireland', 'uk', 'everyone', 'god', 'jesus',
]);

/** Family and carer words after a possessive name: "Kowalski's wife", "Jean Begum's son". */
export const FAMILY = new Set([
  'wife', 'husband', 'son', 'daughter', 'mum', 'mom', 'mother', 'dad', 'father', 'brother', 'sister', 'family', 'carer', 'carers', 'partner', 'girlfriend',
  'boyfriend', 'relatives', 'relative', 'kids', 'children', 'grandson', 'granddaughter', 'niece', 'nephew', 'nok', 'parents', 'fiance', 'fiancee',
  'widow', 'widower', 'sons', 'daughters', 'grandchildren', 'grandkids', 'friend',
]);

/** A patient word that a name can follow in apposition: "my patient Funmi", "the lady Jean". */
const APPOSITION_HEADS = new Set(['patient', 'patients', 'pt', 'resident', 'client', 'service', 'user', 'lady', 'gent', 'gentleman', 'boy', 'girl', 'baby', 'man', 'woman', 'chap', 'fella', 'lad', 'toddler', 'child', 'kid', 'grandad', 'granny', 'nan']);

function word(t: TextAnalysis, i: number): boolean {
  const tok = t.tokens[i];
  return tok !== undefined && !(tok.flags & (NUM | MENTION | HASHTAG)) && /^[a-z][a-z'-]*$/.test(tok.k);
}

/** A capitalised word as written that could be a name (not a known non-name). */
function nameLike(t: TextAnalysis, i: number, own: ReadonlySet<string>): boolean {
  if (!word(t, i) || !t.capitalised(i)) return false;
  const k = t.key(i).replace(/'s$/, '');
  return !NOT_NAMES.has(k) && !own.has(k) && k.length >= 2 && !/^i'/.test(k);
}

/** A surname after a given name: capitalised, not a non-name, not a UK place on its own line. */
function surnameAt(t: TextAnalysis, i: number, own: ReadonlySet<string>): boolean {
  if (!nameLike(t, i, own)) return false;
  if (t.tokens[i]!.sn !== t.tokens[i - 1]!.sn) return false;
  // "Margaret Ward" could be a name, but "Rowan Ward" is a ward: leave place heads to locations().
  return !GIVEN_WORDS.has(t.key(i)) || GIVEN.has(t.key(i - 1));
}

/** A single capital letter (an initial), optionally written with a full stop. */
function initial(t: TextAnalysis, i: number): boolean {
  const tok = t.tokens[i];
  if (tok === undefined || !t.capitalised(i)) return false;
  const k = tok.k.replace(/'s$/, '');
  return k.length === 1 && /[a-z]/.test(k);
}

const cache = new LastPost<{ own: ReadonlySet<string>; names: NamePiece[] }>();

// One lookup per token: which of the word classes below the key belongs to.
const IS_TITLE = 1;
const IS_NAMING = 2;
const IS_GIVEN = 4;
const IS_AMBIGUOUS = 8;
const IS_HEAD = 16;
const CLASS = new Map<string, number>();
function mark(words: Iterable<string>, bit: number): void {
  for (const w of words) CLASS.set(w, (CLASS.get(w) ?? 0) | bit);
}

/** Names of people in the post (not the user's own handles). */
export function personNames(t: TextAnalysis, own: ReadonlySet<string>): NamePiece[] {
  const hit = cache.get(t);
  if (hit && hit.own === own) return hit.names;
  const out: NamePiece[] = [];
  const n = t.tokens.length;
  const taken = new Uint8Array(n);
  const push = (p: NamePiece): void => {
    for (let i = p.t0; i < p.t1; i++) if (taken[i]) return;
    for (let i = p.t0; i < p.t1; i++) taken[i] = 1;
    out.push(p);
  };
  if (CLASS.size === 0) {
    mark(TITLES, IS_TITLE);
    mark(NAMING, IS_NAMING);
    mark(GIVEN, IS_GIVEN);
    mark(GIVEN_WORDS, IS_AMBIGUOUS);
    mark(APPOSITION_HEADS, IS_HEAD);
  }
  const toks = t.tokens;
  let rawCls = 0;
  for (let i = 0; i < n; i++) {
    const k = toks[i]!.k;
    const possessive = k.length > 2 && k.charCodeAt(k.length - 1) === 115 && k.charCodeAt(k.length - 2) === 39;
    // The previous token's class as written ("patient Funmi"), this token's without a possessive "'s".
    const prevCls = rawCls;
    rawCls = CLASS.get(k) ?? 0;
    const cls = possessive ? (CLASS.get(k.slice(0, -2)) ?? 0) : rawCls;
    // Most tokens are none of these: skip them with no further work.
    if (cls === 0 && !(prevCls & IS_HEAD) && !(possessive && FAMILY.has(t.key(i + 1)))) continue;
    // "Mrs Jones", "Mr J. S.", "Baby Alfie"
    if (cls & IS_TITLE && (nameLike(t, i + 1, own) || initial(t, i + 1)) && t.tokens[i + 1]!.sn === t.tokens[i]!.sn) {
      if (k === 'baby' && !t.capitalised(i)) {
        if (!nameLike(t, i + 1, own) || !GIVEN.has(t.key(i + 1).replace(/'s$/, ''))) continue;
      }
      let j = i + 2;
      while (j < n && j < i + 4 && (initial(t, j) || (initial(t, j - 1) && nameLike(t, j, own)))) j++;
      push({ t0: i, t1: j, kind: 'title' });
      continue;
    }
    // "a lady called Jean"
    if (cls & IS_NAMING && nameLike(t, i + 1, own) && !(k === 'called' && FIRST_PERSON_OBJ.has(t.key(i - 1)))) {
      push({ t0: i, t1: i + 2, kind: 'called' });
      continue;
    }
    // Cheap tests first (set lookups), then capitals as written and the full word shape for the few candidates.
    const c0 = k.charCodeAt(0);
    if (c0 < 97 || c0 > 122) continue;
    const base = possessive ? k.slice(0, -2) : k;
    const given = (cls & IS_GIVEN) !== 0;
    const ambiguous = (cls & IS_AMBIGUOUS) !== 0;
    if (!t.capitalised(i) || !word(t, i) || own.has(base)) continue;
    const sentenceStart = t.sentenceOf(i).t0 === i;
    // "Margaret Pearson", "Will Hughes" (an everyday-word name needs its surname and not to start the sentence)
    if ((given || (ambiguous && !sentenceStart)) && !possessive && i + 1 < n && surnameAt(t, i + 1, own)) {
      push({ t0: i, t1: i + 2, kind: 'full' });
      continue;
    }
    // "my patient Funmi", "the lady in bed 4, Jean": a patient word right before a capitalised word
    if (prevCls & IS_HEAD && t.tokens[i - 1]!.sn === t.tokens[i]!.sn && nameLike(t, i, own) && !PLACE_START.has(base)) {
      push({ t0: i, t1: i + 1, kind: 'apposition' });
      continue;
    }
    // "Kowalski's wife", "Begum's son"
    if (possessive && FAMILY.has(t.key(i + 1)) && nameLike(t, i, own) && !sentenceStartWord(t, i)) {
      push({ t0: i, t1: i + 1, kind: 'possessive' });
      continue;
    }
    if (given) push({ t0: i, t1: i + 1, kind: 'given' });
  }
  cache.set(t, { own, names: out });
  return out;
}

const FIRST_PERSON_OBJ = new Set(['me', 'us', 'i', 'we']);
/** Words that begin place names and would otherwise read as names after "patient" ("patient from Leeds" is not a name). */
const PLACE_START = new Set(['leeds', 'bradford']);

function sentenceStartWord(t: TextAnalysis, i: number): boolean {
  return t.sentenceOf(i).t0 === i && !possessiveFamilyStart(t, i);
}

/** "Kowalski's wife rang" can start a sentence and still be a name when a family word follows. */
function possessiveFamilyStart(t: TextAnalysis, i: number): boolean {
  return t.key(i).endsWith("'s") && FAMILY.has(t.key(i + 1));
}

export interface PlacePiece {
  t0: number;
  t1: number;
}

const placeCache = new LastPost<PlacePiece[]>();

/** UK towns and districts from places.txt, as written with capitals ("Hebden Bridge", "from Batley"). */
export function ukPlaces(t: TextAnalysis): PlacePiece[] {
  const hit = placeCache.get(t);
  if (hit) return hit;
  const out: PlacePiece[] = [];
  const n = t.tokens.length;
  for (let i = 0; i < n; i++) {
    const k = t.tokens[i]!.k;
    const c0 = k.charCodeAt(0);
    if (c0 < 97 || c0 > 122) continue;
    const list = PLACES.get(k.length > 2 && k.charCodeAt(k.length - 1) === 115 && k.charCodeAt(k.length - 2) === 39 ? k.slice(0, -2) : k);
    if (!list || !t.capitalised(i)) continue;
    for (const words of list) {
      let ok = true;
      for (let w = 1; w < words.length && ok; w++) {
        const j = i + w;
        if (j >= n || t.key(j).replace(/'s$/, '') !== words[w] || t.tokens[j]!.sn !== t.tokens[i]!.sn) ok = false;
      }
      if (!ok) continue;
      out.push({ t0: i, t1: i + words.length });
      i += words.length - 1;
      break;
    }
  }
  placeCache.set(t, out);
  return out;
}

export function isGivenName(k: string): boolean {
  return GIVEN.has(k);
}
