import { readFileSync } from 'node:fs';
import type { Rule, RuleFinding } from '../types.js';
import { DEBUNK, DOMAIN, META, REPORT, q, type TextAnalysis } from '../text/index.js';

/** Domains from domains.txt (the project's own) and domains-cred1.txt (from CRED-1, CC BY 4.0; see its header), read once. */
const DOMAINS = new Set(
  ['./domains.txt', './domains-cred1.txt'].flatMap((f) =>
    readFileSync(new URL(f, import.meta.url), 'utf8')
      .split(/\r?\n/)
      .map((l) => l.trim().toLowerCase())
      .filter((l) => l && !l.startsWith('#')),
  ),
);

function listed(host: string): string | undefined {
  let h = host;
  for (;;) {
    if (DOMAINS.has(h)) return h;
    const dot = h.indexOf('.');
    if (dot < 0) return undefined;
    h = h.slice(dot + 1);
  }
}

/** Verbs of relying on a source: negated, they warn against it ("don't trust infowars.com", "never share ..."). */
const USE = new Set(['trust', 'believe', 'share', 'read', 'click', 'use', 'visit', 'follow', 'rely', 'listen', 'buy', 'take', 'watch', 'go', 'touch', 'bother', 'cite', 'quote', 'get']);

/**
 * A negation before the link that denies using it ("Never trust anything on infowars.com"), not one
 * about something else ("Mainstream won't touch this: naturalnews.com/...", "it's not even close").
 */
function negatedUse(t: TextAnalysis, from: number, to: number): boolean {
  for (let j = from; j < to; j++) {
    if (!t.isNegationCue(j)) continue;
    // The mainstream (or "they") not covering it is the post's own framing of the link as suppressed truth.
    if (j > from && SUPPRESSORS.has(t.key(j - 1))) continue;
    for (let k = j + 1; k <= Math.min(j + 3, to - 1); k++) if (USE.has(t.key(k))) return true;
  }
  return false;
}
const SUPPRESSORS = new Set(['mainstream', 'msm', 'media', 'bbc', 'papers', 'press', 'news', 'they', 'government', 'nhs', 'doctors', 'journals', 'bmj', 'lancet']);

export const lowCredibilitySourceRule: Rule = {
  meta: {
    id: 'accuracy/low-credibility-source',
    concern: 'accuracy',
    topics: ['accuracy.low-credibility-source'],
    description: 'Links to websites known for health misinformation or health conspiracy theories.',
    severity: 'medium',
  },
  check(_post, { text: t }) {
    if (t.domains.length === 0) return [];
    const out: RuleFinding[] = [];
    for (const host of t.domains) {
      const site = listed(host);
      if (!site) continue;
      const i = t.tokens.findIndex((tok) => tok.flags & DOMAIN && tok.k.replace(/^www\./, '') === host);
      const evidence = i >= 0 ? [t.span(i, i + 1)] : [];
      const shown = evidence[0] ? q(evidence[0]) : q(host);
      // Sharing the site as a source endorses it (delete-level); pointing at it to debunk or report it
      // ("more misinformation from naturalnews.com", "don't trust infowars.com") is mild.
      const distanced = t.anyFrame(DEBUNK | REPORT | META) || (i >= 0 && negatedUse(t, t.sentenceOf(i).t0, i));
      out.push({
        topic: 'accuracy.low-credibility-source',
        severity: distanced ? 'low' : 'high',
        confidence: 0.8,
        message: `Links to ${shown}, a site known for publishing health misinformation. Sharing it can lend your professional credibility to claims that contradict public health advice.`,
        evidence,
      });
    }
    return out;
  },
};
