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

const POSSESSIVE_YOU = new Set(['your', 'ur', 'yer']);

/** Name-calling leads: "what a ...", "such a ...", "he's a ...". */
const NAME_LEAD = new Set(['what', 'such', 'bit', 'much', 'most', 'biggest', 'worst', 'absolute', 'total', 'complete', 'proper', 'utter', 'massive', 'bloody', 'fucking', 'right', 'stupid', 'little', 'fat', 'silly', 'old', 'lazy', 'miserable', 'moody', 'thick', 'ugly', 'useless', 'some', 'another', 'this', 'that', 'these', 'those', 'arrogant', 'smug', 'spineless', 'pathetic', 'brainless', 'clueless', 'incompetent', 'bunch', 'pack', 'shower']);
/** After "what" or "such", the words that make it name-calling ("what a ...", "what kind of ..."). */
const NAME_NEXT = new Set(['a', 'an', 'kind', 'sort', 'type']);
const THIRD_IS = new Set(["he's", "she's", 'hes', 'shes', 'is', 'was', "they're", 'are', 'were']);

/** Words that make "bitch" a female dog ("our bitch Luna had puppies"). */
const DOG = new Set(['puppies', 'pups', 'puppy', 'litter', 'whelp', 'whelped', 'whelping', 'spayed', 'spay', 'season', 'dog', 'dogs', 'kennel', 'kennels', 'greyhound', 'spaniel', 'lurcher', 'whippet', 'breeder', 'crufts', 'vet', 'walkies',
  'rescue', 'rescued', 'adopted', 'rehomed', 'fostered', '🐕', '🐶', '🐩', '🦮']);
/** Animals, of which a name or a description is said ("my dog is thick", "the cat is an idiot"). */
export const ANIMAL = new Set([
  'dog', 'dogs', 'puppy', 'pup', 'cat', 'cats', 'kitten', 'horse', 'pony', 'donkey', 'parrot', 'budgie', 'hamster', 'rabbit', 'bunny', 'goat', 'sheep',
  'chicken', 'chickens', 'hen', 'hens', 'pigeon', 'pigeons', 'seagull', 'seagulls', 'goose', 'geese', 'duck', 'ducks', 'squirrel', 'fox', 'spaniel', 'labrador',
  'greyhound', 'whippet', 'lurcher', 'collie', 'terrier', 'cockapoo', 'beagle', 'pug', 'tortoise', 'hedgehog', 'guinea',
]);
/** Words that make "ass" a donkey ("a grumpy old ass called Gerald at the donkey sanctuary"). */
const DONKEY = new Set(['donkey', 'donkeys', 'sanctuary', 'mule', 'mules', 'foal', 'hee-haw', 'farm', '🫏']);

/**
 * A clinical or everyday phrase (clinical.txt), a place or name written in capitals ("Bell End",
 * "Dick Turpin"), or "bitch" in a sentence about dogs.
 */
export function clinical(t: TextAnalysis, h: Hit): boolean {
  if (t.hits(CLINICAL).some((c) => c.t0 <= h.t0 && c.t1 >= h.t1)) return true;
  if (t.key(h.t0).startsWith('bitch') && petContext(t, h)) return true;
  if (t.key(h.t1 - 1) === 'ass' || t.key(h.t1 - 1) === 'asses') {
    if (t.findKey(0, t.tokens.length, DONKEY) >= 0) return true;
  }
  // "Dostoevsky's The Idiot", "Traitors' Gate": a name (not an expletive: "Oh My Fucking God") in a title or a place.
  const name = h.entry.tag === 'noun' || h.entry.tag === 'ambig' || h.entry.fields.includes('noun');
  if (name && titled(t, h)) return true;
  return h.t1 - h.t0 > 1 && properNoun(t, h.t0 + 1, h.t1);
}

const DOG_EMOJI = new Set(['🐕', '🐶', '🐩', '🦮']);

/** The sentence is about a dog ("rescue", "puppies", "walkies"), or the post carries a dog emoji. */
export function petContext(t: TextAnalysis, h: Pick<Hit, 't0'>): boolean {
  const s = t.sentenceOf(h.t0);
  return t.findKey(s.t0, s.t1, DOG) >= 0 || t.findKey(0, t.tokens.length, DOG_EMOJI) >= 0;
}

