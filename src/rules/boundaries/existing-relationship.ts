import type { Rule } from '../types.js';
import type { Hit } from '../text/index.js';
import { loadLexicon, outermost, q, tidy } from '../text/index.js';
import { workRefs } from '../common/lexicons.js';
import { excused } from './shared.js';

const EXISTING = loadLexicon(new URL('./existing.txt', import.meta.url));

/** How far apart, in tokens, the person and their place on the caseload may be. */
const REACH = 8;
const ME = new Set(['i', "i've", 'ive', "i'd", "i'm", 'im']);
/** A clause opened by the verb itself, the diary style that leaves out "I" ("moved her referral to the top"). */
const QUEUE_VERBS = new Set(['moved', 'bumped', 'pushed', 'put', 'squeezed', 'fast-tracked', 'booked', 'slotted', 'got', 'jumped', 'skipped']);
const GOT = new Set(['got', 'get', 'getting', 'gets']);

export const existingRelationshipRule: Rule = {
  meta: {
    id: 'boundaries/existing-relationship',
    concern: 'boundaries',
    topics: ['boundaries.existing-relationship'],
    description: 'Treating or looking after family, friends, neighbours or exes: existing personal relationships that can affect professional decisions.',
    severity: 'medium',
  },
  check(_post, { text: t }) {
    if (!t.has(EXISTING)) return [];
    const hits = outermost(t.hits(EXISTING));
    const people = hits.filter((h) => h.entry.tag === 'person');
    if (people.length === 0) return [];
    let found: [Hit, Hit] | undefined;
    let queue = false;
    for (const p of people) {
      for (const h of hits) {
        // "My husband was my patient's neighbour": a possessive makes the role someone else's (third pass).
        if (h.entry.tag === 'role' && !/'s$|s'$/.test(t.key(h.t1 - 1)) && t.tokens[h.t0]!.sn === t.tokens[p.t0]!.sn && Math.abs(h.t0 - p.t1) <= REACH) found ??= [p, h];
        // "got my mate scanned same day", "Mum's referral ... so I just moved it to the top": the queue jumped for them, anywhere in their sentence (fourth pass).
        // The registrant does it: "I" before the queue phrase, or "got my mate scanned" (not "my mum was seen same day").
        if (h.entry.tag === 'queue' && h.t0 >= p.t1 && t.tokens[h.t0]!.sn === t.tokens[p.t0]!.sn && (t.findKey(t.sentenceOf(h.t0).t0, h.t0, ME) >= 0 || GOT.has(t.key(p.t0 - 1)) || QUEUE_VERBS.has(t.key(t.clauseStart(h.t0))))) {
          found ??= [p, h];
          queue ||= found[1] === h;
        }
        // "treated my neighbour", "assessing my ex's mum": the act right before the person, at work.
        if (h.entry.tag === 'act' && h.t1 === p.t0 && workRefs(t, true).length > 0) found ??= [h, p];
      }
    }
    if (!found || excused(t, found[1], ['refuse']) || excused(t, found[0], ['refuse'])) return [];
    const evidence = tidy([t.hitSpan(found[0]), t.hitSpan(found[1])]);
    return [
      {
        topic: 'boundaries.existing-relationship',
        // Jumping the queue for someone the registrant knows is a clear misuse of the position (fourth pass).
        severity: queue ? 'high' : 'medium',
        confidence: queue ? 0.8 : 0.6,
        message: `Describes treating someone you know personally (${q(evidence[0]!)} … ${q(evidence[evidence.length - 1]!)}). Existing personal relationships must not affect professional decisions; ask a colleague to take over where you can.`,
        evidence,
      },
    ];
  },
};
