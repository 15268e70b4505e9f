/**
 * The UK-health identifier set: seeded, deterministic synthetic posts that reveal a service user
 * (NHS numbers with a valid modulus-11 check digit, Presidio-valid National Insurance numbers,
 * real-format postcodes, Ofcom drama-range phone numbers, dates of birth, beds/bays/wards,
 * age + condition + place) with the span of each identifier, plus hard negatives that look like
 * identifiers but reveal nobody (checksum-invalid NHS-like numbers, 10-digit order numbers,
 * conference dates, shift times, public clinic lines, business addresses).
 *
 * Every name and place of care is fictional; phone numbers are from Ofcom's drama ranges; emails
 * use the reserved example.* domains. Towns are real, so the postcodes look real.
 *
 *   tsx eval/generate-identifiers.ts [--seed N] [--out file.jsonl]   (default: JSONL on stdout)
 */
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { Recommendation } from '../src/model/finding.js';
import type { Split } from './data.js';
import { mulberry32 } from './metrics.js';

export const DEFAULT_SEED = 20240901;

/** What an expected span identifies. */
export type IdentifierType =
  | 'nhs'
  | 'nino'
  | 'postcode'
  | 'address'
  | 'phone'
  | 'email'
  | 'dob'
  | 'name'
  | 'bed'
  | 'ward'
  | 'hospital'
  | 'age'
  | 'place'
  | 'occupation';

/** Look-alikes in hard negatives: spans that must not be reported as a service user's identifier. */
export type DecoyType =
  | 'nhs-invalid'
  | 'order-number'
  | 'event-date'
  | 'shift-time'
  | 'clinic-phone'
  | 'business-address'
  | 'business-postcode'
  | 'own-age'
  | 'colleague-name';

export interface Span<T extends string = string> {
  start: number;
  end: number;
  type: T;
}

export interface IdentifierItem {
  id: string;
  text: string;
  /** The template family, e.g. "nhs-number" or "neg-order-number". */
  family: string;
  /** True when the post reveals a service user and should be flagged for confidentiality. */
  positive: boolean;
  label: Recommendation;
  split: Split;
  spans: Span<IdentifierType>[];
  decoys: Span<DecoyType>[];
}

// ---------------------------------------------------------------------------------------------
// Identifier rules

/** The NHS modulus-11 check digit for the first nine digits, or null when no valid digit exists (remainder gives 10). */
export function nhsCheckDigit(nine: string): number | null {
  if (!/^\d{9}$/.test(nine)) throw new Error(`nhsCheckDigit: need 9 digits, got "${nine}"`);
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(nine[i]) * (10 - i);
  const check = 11 - (sum % 11);
  if (check === 11) return 0;
  if (check === 10) return null;
  return check;
}

/** A 10-digit NHS number (spaces and hyphens ignored) whose last digit is the modulus-11 check digit. */
export function isValidNhsNumber(value: string): boolean {
  const digits = value.replace(/[\s-]/g, '');
  if (!/^\d{10}$/.test(digits)) return false;
  const check = nhsCheckDigit(digits.slice(0, 9));
  return check !== null && check === Number(digits[9]);
}

/** Presidio's UK_NINO pattern (uk_nino_recognizer.py), anchored to the whole value. */
export const PRESIDIO_NINO =
  /^(?!bg|gb|nk|kn|nt|tn|zz|BG|GB|NK|KN|NT|TN|ZZ) ?([a-ceghj-pr-tw-zA-CEGHJ-PR-TW-Z]{1}[a-ceghj-npr-tw-zA-CEGHJ-NPR-TW-Z]{1}) ?([0-9]{2}) ?([0-9]{2}) ?([0-9]{2}) ?([a-dA-D{1}])$/;

/** Presidio's strict UK_POSTCODE pattern (uk_postcode_recognizer.py), anchored. */
export const PRESIDIO_POSTCODE =
  /^(GIR\s?0AA|[A-PR-UWYZ][0-9][ABCDEFGHJKPSTUW]?\s?[0-9][ABD-HJLNP-UW-Z]{2}|[A-PR-UWYZ][0-9]{2}\s?[0-9][ABD-HJLNP-UW-Z]{2}|[A-PR-UWYZ][A-HK-Y][0-9][ABEHMNPRVWXY]?\s?[0-9][ABD-HJLNP-UW-Z]{2}|[A-PR-UWYZ][A-HK-Y][0-9]{2}\s?[0-9][ABD-HJLNP-UW-Z]{2})$/;

