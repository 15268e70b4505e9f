import type { Rule } from '../types.js';
import { analyse, loadLexicon, q, qList } from '../text/index.js';
import type { Hit, TextAnalysis } from '../text/index.js';
import { patientRefs } from '../common/lexicons.js';
import { ukPlaces } from '../common/people.js';

const IMAGE_CONTEXT = loadLexicon(new URL('./image-context.txt', import.meta.url));

const VISUAL = new Set(['photo', 'video', 'animated_gif', 'unknown']);
/** "31 years in the department": a length of service, not where the photo was taken. */
const TENURE = new Set(['year', 'years', 'yrs', 'months', 'decades', 'decade', 'career']);
/** Records that can be read in the picture ("names in the corner", "whiteboard in the background, oops"). */
const READABLE = new Set(['names', 'name', 'visible', 'readable', 'legible', 'oops', 'details', 'whoops', 'addresses', 'dob', 'dobs', 'numbers', 'surnames']);
/** Celebrations and team occasions. */
const CELEBRATION = new Set(['happy', 'celebrating', 'celebrate', 'celebration', 'celebrations', 'eid', 'diwali', 'christmas', 'xmas', 'hanukkah', 'chanukah', 'ramadan', 'iftar', 'pride', 'nursesday', 'birthday', 'cake', 'party', 'decorations', 'festive', 'jumper', 'fundraiser', 'bake', 'retirement', 'leaving', 'welcome', 'graduation', 'award', 'awards', 'lunar', 'vaisakhi', 'holi', 'easter', 'display', 'heritage', 'month', 'awareness', 'windrush', 'mubarak', 'lanyard', 'lanyards']);
/** The poster took care: "patient covered", "names blurred", "no patients in shot". */
const MITIGATED = new Set(['covered', 'blurred', 'pixelated', 'cropped', 'hidden', 'anonymised', 'anonymized', 'consent', 'permission', 'redacted', 'removed']);

/** Patients in general ("can't wait to get patients using it"), not one in the picture. */
const PLURAL_PATIENTS = new Set(['patients', 'residents', 'service users', 'clients']);
/** The picture is of a thing made or bought: a poster, slides, kit ("Poster for our conference presentation on hip fracture"). */
const ARTEFACTS = new Set([
  'poster', 'posters', 'presentation', 'slides', 'slide', 'infographic', 'leaflet', 'leaflets', 'certificate', 'dissertation', 'abstract', 'textbook', 'book',
  'mannequin', 'manikin', 'manikins', 'kit', 'equipment', 'machine', 'gym', 'plinth', 'delivery', 'arrived', 'stand', 'display', 'banner', 'mural', 'artwork',
  'logo', 'sign', 'signage', 'sim', 'simulation', 'model', 'conference', 'award', 'training', 'garden', 'refurb', 'refurbished', 'makeover', 'opened', 'opening',
]);
/** What people in a picture are doing ("patients joined in", "residents enjoying", "patients dancing"). Second pass, issue 6. */
const PARTAKE = new Set([
  'joined', 'joining', 'join', 'enjoyed', 'enjoying', 'loved', 'loving', 'dancing', 'danced', 'singing', 'sang', 'playing', 'played', 'posing', 'posed',
  'smiling', 'laughing', 'celebrating', 'having', 'getting', 'got', 'took', 'taking', 'showing', 'doing', 'made', 'making', 'baking', 'dressed', 'wearing',
]);
/** A promotion's own before-and-after pictures are the promotion rules' business ("swipe to see ... 8 weeks of my coaching"). */
const PROMO = new Set(['book', 'booking', 'bookings', 'guaranteed', 'guarantee', 'programme', 'program', 'coaching', 'dm', 'swipe', 'offer', 'discount', 'imagine', 'you', 'your']);
/** Selling words, without the "you" of "thank you" (fifth pass). */
const SELLING = new Set([...PROMO].filter((w) => w !== 'you' && w !== 'your').concat(['results', 'weeks', 'wk', 'wks', 'plan', 'swipe', 'b4']));
/** Verbs that make a record the subject of the picture ("Snapped the theatre list", "pic of my caseload diary"). */
const SHOT = new Set(['snapped', 'snap', 'pic', 'photo', 'picture', 'screenshot', 'shot', 'look', 'check', "here's", 'heres', 'this']);

