import type { Rule, RuleFinding } from '../types.js';
import type { Severity } from '../../model/finding.js';
import type { Hit, TextAnalysis } from '../text/index.js';
import type { Post } from '../../model/post.js';
import { REPORT, SECOND_PERSON, outermost, q, qList, tidy } from '../text/index.js';
import { INSULTS, PROFANITY } from './lexicons.js';
import { addressee, clinical, isReply, praise, targetOf, type Target } from './target.js';
import { offensiveScore, threshold } from '../model/scorer.js';

const WHO: Record<Target, string> = {
  you: 'at the person addressed',
  mention: 'at a tagged account',
  reply: 'in a reply to someone',
  third: 'about a named or described person',
};

/** A copula or intensifier linking "you" to an insulting adjective. */
const ADJ_SUBJECT = new Set(["you're", 'youre', 'ur', 'are', 'r', 'so', 'such', 'look', 'sound', 'really', 'proper', 'absolutely']);

export const abuseRule: Rule = {
  meta: {
    id: 'communication/abuse',
    concern: 'communication',
    topics: ['communication.abuse'],
    description: 'Insults, name-calling, swearing at people and abusive commands aimed at someone.',
    severity: 'medium',
  },
  check(post, { text: t, ownAccounts }) {
    if (!t.has(INSULTS) && !t.has(PROFANITY)) return learned(post, t, ownAccounts);
    const insults = outermost(t.hits(INSULTS));
    const prof = outermost(t.hits(PROFANITY));
    const out: Array<RuleFinding & { what: string; target: Target }> = [];
    const used = new Set<number>();
    /** Target of each insult found, by its first token, so an expletive just before it shares it. */
    const aimedAt = new Map<number, Target>();
    const push = (h: Hit, severity: Severity, confidence: number, what: string, target: Target): void => {
      if (used.has(h.t0)) return;
      // "called me a stupid cow": someone else's words, reported.
      if (t.frameOver(h.t0, h.t1) & REPORT) return;
      aimedAt.set(h.t0, target);
      for (let i = h.t0; i < h.t1; i++) used.add(i);
      const ev = t.hitSpan(h);
      out.push({ topic: 'communication.abuse', severity, confidence, message: '', evidence: [ev], what, target });
    };

    for (const h of insults) {
      if (clinical(t, h)) continue;
      const kind = h.entry.tag;
      const quoted = t.quotedSpan(h.t0, h.t1);
      if (kind === 'threat') {
        if (t.negated(h.t0) || t.sentenceOf(h.t0).question || t.frameOver(h.t0, h.t1) & REPORT) continue;
        push(h, 'high', 0.85, 'Threatens someone', targetOf(t, post, ownAccounts, h, true) ?? 'you');
        continue;
      }
      if (kind === 'severe' || kind === 'command') {
        // "nobody likes you", "you disgust me": the phrase names its own target.
        const addressed = /\b(you|ur|u|yourself|urself|yourselves)\b/.test(h.entry.term);
        const target: Target | null = addressed ? 'you' : (targetOf(t, post, ownAccounts, h, true) ?? (kind === 'severe' ? 'you' : null));
        if (!target || (quoted && target !== 'mention' && target !== 'reply')) continue;
        if (t.negated(h.t0)) continue;
        const strong = kind === 'severe' || /\bfuck/.test(h.entry.term);
        push(h, strong ? 'high' : 'medium', kind === 'severe' ? 0.9 : 0.75, kind === 'severe' ? 'Urges someone to harm themselves or wishes them dead' : 'Tells someone off abusively', target);
        continue;
      }
      if (kind === 'adj') {
        // Said of the person addressed: "you're so stupid", "ur ugly", "you look disgusting".
        const a = Math.max(t.sentenceOf(h.t0).t0, h.t0 - 3);
        if (t.findKey(a, h.t0, SECOND_PERSON) < 0 || t.findKey(a, h.t0, ADJ_SUBJECT) < 0) continue;
        if (t.negationIn(a, h.t0) || quoted) continue;
        push(h, 'medium', 0.65, 'Insults someone', 'you');
        continue;
      }
      if (kind === 'cow') {
        const prev = t.key(h.t0 - 1);
        if (!['silly', 'stupid', 'fat', 'old', 'lazy', 'miserable', 'moody', 'ugly', 'daft', 'dozy', 'thick', 'useless', 'evil', 'horrible', 'nasty', 'you'].includes(prev)) continue;
      }
      const target = targetOf(t, post, ownAccounts, h, true);
      if (!target || (quoted && target === 'you')) continue;
      if (t.negationIn(Math.max(0, h.t0 - 3), h.t0)) continue;
      push(h, 'medium', target === 'third' ? 0.55 : 0.75, 'Calls someone names', target);
    }

    for (const h of prof) {
      if (used.has(h.t0) || clinical(t, h) || praise(t, h)) continue;
      const strength = h.entry.tag;
      if (strength === 'mild') continue;
      const noun = h.entry.fields.includes('noun') || prof.some((o) => o !== h && o.t0 === h.t0 && o.entry.fields.includes('noun'));
      const target = targetOf(t, post, ownAccounts, h, noun) ?? aimedAt.get(h.t1) ?? null;
      if (!target) continue;
      if (t.quotedSpan(h.t0, h.t1) && !(target === 'mention' || (target === 'reply' && isReply(post)))) continue;
      const severity: Severity = strength === 'strong' && target !== 'third' ? 'high' : 'medium';
      push(h, severity, target === 'third' ? 0.55 : 0.8, 'Swears', target);
    }
    if (out.length === 0) return learned(post, t, ownAccounts);
    // One finding per post: the most serious, with every piece of evidence.
    const rank = { high: 3, medium: 2, low: 1 } as const;
    const top = out.reduce((a, b) => (rank[b.severity ?? 'low'] > rank[a.severity ?? 'low'] || (b.severity === a.severity && b.confidence > a.confidence) ? b : a));
    const evidence = tidy(out.flatMap((f) => f.evidence));
    const quoted = evidence.length === 1 ? q(evidence[0]!) : qList(evidence);
    return [
      {
        topic: 'communication.abuse',
        severity: top.severity,
        confidence: top.confidence,
        message: `${top.what} ${WHO[top.target]}: ${quoted}. Abusive or insulting language towards others falls short of communicating respectfully.`,
        evidence,
      },
    ];
  },
};

/** The learned signal, for posts the word lists say nothing about: only when someone is addressed or named. */
function learned(post: Post, t: TextAnalysis, own: ReadonlySet<string>): RuleFinding[] {
  const who = addressee(t, post, own);
  if (!who) return [];
  const s = offensiveScore(t);
  const off = threshold('offensive');
  if (s.z < off || s.top.length === 0) return [];
  const strong = threshold('strong');
  const evidence = tidy(s.top.map((i) => t.span(i, i + 1)));
  const confidence = 0.5 + 0.15 * Math.min(1, Math.max(0, (s.z - off) / Math.max(0.01, strong - off)));
  return [
    {
      topic: 'communication.abuse',
      severity: 'medium',
      confidence: Math.round(confidence * 100) / 100,
      message: `Reads as hostile or insulting ${WHO[who]} (a learned signal, weighing ${qList(evidence)}). Abusive or insulting language towards others falls short of communicating respectfully.`,
      evidence,
    },
  ];
}