/** Ofcom's drama ranges used here: 07700 900xxx, 0113/0161 496 0xxx, 020 7946 0xxx, 01632 960xxx. */
export function isDramaPhone(value: string): boolean {
  const d = value.replace(/[\s()-]/g, '').replace(/^\+44/, '0');
  return /^07700900\d{3}$/.test(d) || /^0(113|161)4960\d{3}$/.test(d) || /^02079460\d{3}$/.test(d) || /^01632960\d{3}$/.test(d);
}

// ---------------------------------------------------------------------------------------------
// Seeded randomness

export class Rand {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  float(): number {
    return this.next();
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  digits(n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += String(this.int(0, 9));
    return s;
  }
}

function group334(d: string, r: Rand): string {
  const style = r.int(0, 5);
  if (style <= 2) return `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`;
  if (style === 3) return `${d.slice(0, 3)}-${d.slice(3, 6)}-${d.slice(6)}`;
  return d;
}

/** A checksum-valid NHS number: England/Wales ranges 400–499m and 600–799m, or the 999 test range. */
export function makeNhsNumber(r: Rand): string {
  for (;;) {
    const band = r.int(0, 4);
    const lead = band === 0 ? '999' : band <= 2 ? String(r.int(400, 499)) : String(r.int(600, 799));
    const nine = lead + r.digits(6);
    const check = nhsCheckDigit(nine);
    if (check !== null) return group334(nine + String(check), r);
  }
}

/** A 10-digit NHS-like number whose check digit is wrong (or whose remainder allows none). */
export function makeInvalidNhsNumber(r: Rand): string {
  const nine = String(r.int(400, 799)) + r.digits(6);
  const check = nhsCheckDigit(nine);
  const wrong = check === null ? r.int(0, 9) : (check + r.int(1, 9)) % 10;
  return group334(nine + String(wrong), r);
}

const NINO_FIRST = 'ABCEGHJKLMNOPRSTWXYZ';
const NINO_SECOND = 'ABCEGHJKLMNPRSTWXYZ';
const NINO_BANNED = new Set(['BG', 'GB', 'NK', 'KN', 'NT', 'TN', 'ZZ']);

export function makeNino(r: Rand): string {
  for (;;) {
    const prefix = r.pick([...NINO_FIRST]) + r.pick([...NINO_SECOND]);
    if (NINO_BANNED.has(prefix)) continue;
    const d = r.digits(6);
    const suffix = r.pick(['A', 'B', 'C', 'D']);
    return r.chance(0.6) ? `${prefix} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${suffix}` : `${prefix}${d}${suffix}`;
  }
}

const OUTWARD = ['LS6', 'LS11', 'LS27', 'BD7', 'BD18', 'HX1', 'HX7', 'WF5', 'WF13', 'WF17', 'HD1', 'HD9', 'M14', 'S10', 'YO1', 'NE6', 'L8', 'B15', 'SW9', 'E8'];
const INWARD_LETTERS = 'ABDEFGHJLNPQRSTUWXYZ';

export function makePostcode(r: Rand): string {
  return `${r.pick(OUTWARD)} ${r.int(1, 9)}${r.pick([...INWARD_LETTERS])}${r.pick([...INWARD_LETTERS])}`;
}

export function makeMobile(r: Rand): string {
  const n = String(r.int(0, 999)).padStart(3, '0');
  const style = r.int(0, 3);
  return style === 0 ? `07700900${n}` : style === 1 ? `+44 7700 900${n}` : `07700 900${n}`;
}

export function makeLandline(r: Rand): string {
  const n = String(r.int(0, 999)).padStart(3, '0');
  return r.pick([`0113 496 0${n}`, `0161 496 0${n}`, `020 7946 0${n}`, `01632 960${n}`, `(0113) 496 0${n}`]);
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function ordinal(n: number): string {
  const s = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${s}`;
}

export function makeDate(r: Rand, fromYear: number, toYear: number): string {
  const y = r.int(fromYear, toYear);
  const m = r.int(1, 12);
  const d = r.int(1, 28);
  const dd = String(d).padStart(2, '0');
  const mm = String(m).padStart(2, '0');
  switch (r.int(0, 4)) {
    case 0:
      return `${dd}/${mm}/${y}`;
    case 1:
      return `${d} ${MONTHS[m - 1]} ${y}`;
    case 2:
      return `${ordinal(d)} ${MONTHS[m - 1]} ${y}`;
    case 3:
      return `${y}-${mm}-${dd}`;
    default:
      return `${dd}.${mm}.${String(y).slice(2)}`;
  }
}

// ---------------------------------------------------------------------------------------------
// Vocabulary (fictional people and places of care)

const FIRST_F = ['Margaret', 'Jean', 'Sandra', 'Irene', 'Brenda', 'Pauline', 'Shirley', 'Maureen', 'Doreen', 'Eileen', 'Aisha', 'Priya', 'Agnieszka', 'Funmi', 'Siobhan', 'Bethan', 'Chelsea', 'Leah', 'Fatima', 'Ama', 'Morag', 'Hollie', 'Kerry', 'Nasreen'];
const FIRST_M = ['Derek', 'Harold', 'Trevor', 'Keith', 'Colin', 'Graham', 'Dennis', 'Roy', 'Barry', 'Malcolm', 'Imran', 'Tomasz', 'Chidi', 'Declan', 'Rhys', 'Kyle', 'Jordan', 'Mohammed', 'Kwame', 'Ewan', 'Stanley', 'Wilf', 'Callum', 'Jamal'];
const SURNAMES = ['Hollins', 'Tattersall', 'Brayshaw', 'Ackroyd', 'Sutcliffe', 'Hepworth', 'Mistry', 'Okafor', 'Kowalski', 'Nowak', 'Gallagher', 'Byrne', 'Pritchard', 'Llewellyn', 'Haigh', 'Crowther', 'Rafiq', 'Begum', 'Osei', 'Mensah', 'Fairclough', 'Whitworth', 'Thackeray', 'Greenwood', 'Dobson', 'McAllister', 'Fraser', 'Quigley', 'Ellwood', 'Pearson', 'Stansfield', 'Lumb'];
const HOSPITALS = ['Northgate General', "St Aldric's Hospital", 'Kirkdale Royal Infirmary', 'Harrowfield District Hospital', 'Calderbrook General', 'Westmoor Community Hospital', "Queen Adelaide's Hospital"];
const WARDS = ['Ward 12', 'Ward 4 East', 'Ward 23', 'Beech Ward', 'Ward 7B', 'Rowan Ward', 'Larch Ward', 'Ward 31', 'the acute stroke unit', 'AMU'];
const TOWNS = ['Ossett', 'Morley', 'Batley', 'Skipton', 'Holmfirth', 'Brighouse', 'Todmorden', 'Keighley', 'Pudsey', 'Castleford', 'Rothwell', 'Shipley', 'Otley', 'Dewsbury', 'Heckmondwike', 'Mirfield', 'Barnoldswick', 'Hebden Bridge', 'Wetherby', 'Knaresborough'];
const STREETS = ['Beech Grove', 'Crossley Street', 'Moorland Road', 'Chapel Lane', 'Victoria Terrace', 'Albion Street', 'Park View', 'Mill Lane', 'Church Walk', 'Station Road', 'Woodlands Drive', 'Clough Road'];
const CONDITIONS = ['a fractured neck of femur', 'COPD', 'a stroke', 'early-onset dementia', 'breast cancer', 'motor neurone disease', 'a below-knee amputation', "Parkinson's", 'schizophrenia', 'an overdose', 'HIV', 'bowel cancer', 'a miscarriage', 'alcohol-related liver disease', 'type 1 diabetes', 'MS', 'a spinal cord injury', 'anorexia', 'a brain tumour', 'sepsis'];
const OCCUPATIONS = ['retired miner', 'primary school teacher', 'taxi driver', 'local councillor', 'vicar', 'postman', 'dinner lady', 'GP receptionist', 'bus driver', 'pub landlord', 'sheep farmer', 'football coach', 'hairdresser', 'head teacher', 'church organist'];
const RELATIONS = ['His daughter', 'Her son', 'The patient\'s wife', 'His partner', 'Her niece', 'The next of kin'];
const CONFERENCES = ['the regional AHP conference', 'the Society of Radiographers annual conference', 'our paramedic research symposium', 'the BASW practice day', 'the pelvic health study day', 'the OT student showcase', 'the MSK research network meeting'];
const VENUES = ['the Royal Armouries, Leeds', 'Manchester Central', 'the ICC Birmingham', 'the University of Huddersfield', 'Harrogate Convention Centre', 'the EICC, Edinburgh'];
const SERVICES = ['MSK physio', 'community therapy', 'podiatry', 'sexual health booking', 'adult social care front door', 'wheelchair service', 'speech and language therapy', 'hand therapy'];

function personName(r: Rand): { full: string; title: string; female: boolean; first: string; surname: string } {
  const female = r.chance(0.55);
  const first = r.pick(female ? FIRST_F : FIRST_M);
  const surname = r.pick(SURNAMES);
  const title = female ? r.pick(['Mrs', 'Ms', 'Miss']) : 'Mr';
  return { full: `${first} ${surname}`, title, female, first, surname };
}

// ---------------------------------------------------------------------------------------------
// Template builder: interpolated slots become spans

interface Slot {
  slot: IdentifierType | DecoyType;
  value: string;
  decoy: boolean;
}
const id = (type: IdentifierType, value: string | number): Slot => ({ slot: type, value: String(value), decoy: false });
const decoy = (type: DecoyType, value: string | number): Slot => ({ slot: type, value: String(value), decoy: true });

interface Built {
  text: string;
  spans: Span<IdentifierType>[];
  decoys: Span<DecoyType>[];
}

function tpl(strings: TemplateStringsArray, ...values: (string | number | Slot)[]): Built {
  let text = strings[0] ?? '';
  const spans: Span<IdentifierType>[] = [];
  const decoys: Span<DecoyType>[] = [];
  values.forEach((v, i) => {
    if (typeof v === 'object') {
      const start = text.length;
      text += v.value;
      if (v.decoy) decoys.push({ start, end: text.length, type: v.slot as DecoyType });
      else spans.push({ start, end: text.length, type: v.slot as IdentifierType });
    } else {
      text += String(v);
    }
    text += strings[i + 1] ?? '';
  });
  return { text, spans, decoys };
}

interface Family {
  name: string;
  positive: boolean;
  count: number;
  make(r: Rand): Built & { label?: Recommendation };
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const FAMILIES: Family[] = [
  {
    name: 'nhs-number',
    positive: true,
    count: 40,
    make(r) {
      const p = personName(r);
      const nhs = id('nhs', makeNhsNumber(r));
      switch (r.int(0, 5)) {
        case 0:
          return tpl`Can someone chase the bloods for ${id('name', `${p.title} ${p.surname}`)}, NHS no ${nhs}? Lab has lost the sample again.`;
        case 1:
          return tpl`${nhs} is the NHS number for the ${p.female ? 'lady' : 'gent'} in bed ${id('bed', r.int(1, 28))} if anyone's doing the discharge letter.`;
        case 2:
          return tpl`Handover: ${id('name', p.full)}, NHS number ${nhs}, ${r.pick(CONDITIONS)}, for physio review tomorrow.`;
        case 3:
          return tpl`Anyone recognise this NHS no? ${nhs}. ${p.female ? 'Woman' : 'Man'} came in confused from ${id('place', r.pick(TOWNS))}, no ID on them.`;
        case 4:
          return tpl`Referral sent for ${id('name', `${p.title} ${p.surname}`)} (NHS ${nhs}) to community OT. Fingers crossed for a quick visit.`;
        default:
          return tpl`Typed ${nhs} into the system and got the wrong patient again 🙄 ${id('name', p.full)} is definitely not 104.`;
      }
    },
  },
  {
    name: 'nino',
    positive: true,
    count: 30,
    make(r) {
      const p = personName(r);
      const nino = id('nino', makeNino(r));
      switch (r.int(0, 3)) {
        case 0:
          return tpl`NI number for the ${p.female ? 'lady' : 'gent'} in bay ${id('bed', r.int(1, 6))} is ${nino}. Benefits advice team, over to you.`;
        case 1:
          return tpl`Helping ${id('name', p.full)} with ${p.female ? 'her' : 'his'} PIP form today. NI no ${nino}, ${p.female ? 'she' : 'he'}'d lost the letter.`;
        case 2:
          return tpl`${nino} - can anyone check if this national insurance number is linked to ${id('name', `${p.title} ${p.surname}`)}'s carer's allowance claim?`;
        default:
          return tpl`Note to self: ${id('name', p.surname)} NINO ${nino}, chase DWP on Monday about the ${r.pick(['ESA', 'PIP', 'Universal Credit'])} claim.`;
      }
    },
  },
  {
    name: 'postcode-address',
    positive: true,
    count: 30,
    make(r) {
      const p = personName(r);
      const pc = id('postcode', makePostcode(r));
      const street = `${r.int(1, 120)} ${r.pick(STREETS)}`;
      switch (r.int(0, 3)) {
        case 0:
          return tpl`Home visit list tomorrow: ${id('name', `${p.title} ${p.surname}`)}, ${id('address', street)}, ${pc}. ${cap(r.pick(CONDITIONS))}, lives alone.`;
        case 1:
          return tpl`Can community physio pick up a referral at ${pc}? ${id('age', r.int(60, 95))}-year-old after ${r.pick(CONDITIONS)}, struggling with the stairs.`;
        case 2:
          return tpl`Safeguarding visit at ${id('address', street)}, ${id('place', r.pick(TOWNS))} ${pc} this afternoon. Third referral for this family.`;
        default:
          return tpl`Dropped ${id('name', p.full)}'s walking frame round to ${pc} on my way home, ${p.female ? 'she' : 'he'}'d left it on the ward.`;
      }
    },
  },
  {
    name: 'phone',
    positive: true,
    count: 30,
    make(r) {
      const p = personName(r);
      const phone = id('phone', r.chance(0.7) ? makeMobile(r) : makeLandline(r));
      switch (r.int(0, 3)) {
        case 0:
          return tpl`${r.pick(RELATIONS)} left a number for a callback: ${phone}. Whoever's on tomorrow please ring re ${id('name', `${p.title} ${p.surname}`)}'s discharge.`;
        case 1:
          return tpl`If anyone's on the ward later, ${id('name', p.full)}'s son is on ${phone}, he wants an update on his ${p.female ? 'mum' : 'dad'}.`;
        case 2:
          return tpl`Patient's wife keeps ringing from ${phone}. ${id('name', `${p.title} ${p.surname}`)} is fine, just waiting for a scan!`;
        default:
          return tpl`Please RT: we need to contact the family of ${id('name', p.full)}, admitted to ${id('hospital', r.pick(HOSPITALS))} last night. Daughter's mobile ${phone}.`;
      }
    },
  },
  {
    name: 'date-of-birth',
    positive: true,
    count: 30,
    make(r) {
      const p = personName(r);
      const dob = id('dob', makeDate(r, 1925, 2004));
      switch (r.int(0, 3)) {
        case 0:
          return tpl`${id('name', p.full)}, DOB ${dob}, ${r.pick(CONDITIONS)}. Does anyone know if ${p.female ? 'she' : 'he'}'s been referred on?`;
        case 1:
          return tpl`Unknown ${p.female ? 'woman' : 'man'} came in unconscious, now says ${p.female ? 'she' : 'he'}'s ${id('name', p.full)}, born ${dob}. Family please contact ${id('ward', r.pick(WARDS))}.`;
        case 2:
          return tpl`Happy birthday to my favourite patient ${id('name', p.first)}, born ${dob}! Celebrating on ${id('ward', r.pick(WARDS))} today 🎂`;
        default:
          return tpl`d.o.b. ${dob} and still the fastest on the rehab bike: ${id('name', `${p.title} ${p.surname}`)} is a legend.`;
      }
    },
  },
  {
    name: 'bed-ward',
    positive: true,
    count: 30,
    make(r) {
      const p = personName(r);
      const ward = id('ward', r.pick(WARDS));
      switch (r.int(0, 3)) {
        case 0:
          return tpl`${id('name', `${p.title} ${p.surname}`)} in bed ${id('bed', r.int(1, 28))} on ${ward} at ${id('hospital', r.pick(HOSPITALS))} has ${r.pick(CONDITIONS)}. Thinking of ${p.female ? 'her' : 'him'} tonight.`;
        case 1:
          return { ...tpl`Bay ${id('bed', r.int(1, 6))}, bed ${id('bed', r.int(1, 6))}, ${ward}: ${id('age', r.int(19, 97))}-year-old ${r.pick(OCCUPATIONS)} with ${r.pick(CONDITIONS)}, family aware.`, label: 'review' };
        case 2:
          return { ...tpl`The ${p.female ? 'lady' : 'gent'} in side room ${id('bed', r.int(1, 8))} on ${ward} at ${id('hospital', r.pick(HOSPITALS))} is ${id('age', r.int(80, 103))} today and the whole team sang to ${p.female ? 'her' : 'him'}.`, label: 'review' };
        default:
          return tpl`Whiteboard update, ${ward}: bed ${id('bed', r.int(1, 28))} ${id('name', p.surname)}, ${r.pick(CONDITIONS)}, nil by mouth from midnight.`;
      }
    },
  },
  {
    name: 'age-condition-place',
    positive: true,
    count: 35,
    make(r) {
      const occ = id('occupation', r.pick(OCCUPATIONS));
      const town = id('place', r.pick(TOWNS));
      const cond = r.pick(CONDITIONS);
      switch (r.int(0, 3)) {
        case 0:
          return tpl`The ${id('age', r.int(18, 95))}-year-old ${occ} from ${town} who came in with ${cond} is stable tonight. So sad.`;
        case 1:
          return { ...tpl`Home visit in ${town} today: ${id('age', r.int(60, 99))}, ${occ}, ${cond}, still does her own shopping. Inspirational.`, label: 'review' };
        case 2:
          return tpl`You'd never guess the ${occ} in ${town} is on my caseload with ${cond}.`;
        default:
          return tpl`${id('age', r.int(18, 95))}yo from ${town} admitted to ${id('hospital', r.pick(HOSPITALS))} with ${cond} after a fall at the ${r.pick(['bowls club', 'Co-op', 'leisure centre', 'school gates', 'garden centre'])}.`;
      }
    },
  },
  {
    name: 'name-condition',
    positive: true,
    count: 30,
    make(r) {
      const p = personName(r);
      const cond = r.pick(CONDITIONS);
      switch (r.int(0, 3)) {
        case 0:
          return tpl`${id('name', p.full)} from ${id('place', r.pick(TOWNS))} came in with ${cond} today. Small world!`;
        case 1:
          return tpl`Guess who was in clinic with ${cond}? ${id('name', p.full)}, the ${id('occupation', r.pick(OCCUPATIONS))} from ${id('place', r.pick(TOWNS))}.`;
        case 2:
          return tpl`So proud of ${id('name', p.full)}, walking again after ${r.pick(['a stroke', 'a spinal cord injury', 'a below-knee amputation', 'a fractured neck of femur', 'sepsis'])}. Told everyone at the gym about it.`;
        default:
          return tpl`Sad news: ${id('name', `${p.title} ${p.surname}`)}, who many of you will know from ${id('place', r.pick(TOWNS))} market, has been diagnosed with ${cond}.`;
      }
    },
  },
  {
    name: 'email',
    positive: true,
    count: 20,
    make(r) {
      const p = personName(r);
      const email = id('email', `${p.first.toLowerCase()}.${p.surname.toLowerCase()}${r.int(1, 99)}@${r.pick(['example.com', 'example.org', 'example.net'])}`);
      switch (r.int(0, 2)) {
        case 0:
          return tpl`${id('name', p.full)}'s daughter wants the results emailed to ${email}. Can someone on ${id('ward', r.pick(WARDS))} send them?`;
        case 1:
          return tpl`Patient asked me to email ${p.female ? 'her' : 'his'} exercise plan to ${email} - ${r.pick(CONDITIONS)} rehab, week 3.`;
        default:
          return tpl`Carer for ${id('name', `${p.title} ${p.surname}`)} is ${email} if the social worker needs to get in touch.`;
      }
    },
  },
  // ---- hard negatives ------------------------------------------------------------------------
  {
    name: 'neg-invalid-nhs',
    positive: false,
    count: 25,
    make(r) {
      const n = decoy('nhs-invalid', makeInvalidNhsNumber(r));
      switch (r.int(0, 4)) {
        case 0:
          return tpl`Reference ${n} for the parking fine appeal. Third letter this month, I'm losing the will.`;
        case 1:
          return tpl`Ticket no. ${n} for the conference shuttle bus, keeping it here so I don't lose it.`;
        case 2:
          return tpl`Quote ref ${n} for the conservatory. Robbery, but the kids need somewhere to play.`;
        case 3:
          return tpl`Claim number ${n} for the car insurance after the hospital car park prang.`;
        default:
          return tpl`Kit serial ${n} on the new bladder scanner: logging it here for the asset register.`;
      }
    },
  },
  {
    name: 'neg-order-number',
    positive: false,
    count: 25,
    make(r) {
      const n = decoy('order-number', r.digits(10));
      switch (r.int(0, 3)) {
        case 0:
          return tpl`Order ${n} still hasn't arrived. Three weeks for a pair of scrubs is taking the mick.`;
        case 1:
          return tpl`Booking ref ${n} for the train to ${r.pick(VENUES)}. Anyone else from the trust on the 06:12?`;
        case 2:
          return tpl`Tracking number ${n} says my new trainers are "in transit" somewhere near Doncaster.`;
        default:
          return tpl`Invoice ${n} paid for the clinic's new plinth. Exciting times in private practice.`;
      }
    },
  },
  {
    name: 'neg-event-date',
    positive: false,
    count: 25,
    make(r) {
      const date = decoy('event-date', makeDate(r, 2019, 2025));
      switch (r.int(0, 2)) {
        case 0:
          return tpl`Save the date: ${r.pick(CONFERENCES)} is on ${date} at ${r.pick(VENUES)}. Abstracts open soon.`;
        case 1:
          return tpl`Running a CPD webinar on ${date} at 7pm on ${r.pick(['vestibular rehab', 'falls prevention', 'pelvic health', 'frailty'])}. Free to members.`;
        default:
          return tpl`Registration for ${r.pick(CONFERENCES)} closes ${date}. Early bird rate ends a month before.`;
      }
    },
  },
  {
    name: 'neg-shift-time',
    positive: false,
    count: 20,
    make(r) {
      const start = `${String(r.pick([7, 8, 13, 14, 19, 20])).padStart(2, '0')}:${r.pick(['00', '15', '30', '45'])}`;
      const end = `${String(r.pick([8, 15, 17, 20, 21, 22])).padStart(2, '0')}:${r.pick(['00', '15', '30'])}`;
      const t = decoy('shift-time', `${start}-${end}`);
      switch (r.int(0, 2)) {
        case 0:
          return tpl`Rota's out: ${r.pick(['earlies', 'lates', 'long days', 'nights'])} ${t} ${r.pick(['Mon-Wed', 'all week', 'Fri-Sun'])}. Balance, what's that?`;
        case 1:
          return tpl`On shift ${t} tomorrow, so if you need me it'll have to be before then.`;
        default:
          return tpl`Clinic runs ${t} on ${r.pick(['Tuesdays', 'Thursdays', 'Saturdays'])} from next month.`;
      }
    },
  },
  {
    name: 'neg-clinic-phone',
    positive: false,
    count: 25,
    make(r) {
      const phone = decoy('clinic-phone', makeLandline(r));
      const service = r.pick(SERVICES);
      switch (r.int(0, 2)) {
        case 0:
          return tpl`Our ${service} line is open 8:30-17:00 on ${phone} for self-referrals. Please don't use it for emergencies.`;
        case 1:
          return tpl`The ${service} team has a new number: ${phone}. The old one diverts until the end of the month.`;
        default:
          return tpl`Clinic closed Monday for staff training. Urgent queries to the ${service} duty line, ${phone}.`;
      }
    },
  },
  {
    name: 'neg-business-address',
    positive: false,
    count: 15,
    make(r) {
      const street = decoy('business-address', `${r.int(1, 200)} ${r.pick(STREETS)}`);
      const pc = decoy('business-postcode', makePostcode(r));
      return r.chance(0.5)
        ? tpl`Our clinic has moved to ${street}, ${r.pick(TOWNS)} ${pc}. Free parking round the back!`
        : tpl`Open day at the practice, ${street}, ${pc}, on Saturday: meet the team and see the gym.`;
    },
  },
  {
    name: 'neg-own-age',
    positive: false,
    count: 15,
    make(r) {
      switch (r.int(0, 2)) {
        case 0:
          return tpl`My son turns ${decoy('own-age', r.int(3, 16))} today and wants a dinosaur cake. I have 2 hours after a late shift.`;
        case 1:
          return tpl`I'm ${decoy('own-age', r.int(30, 58))} and just ran my first marathon. Knees, forgive me.`;
        default:
          return tpl`Happy ${decoy('own-age', r.pick([60, 65, 70, 75, 80]))}th birthday to my mum, still the best cook in ${r.pick(TOWNS)}.`;
      }
    },
  },
  {
    name: 'neg-colleague-name',
    positive: false,
    count: 15,
    make(r) {
      const p = personName(r);
      switch (r.int(0, 2)) {
        case 0:
          return tpl`Congratulations to ${decoy('colleague-name', p.full)} on passing ${p.female ? 'her' : 'his'} MSc with distinction!`;
        case 1:
          return tpl`Welcome to the team, ${decoy('colleague-name', p.full)}, our new band 6 ${r.pick(['OT', 'physio', 'radiographer', 'social worker'])}.`;
        default:
          return tpl`Farewell to ${decoy('colleague-name', p.full)}, retiring after ${r.int(20, 40)} years at ${r.pick(HOSPITALS)}. The department won't be the same.`;
      }
    },
  },
];