/** "in the background", "in shot", "in the photo": people in the picture (fifth pass). */
const SHOT_PLACES = new Set(['background', 'shot', 'frame', 'photo', 'pic', 'picture', 'selfie', 'video']);
function inShot(t: TextAnalysis, i: number): boolean {
  if (t.key(i) !== 'in') return false;
  return SHOT_PLACES.has(t.key(i + 1)) || (t.key(i + 1) === 'the' && SHOT_PLACES.has(t.key(i + 2)));
}

/** Teaching and quizzes: an anonymised image shown to learn from. Fifth pass. */
const TEACHING = new Set(['quiz', 'students', 'student', 'teaching', 'spot', 'answers', 'foamed', 'foamrad', 'learning', 'finding']);
const PATIENT_WORDS = new Set(['patient', 'patients', 'people', 'person', 'one', 'residents', 'clients', 'faces', 'names']);
const SIMULATED = new Set(['simulator', 'simulation', 'sim', 'mannequin', 'manikin', 'phantom']);
/** "no patients", "no real patient", "nobody in shot", or a simulated case: the picture shows no service user. */
function noPatient(t: TextAnalysis): boolean {
  if (t.findKey(0, t.tokens.length, SIMULATED) >= 0) return true;
  for (let i = 1; i < t.tokens.length; i++) {
    if (!PATIENT_WORDS.has(t.key(i))) continue;
    const p = t.key(i - 1);
    // (Not a consent missing: "no patient consent".)
    if (t.key(i + 1) === 'consent' || t.key(i + 1) === 'permission') continue;
    if (p === 'no' || (t.key(i - 2) === 'no' && (p === 'real' || p === 'actual'))) return true;
  }
  return false;
}

/** Between "my" and a body word: "my own verruca", "my broken wrist x-ray". */
const MY_ADJ = new Set(['own', 'new', 'latest', 'first', 'broken', 'swollen', 'sore', 'dodgy', 'poor', 'bad', 'knee', 'ankle', 'wrist', 'foot', 'hand', 'arm', 'leg', 'chest', 'back', 'hip', 'shoulder']);
function ownedByMe(t: TextAnalysis, i: number): boolean {
  return t.key(i - 1) === 'my' || (t.key(i - 2) === 'my' && MY_ADJ.has(t.key(i - 1)));
}

function contextHits(t: TextAnalysis): { clinical: Hit[]; place: Hit[]; records: boolean } {
  const clinical: Hit[] = [];
  const place: Hit[] = [];
  let records = false;
  const patient = patientRefs(t);
  const future = /\b(?:next week|can't wait|cant wait|soon|will|'ll|tomorrow|coming soon)\b/.test(t.norm);
  const promo = t.findKey(0, t.tokens.length, PROMO) >= 0;
  for (const h of t.hits(IMAGE_CONTEXT)) {
    // "be patient" is not a patient.
    if (t.key(h.t0) === 'patient' && !patient.some((p) => p.t0 === h.t0)) continue;
    if (h.entry.tag === 'place' && t.findKey(Math.max(0, h.t0 - 3), h.t0, TENURE) >= 0) continue;
    // "No surgery needed": a negated word puts nothing in the picture.
    if (t.negatedHit(h)) continue;
    if (h.entry.term.startsWith('before') && promo) continue;
    // (Fifth pass: a client in a promotion's own pictures is the promotion rules' business, as its before-and-after is.)
    if (t.key(h.t0).startsWith('client') && t.findKey(0, t.tokens.length, SELLING) >= 0) continue;
    if (PLURAL_PATIENTS.has(h.entry.term)) {
      // Patients doing something ("patients joined in", "residents loving the singer"): they are in the picture.
      // (Fifth pass: or said to be in the picture, "couple of clients in the background", "patients in shot".)
      if (!future && (t.findKey(h.t1, Math.min(t.tokens.length, h.t1 + 2), PARTAKE) >= 0 || inShot(t, h.t1))) {
        clinical.push(h);
        continue;
      }
      // Patients in general: where the photo was taken at most, and not when they are still to come.
      if (!future) place.push(h);
      continue;
    }
    if (h.entry.tag === 'record') records = true;
    (h.entry.tag === 'place' ? place : clinical).push(h);
  }
  // "my own verruca", "my x-ray from the netball injury": the poster's own body, not a patient's, when
  // no patient is named (second pass, issue 6).
  if (patient.length === 0 && clinical.some((h) => h.entry.tag === 'clinical' && ownedByMe(t, h.t0))) {
    for (let i = clinical.length - 1; i >= 0; i--) if (clinical[i]!.entry.tag === 'clinical') clinical.splice(i, 1);
  }
  // Records alone ("whiteboard in the background") are a risk to check, not a certain breach.
  return { clinical, place, records: records && clinical.every((h) => h.entry.tag === 'record') };
}

