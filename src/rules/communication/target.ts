/**
 * Who a swear word or insult is aimed at: the reader ("you"), an @mentioned account, the person a
 * reply answers, or a third person being called names ("what a knob", "he's a prick").
 */
import type { Post } from '../../model/post.js';
import type { Hit, TextAnalysis } from '../text/index.js';
import { MENTION, SECOND_PERSON } from '../text/index.js';
import { CLINICAL } from './lexicons.js';

export type Target = 'you' | 'mention' | 'reply' | 'third';

/** How a message says whom the words were aimed at. */
export const WHO: Record<Target, string> = {
  you: 'at the person addressed',
  mention: 'at a tagged account',
  reply: 'in a reply to someone',
  third: 'about a named or described person',
};

/** Words after an expletive that make it praise ("fucking brilliant", "bloody legend"). */
const PRAISE = new Set([
  'brilliant', 'amazing', 'awesome', 'legend', 'legends', 'love', 'loved', 'proud', 'beautiful', 'great', 'good', 'hero', 'heroes', 'star', 'stars',
  'genius', 'best', 'mint', 'class', 'ace', 'gorgeous', 'fantastic', 'incredible', 'superb', 'lovely', 'wonderful', 'excellent', 'delicious', 'fab',
  'fabulous', 'stunning', 'happy', 'buzzing', 'yes', 'well', 'nailed', 'smashed', 'killed', 'boss', 'cracking', 'glad', 'thrilled', 'chuffed',
]);

/**
 * People described by a plural or common noun ("thick as sh1t patients", "useless students",
 * "stupid people who ..."): an insulting description right before one is said of them.
 */
export const PERSON_NOUN = new Set([
  'people', 'person', 'folk', 'folks', 'patient', 'patients', 'relative', 'relatives', 'family', 'families', 'parent', 'parents', 'client', 'clients',
  'resident', 'residents', 'staff', 'student', 'students', 'colleague', 'colleagues', 'manager', 'managers', 'boss', 'bosses', 'consultant', 'consultants',
  'doctor', 'doctors', 'nurse', 'nurses', 'driver', 'drivers', 'customer', 'customers', 'man', 'men', 'woman', 'women', 'lad', 'lads', 'bloke', 'blokes',
  'guy', 'guys', 'girl', 'girls', 'kid', 'kids', 'teenager', 'teenagers', 'neighbour', 'neighbours', 'neighbor', 'neighbors', 'idiots', 'users',
  'twat', 'bastard', 'ones', 'lot', 'receptionist', 'receptionists', 'porter', 'porters', 'locum', 'locums', 'agency', 'trainee', 'trainees',
]);

/** Name-calling leads: "what a ...", "such a ...", "he's a ...". */
const NAME_LEAD = new Set(['what', 'such', 'absolute', 'total', 'complete', 'proper', 'utter', 'massive', 'bloody', 'fucking', 'right', 'stupid', 'little', 'fat', 'silly', 'old', 'lazy', 'miserable', 'moody', 'thick', 'ugly', 'useless', 'some', 'another', 'this', 'that', 'these', 'those', 'arrogant', 'smug', 'spineless', 'pathetic', 'brainless', 'clueless', 'incompetent']);
const THIRD_IS = new Set(["he's", "she's", 'hes', 'shes', 'is', 'was', "they're", 'are', 'were']);

/** Words that make "bitch" a female dog ("our bitch Luna had puppies"). */
const DOG = new Set(['puppies', 'pups', 'puppy', 'litter', 'whelp', 'whelped', 'whelping', 'spayed', 'spay', 'season', 'dog', 'dogs', 'kennel', 'kennels', 'greyhound', 'spaniel', 'lurcher', 'whippet', 'breeder', 'crufts', 'vet', 'walkies']);

/**
 * A clinical or everyday phrase (clinical.txt), a place or name written in capitals ("Bell End",
 * "Dick Turpin"), or "bitch" in a sentence about dogs.
 */