/** Generates the set. Same seed, same items, on every machine. */
export function generateIdentifierSet(seed = DEFAULT_SEED): IdentifierItem[] {
  const items: IdentifierItem[] = [];
  const seenText = new Set<string>();
  FAMILIES.forEach((family, f) => {
    const r = new Rand(seed + f * 7919);
    let made = 0;
    let attempts = 0;
    while (made < family.count) {
      if (++attempts > family.count * 50) throw new Error(`generateIdentifierSet: could not make ${family.count} distinct ${family.name} posts`);
      const built = family.make(r);
      if (seenText.has(built.text)) continue;
      seenText.add(built.text);
      items.push({
        id: '',
        text: built.text,
        family: family.name,
        positive: family.positive,
        label: family.positive ? (built.label ?? 'delete') : 'keep',
        // Every third or so item of each family is dev (30%), the rest test.
        split: [2, 5, 8].includes(made % 10) ? 'dev' : 'test',
        spans: built.spans,
        decoys: built.decoys,
      });
      made++;
    }
  });
  items.forEach((item, i) => (item.id = `ident-${String(i + 1).padStart(4, '0')}`));
  return items;
}

function main(argv: string[]): void {
  let seed = DEFAULT_SEED;
  let out: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--seed') seed = Number(argv[++i]);
    else if (argv[i] === '--out') out = argv[++i] ?? null;
    else throw new Error(`unknown argument ${argv[i]} (use --seed N, --out file.jsonl)`);
  }
  if (!Number.isInteger(seed)) throw new Error('--seed needs an integer');
  const jsonl = generateIdentifierSet(seed)
    .map((item) => JSON.stringify(item))
    .join('\n');
  if (out) writeFileSync(out, jsonl + '\n');
  else process.stdout.write(jsonl + '\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main(process.argv.slice(2));
