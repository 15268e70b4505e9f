import type { Severity } from '../../model/finding.js';
import type { Rule } from '../types.js';
import { DEBUNK, META, REPORT, loadLexicon, outermost, q, tidy } from '../text/index.js';

const CLAIMS = loadLexicon(new URL('./claims.txt', import.meta.url));
export const PROMO = loadLexicon(new URL('./promo-context.txt', import.meta.url));

const KIND: Record<string, string> = {
  guarantee: 'guarantees results',
  cure: 'claims to cure',
  absolute: 'claims certain success',
  safety: 'claims no risks or side effects',
  miracle: 'promises miracle results',
  speed: 'promises instant or one-session results',
  proof: 'makes a health claim that needs evidence',
  testimonial: 'relies on before-and-after results or testimonials',
  superlative: 'makes an unverifiable "best" or "only" claim',
};
const RANK: Record<Severity, number> = { high: 3, medium: 2, low: 1 };

export const misleadingClaimsRule: Rule = {
  meta: {
    id: 'promotion/misleading-claims',
    concern: 'promotion',
    topics: ['promotion.misleading-claim'],
    description: 'Misleading claims promoting services or products: guaranteed results, cures, "100% success", "no side effects", miracle or instant results.',
    severity: 'high',
  },
  check(_post, { text: t }) {
    if (!t.has(CLAIMS)) return [];
    const promo = t.has(PROMO);
    const found = outermost(t.hits(CLAIMS)).filter((h) => {
      if (t.negated(h.t0) || t.sentenceOf(h.t0).question) return false;
      if (t.frameOver(h.t0, h.t1) & (REPORT | META | DEBUNK)) return false;
      // Strong claims stand alone; milder ones only count in a post selling something.
      return h.entry.fields[0] === 'high' || promo;
    });
    if (found.length === 0) return [];
    found.sort((a, b) => RANK[(b.entry.fields[0] ?? 'low') as Severity] - RANK[(a.entry.fields[0] ?? 'low') as Severity]);
    const top = found[0]!;
    const severity = (top.entry.fields[0] ?? 'medium') as Severity;
    const evidence = tidy(found.slice(0, 3).map((h) => t.hitSpan(h)));
    return [
      {
        topic: 'promotion.misleading-claim',
        severity,
        confidence: promo ? 0.8 : 0.65,
        message: `Promotion that ${KIND[top.entry.tag] ?? 'may mislead'} (${evidence.map(q).join(', ')}). Promotional claims must be accurate and not likely to mislead.`,
        evidence,
      },
    ];
  },
};