export function clinical(t: TextAnalysis, h: Hit): boolean {
  if (t.hits(CLINICAL).some((c) => c.t0 <= h.t0 && c.t1 >= h.t1)) return true;
  if (t.key(h.t0).startsWith('bitch')) {
    const s = t.sentenceOf(h.t0);
    if (t.findKey(s.t0, s.t1, DOG) >= 0) return true;
  }
  return h.t1 - h.t0 > 1 && properNoun(t, h.t0 + 1, h.t1);
}

/** Tokens [a, b) are each written with a capital and then small letters ("End", not "END"). */
function properNoun(t: TextAnalysis, a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    const word = t.original(i);
    if (!t.capitalised(i) || word.length < 2 || word.slice(1) === word.slice(1).toUpperCase()) return false;
  }
  return true;
}

/** "bitch of a day", "joke of a rota": the noun describes a thing, not a person. */
export function ofA(t: TextAnalysis, h: Hit): boolean {
  return t.key(h.t1) === 'of' && (t.key(h.t1 + 1) === 'a' || t.key(h.t1 + 1) === 'an');
}

/** The word is used as praise or emphasis of something good, not at anyone. */
export function praise(t: TextAnalysis, h: Pick<Hit, 't1'>): boolean {
  const sn = t.tokens[h.t1 - 1]?.sn;
  // Within its own sentence: "Well FUCK. Curiosity killed the cat" is no praise.
  for (let i = h.t1; i < Math.min(h.t1 + 2, t.tokens.length); i++) {
    if (t.tokens[i]!.sn !== sn) break;
    if (PRAISE.has(t.key(i))) return true;
  }
  return false;
}

/** A mention in the sentence that is not one of the user's own accounts. */
function otherMention(t: TextAnalysis, sentence: { t0: number; t1: number }, own: ReadonlySet<string>): number {
  for (let i = sentence.t0; i < sentence.t1; i++) {
    const tok = t.tokens[i]!;
    if (tok.flags & MENTION && !own.has(tok.k.slice(1))) return i;
  }
  return -1;
}

function ownMention(t: TextAnalysis, sentence: { t0: number; t1: number }, own: ReadonlySet<string>): boolean {
  for (let i = sentence.t0; i < sentence.t1; i++) {
    const tok = t.tokens[i]!;
    if (tok.flags & MENTION && own.has(tok.k.slice(1))) return true;
  }
  return false;
}

export function isReply(post: Post): boolean {
  return post.kind === 'reply' || post.kind === 'comment' || post.inReplyTo !== null;
}

/**
 * Who the hit is aimed at. `noun` says the word names someone (insult nouns, "you twat"), which
 * can be aimed by a mention or a reply; expletives ("fucking") need "you" next to them.
 */
export function targetOf(t: TextAnalysis, post: Post, own: ReadonlySet<string>, h: Hit, noun: boolean): Target | null {
  const sent = t.sentenceOf(h.t0);
  // "you muppet", "you're a twat", "fuck you", "shut up you ..."
  for (let i = Math.max(sent.t0, h.t0 - 3); i < Math.min(sent.t1, h.t1 + (noun ? 1 : 2)); i++) {
    if (i >= h.t0 && i < h.t1) continue;
    if (SECOND_PERSON.has(t.key(i))) return 'you';
  }
  if (!noun) return null;
  if (otherMention(t, sent, own) >= 0) return 'mention';
  if (isReply(post)) return 'reply';
  for (let i = h.t0 - 1; i >= Math.max(sent.t0, h.t0 - 3); i--) {
    const k = t.key(i);
    if (NAME_LEAD.has(k) || THIRD_IS.has(k)) return 'third';
  }
  // "Idiot." / "Absolute muppet!": a name on its own is said of whoever the post is about (not the
  // user, when they tag themselves: "@me muppet").
  if (sent.t1 - sent.t0 <= 3 && h.t1 === sent.t1 && !ownMention(t, sent, own)) return 'third';
  return null;
}