/** A one-word name in capitals, mid-sentence, beside another word in capitals ("The Idiot", "Traitors' Gate"). */
export function titled(t: TextAnalysis, h: Pick<Hit, 't0' | 't1'>): boolean {
  if (h.t1 - h.t0 !== 1 || !properNoun(t, h.t0, h.t1) || t.sentenceOf(h.t0).t0 === h.t0) return false;
  const before = h.t0 - 1;
  if (before > t.sentenceOf(h.t0).t0 && properNoun(t, before, h.t0) && !(t.tokens[before]!.flags & MENTION)) return true;
  return h.t1 < t.sentenceOf(h.t0).t1 && properNoun(t, h.t1, h.t1 + 1) && !(t.tokens[h.t1]!.flags & MENTION);
}

/** Tokens [a, b) are each written with a capital and then small letters ("End", not "END"). */
function properNoun(t: TextAnalysis, a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    const word = t.original(i);
    if (!t.capitalised(i) || word.length < 2 || word.slice(1) === word.slice(1).toUpperCase()) return false;
  }
  return true;
}

/**
 * "bitch of a day", "joke of a rota": the noun describes a thing, not a person; but "knob of a
 * receptionist", "bitch of a manager" describe the person named after it.
 */
export function ofA(t: TextAnalysis, h: Hit): boolean {
  if (t.key(h.t1) !== 'of' || (t.key(h.t1 + 1) !== 'a' && t.key(h.t1 + 1) !== 'an')) return false;
  for (let i = h.t1 + 2; i < h.t1 + 4; i++) if (PERSON_NOUN.has(t.key(i))) return false;
  return true;
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

/** The mention at token i names whose words are shared ("RT @x:", "via @x"), not whom they are aimed at. */
export function attribution(t: TextAnalysis, i: number): boolean {
  const k = t.key(i - 1);
  return k === 'rt' || k === 'via';
}

/** A mention in the sentence that is not one of the user's own accounts. */
function otherMention(t: TextAnalysis, sentence: { t0: number; t1: number }, own: ReadonlySet<string>): number {
  for (let i = sentence.t0; i < sentence.t1; i++) {
    const tok = t.tokens[i]!;
    if (tok.flags & MENTION && !own.has(tok.k.slice(1)) && !attribution(t, i)) return i;
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
    // "calling your manager a cockwomble": the name is for the person "your" introduces.
    if (noun && i < h.t0 && POSSESSIVE_YOU.has(t.key(i)) && PERSON_NOUN.has(t.key(i + 1))) continue;
    if (SECOND_PERSON.has(t.key(i))) return 'you';
  }
  if (!noun) return null;
  // "you're a jumped-up tool", "ur a lycra-clad knob": the copula, an article and descriptions before the name.
  for (let i = Math.max(sent.t0, h.t0 - 5); i < h.t0 - 3; i++) {
    if (["you're", 'youre', 'ur'].includes(t.key(i)) && (t.key(i + 1) === 'a' || t.key(i + 1) === 'an')) return 'you';
  }
  if (otherMention(t, sent, own) >= 0) return 'mention';
  if (isReply(post)) return 'reply';
  for (let i = h.t0 - 1; i >= Math.max(sent.t0, h.t0 - 3); i--) {
    const k = t.key(i);
    // "what a muppet", "such a clown"; not "what every workplace bully says".
    if ((k === 'what' || k === 'such') && i < h.t0 - 1 && !NAME_NEXT.has(t.key(i + 1))) continue;
    if (NAME_LEAD.has(k) || THIRD_IS.has(k)) return 'third';
    // "man's a walking liability", "the new porter's a creep"
    if (k.endsWith("'s") && PERSON_NOUN.has(k.slice(0, -2)) && (t.key(i + 1) === 'a' || t.key(i + 1) === 'an')) return 'third';
  }
  // "Idiot." / "Absolute muppet!": a name on its own is said of whoever the post is about (not the
  // user, when they tag themselves: "@me muppet").
  if (sent.t1 - sent.t0 <= 3 && h.t1 === sent.t1 && !ownMention(t, sent, own)) return 'third';
  return null;
}

