import type { Rule } from '../types.js';
import type { Hit, LexEntry, TextAnalysis } from '../text/index.js';
import { DEBUNK, META, REPORT, defineLexicon, loadLexicon, outermost, q } from '../text/index.js';
import { reposted } from './shared.js';

const EXTREMISM = loadLexicon(new URL('./extremism.txt', import.meta.url));
const SUPPORT = loadLexicon(new URL('./support.txt', import.meta.url));
const ATTACK_ENTRY: LexEntry = { term: 'named attack', tag: 'figure', fields: [], lexicon: SUPPORT };

/** Attacks named by place: "the Manchester attack", "the London Bridge attacks", "the Southport stabbings". */
const ATTACKS = defineLexicon('trust/attack-nouns', 'attack\nattacks\nbombing\nbombings\nbomber\nbombers\nshooting\nshootings\nmassacre\nstabbings\nvideo\nlivestream\nmanifesto');
/** An attacker's own record of it ("the Christchurch video"): named by place, needing no doer. */
const RECORDINGS = new Set(['video', 'livestream', 'manifesto']);
const ATTACK_WORDS = /\b(?:shooter|shooting|gunman|attacker|attack|massacre|bomber|bombing|terror\w*|mosque shooting|killer)\b/;
/** Words of a news report or a warning about a slogan, not its use. */
const REPORTING =
  /\b(?:charged|arrested|jailed|convicted|sentenced|court|police|reports?|reported|fantasy|conspiracy|theory|supremacists?|far[- ]right|extremis[tm]s?|racis[tm]s?|hate|banned|proscribed|slogan|graffiti|chant(?:ed|ing|s)?|shout(?:ed|ing)|investigat\w*|warn\w*|signs)\b/;
const DOERS = new Set(['did', 'carried', 'behind', 'committed', 'planned', 'done']);

/** A named attack with its doers ("the lads who did the Manchester attack"), as a figure whose praise signals sympathy. */
function namedAttacks(t: TextAnalysis): Hit[] {
  const out: Hit[] = [];
  for (const h of t.hits(ATTACKS)) {
    let a = h.t0;
    while (a > h.t0 - 3 && a > 0 && t.capitalised(a - 1) && t.sentenceOf(a - 1).t0 !== a - 1) a--;
    if (a === h.t0 || t.key(a - 1) !== 'the') continue;
    // A recording by place ("the Glastonbury livestream") is an attack's only when the post names an attack or attacker.
    if (RECORDINGS.has(t.key(h.t0)) ? !ATTACK_WORDS.test(t.norm) : t.findKey(Math.max(t.sentenceOf(h.t0).t0, a - 5), a, DOERS) < 0) continue;
    out.push({ entry: ATTACK_ENTRY, t0: a - 1, t1: h.t1 });
  }
  return out;
}

export const extremismRule: Rule = {
  meta: {
    id: 'trust/extremism',
    concern: 'trust',
    topics: ['trust.extremism'],
    description: 'Extremist slogans and symbols, and support for extremist or proscribed organisations.',
    severity: 'high',
  },
  check(_post, { text: t }) {
    if (!t.has(EXTREMISM) && !t.has(ATTACKS)) return [];
    for (const h of [...outermost(t.hits(EXTREMISM)), ...namedAttacks(t)]) {
      if (t.frameOver(h.t0, h.t1) & (REPORT | META | DEBUNK)) continue;
      if (h.entry.fields.includes('caps')) {
        const written = t.span(h.t0, h.t1).text;
        if (written !== written.toUpperCase()) continue; // "Isis" the river, "Ira" the name
      }
      const sent = t.sentenceOf(h.t0);
      if (h.entry.tag === 'group' || h.entry.tag === 'figure' || h.entry.tag === 'attack') {
        const words = t.hitsIn(SUPPORT, sent.t0, sent.t1);
        if (words.some((w) => w.entry.tag === 'condemn')) continue;
        // Praise in the next sentence, when that sentence is short and names no one else ("... the Christchurch video. Legend 💯").
        const next = t.sentences[t.tokens[h.t0]!.sn + 1];
        const after = next && next.t1 - next.t0 <= 8 ? t.hitsIn(SUPPORT, next.t0, next.t1) : [];
        if (after.some((w) => w.entry.tag === 'condemn')) continue;
        const near = words.filter((w) => w.entry.tag === 'support' && Math.abs(w.t0 - h.t0) <= (h.entry.tag === 'figure' ? 5 : h.entry.tag === 'attack' ? 10 : 8) && !t.negated(w.t0));
        // What is said after the name is the claim ("Hitler ... had the right idea"); a lead-in ("say what you like about") only if nothing follows.
        const support =
          near.find((w) => w.t0 >= h.t1) ??
          near[0] ??
          after.find((w) => w.entry.tag === 'support' && !t.negated(w.t0));
        if (!support) continue;
        const ev = t.span(Math.min(h.t0, support.t0), Math.max(h.t1, support.t1));
        return [
          {
            topic: 'trust.extremism',
            severity: 'high',
            confidence: 0.8,
            message: `Expresses support for ${h.entry.tag === 'figure' ? 'an extremist figure' : h.entry.tag === 'attack' ? 'an attack on a community' : 'an extremist or proscribed organisation'} (${q(ev)}). Support for violent extremism is incompatible with the trust placed in registrants, and for proscribed groups can be a criminal offence.`,
            evidence: [ev],
          },
        ];
      }
      // A slogan in quotation marks is usually being reported; a repost of it still counts (quoted by the pipeline).
      // A repost counts as the poster's own words, unless what is shared reports or condemns the slogan
      // ("RT @police: man charged after shouting ...", "... is a white supremacist fantasy").
      if (t.negated(h.t0) || (t.quotedSpan(h.t0, h.t1) && !(reposted(t, h.t0) && !REPORTING.test(t.norm) && !t.hits(SUPPORT).some((w) => w.entry.tag === 'condemn')))) continue;
      const ev = t.hitSpan(h);
      return [
        {
          topic: 'trust.extremism',
          severity: 'high',
          confidence: 0.85,
          message: `Uses an extremist slogan or idea (${q(ev)}). Extremist content is incompatible with the trust placed in registrants.`,
          evidence: [ev],
        },
      ];
    }
    return [];
  },
};