export const imagesRule: Rule = {
  meta: {
    id: 'confidentiality/images',
    concern: 'confidentiality',
    topics: ['confidentiality.images'],
    description: 'Photos or videos posted with words placing them at work or showing a patient, scan, wound or records.',
    severity: 'high',
  },
  check(post, { text: t }) {
    const media = post.media.filter((m) => VISUAL.has(m.type));
    if (media.length === 0) return [];
    let { clinical, place, records } = contextHits(t);
    if (clinical.length === 0 && place.length === 0) {
      // The alt text may say what the picture shows ("X-ray of a broken wrist").
      const alt = media.map((m) => m.altText ?? '').filter(Boolean).join(' . ');
      if (!alt) return [];
      const at = analyse({ ...post, text: alt, links: [] });
      ({ clinical, place, records } = contextHits(at));
      if (clinical.length === 0 && place.length === 0) return [];
      const words = [...clinical, ...place].slice(0, 3).map((h) => at.hitSpan(h).text);
      const altNote = ` The image description mentions ${qList(words)}.`;
      const kind = media[0]!.type === 'video' ? 'video' : 'photo';
      return [
        {
          topic: 'confidentiality.images',
          severity: clinical.length ? 'high' : 'medium',
          confidence: records ? 0.6 : clinical.length ? 0.75 : 0.5,
          message: `Posts a ${kind} that appears to be taken at work or show clinical detail.${altNote} Images relating to a service user's care can identify them.`,
          evidence: [],
        },
      ];
    }
    const hits = [...clinical, ...place].sort((a, b) => a.t0 - b.t0);
    const evidence = hits.slice(0, 3).map((h) => t.hitSpan(h));
    const kind = media[0]!.type === 'video' ? 'video' : 'photo';
    // Records that can be read ("names in the corner, oops") or that name places ("visits in Wibsey") identify people.
    const readable = records && (t.findKey(0, t.tokens.length, READABLE) >= 0 || ukPlaces(t).length > 0);
    const mitigated = t.findKey(0, t.tokens.length, MITIGATED) >= 0;
    // Fifth pass (issue 6): the post says no patient is in it ("no patients, just sky", "made on the simulator, no real
    // patient"), or it is an anonymised teaching image ("Anonymised film for the students: spot the fracture", "Radiology
    // quiz ... anonymised"): nothing that identifies anyone, unless a record can be read.
    if (!readable && (noPatient(t) || (mitigated && t.findKey(0, t.tokens.length, TEACHING) >= 0 && patientRefs(t).every((p) => PLURAL_PATIENTS.has(p.entry.term))))) return [];
    // A picture of a thing (a poster, new kit) with no one patient and no record in it.
    if (!records && t.findKey(0, t.tokens.length, ARTEFACTS) >= 0 && !patientRefs(t).some((p) => !PLURAL_PATIENTS.has(p.entry.term))) return [];
    // The record is what was photographed ("Snapped the theatre list", "Pic of my caseload diary"): it can be read.
    const shotOf = records && clinical.some((h) => h.entry.tag === 'record' && t.findKey(Math.max(0, h.t0 - 4), h.t0, SHOT) >= 0);
    // A team celebration where the words name only the place ("Happy Diwali from the ward team 🪔"): nothing clinical to show.
    if (clinical.length === 0 && t.findKey(0, t.tokens.length, CELEBRATION) >= 0 && !/\b(selfie|pic of|photo of|patient|bed|bay)\b/.test(t.norm)) return [];
    const severity = mitigated ? 'medium' : clinical.length ? 'high' : 'medium';
    return [
      {
        topic: 'confidentiality.images',
        severity,
        confidence: mitigated ? 0.55 : readable || shotOf ? 0.8 : records ? 0.65 : clinical.length ? 0.8 : 0.55,
        message: `Posts a ${kind} described with ${q(evidence[0]!)}${evidence.length > 1 ? ` and ${evidence.length - 1} more work detail${evidence.length > 2 ? 's' : ''}` : ''}. Photos from work can show patients, their records or their care, which could identify them.`,
        evidence,
      },
    ];
  },
};
