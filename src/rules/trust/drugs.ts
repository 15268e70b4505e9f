import type { Rule } from '../types.js';
import type { Hit, TextAnalysis } from '../text/index.js';
import { loadLexicon, outermost, q, tidy } from '../text/index.js';
import { onDuty, subjectOf } from './shared.js';
import { patientRefs } from '../common/lexicons.js';

const DRUG_TALK = /\b(weed|coke|ket|pills|gear|charlie|mandy|mdma|score|scored|plug|bag|baggie|gram|stuff|green|bud|sesh)\b/;
/** Verbs of taking a medicine casually rather than as prescribed. */
const CASUAL = new Set(['popped', 'popping', 'pop', 'necked', 'necking', 'neck', 'swallowed', 'downed', 'chucked']);
/** Signs that a medicine was not the poster's to take, or was taken for the effect (their own leftovers alone are not). */
const RX_MISUSE =
  /\b(?:someone else'?s|from (?:work|the ward|the cupboard|the trolley|the stock|the drugs? (?:cupboard|trolley))|nicked|pinched|for fun|recreational(?:ly)?|take the edge off|flew by|so chilled|spaced out|zonked|off my face|buzzing)\b/;
const OWNERS = new Set(["mum's", "mam's", "nan's", "dad's", "gran's", "nana's", "mate's", "friend's", "partner's", "husband's", "wife's", "patient's", "patients'", "grandad's", "flatmate's"]);
const DRUGS = loadLexicon(new URL('./drugs.txt', import.meta.url));
const USE_VERBS = loadLexicon(new URL('./use-verbs.txt', import.meta.url));
/** Professional talk about drugs (harm reduction, teaching, services); a drug hit in such a post is dropped. */
const PROFESSIONAL = loadLexicon(new URL('./drug-work.txt', import.meta.url));

/** A substance counts only with a use verb just before it in its clause ("did some ket", "buying weed"). */
function used(t: TextAnalysis, h: Hit): Hit | undefined {
  const a = Math.max(t.clauseStart(h.t0), h.t0 - 3);
  return t.hitsIn(USE_VERBS, a, h.t0)[0];
}

export const drugsRule: Rule = {
  meta: {
    id: 'trust/drugs',
    concern: 'trust',
    topics: ['trust.drugs'],
    description: 'The poster taking or being high on illegal drugs, much stronger with work context.',
    severity: 'high',
  },
  check(_post, { text: t }) {
    if (!t.has(DRUGS) || t.has(PROFESSIONAL)) return [];
    const found: Array<{ h: Hit; verb?: Hit; hard: boolean }> = [];
    const winking = /asking for a friend|😉|😏|🤫/i.test(t.text);
    for (const h of outermost(t.hits(DRUGS))) {
      const kind = h.entry.tag;
      // "Anyone know a decent dealer? Asking for a friend 😉": the wink makes the question an admission.
      if (t.negated(h.t0) || (t.sentenceOf(h.t0).question && !winking)) continue;
      const subject = subjectOf(t, h);
      if (subject === 'other' && !(winking && t.sentenceOf(h.t0).question)) continue;
      if (kind === 'high' && subject !== 'self') continue;
      // "a good dealer" is a car or card dealer unless drugs are in the post or the question winks.
      if (kind === 'dealer' && !winking && !DRUG_TALK.test(t.norm)) continue;
      let verb: Hit | undefined;
      if (kind === 'rx') {
        // A medicine is misused when it is someone else's or left over, or casually taken ("popped", "necked") at work.
        verb = t.hitsIn(USE_VERBS, Math.max(t.clauseStart(h.t0), h.t0 - 6), h.t0)[0];
        if (!verb || subject === 'other') continue;
        const casual = CASUAL.has(t.key(verb.t0));
        // "my mum's diazepam", "a patient's oramorph": someone else's medicine, named just before it.
        const theirs = t.findKey(Math.max(verb.t1, h.t0 - 3), h.t0, OWNERS) >= 0;
        if (!theirs && !RX_MISUSE.test(t.norm) && !(casual && onDuty(t))) continue;
        found.push({ h, verb, hard: true });
        continue;
      }
      if (kind === 'substance') {
        verb = used(t, h);
        if (!verb) continue;
      }
      found.push({ h, verb, hard: h.entry.fields[0] === 'hard' });
    }
    if (found.length === 0) return [];
    // At work, or with patients in the same post ("patients seemed less annoying this afternoon").
    const duty = onDuty(t) ?? patientRefs(t)[0];
    const hard = found.some((f) => f.hard);
    const evidence = tidy([...found.flatMap((f) => (f.verb ? [t.hitSpan(f.verb), t.hitSpan(f.h)] : [t.hitSpan(f.h)])), ...(duty ? [t.hitSpan(duty)] : [])]);
    const severity = duty || hard ? 'high' : 'medium';
    return [
      {
        topic: 'trust.drugs',
        severity,
        confidence: duty ? 0.85 : 0.75,
        message: duty
          ? `Describes using drugs in connection with work (${q(evidence[0]!)} … ${q(t.hitSpan(duty))}). Being under the influence at work puts service users at risk.`
          : `Describes taking illegal drugs (${q(evidence[0]!)}${evidence.length > 1 ? ` … ${q(evidence[evidence.length - 1]!)}` : ''}). Posts about illegal drug use undermine public trust in your profession.`,
        evidence,
      },
    ];
  },
};
