import type { Rule } from '../types.js';
import { REPORT, outermost, q } from '../text/index.js';
import type { Hit } from '../text/index.js';
import { INSULTS, PROFANITY } from './lexicons.js';
import { clinical, ofA, praise, targetOf } from './target.js';
import { secondary } from './combine.js';

export const profanityRule: Rule = {
  meta: {
    id: 'communication/profanity',
    concern: 'communication',
    topics: ['communication.profanity'],
    description: 'Swearing that is not aimed at anyone (aimed swearing is communication/abuse): review level; low when it is praise ("fucking legends"). Mild words are left alone.',
    severity: 'medium',
  },
  check(post, { text: t, ownAccounts }) {
    if (!t.has(PROFANITY)) return [];
    const hits = outermost(t.hits(PROFANITY));
    const words: Hit[] = [];
    let strong = false;
    let praising = true;
    for (const h of hits) {
      const strength = h.entry.tag;
      if (strength === 'mild' || h.entry.fields.includes('ambig')) continue;
      if (clinical(t, h)) continue;
      // Song lyrics and film lines in quotation marks, with no one targeted, are not the user's swearing.
      if (t.quotedSpan(h.t0, h.t1) || t.frameOver(h.t0, h.t1) & REPORT) continue;
      // "useless fucking idiot": part of the name-calling that communication/abuse reports.
      if (t.hits(INSULTS).some((i) => i.t0 === h.t1)) continue;
      const noun = h.entry.fields.includes('noun') && !ofA(t, h);
      if (!h.entry.fields.includes('interj') && targetOf(t, post, ownAccounts, h, noun)) continue; // reported by communication/abuse
      if (words.some((w) => w.t0 === h.t0)) continue;
      words.push(h);
      if (strength === 'strong') strong = true;
      if (!praise(t, h)) praising = false;
    }
    if (words.length === 0) return [];
    const evidence = words.map((h) => t.hitSpan(h));
    // Mild words never get here. Swearing in public is worth a look even when aimed at no one
    // (review level); swearing as praise ("fucking legends") is mild.
    return [
      secondary({
        topic: 'communication.profanity',
        severity: praising ? 'low' : 'medium',
        confidence: praising ? 0.5 : strong ? 0.65 : 0.55,
        message: `Swears (${evidence.map(q).join(', ')}), though not at anyone. Public swearing can still reflect on your profession.`,
        evidence,
      }, 'untargeted'),
    ];
  },
};
