/**
 * A large synthetic report for the browser tests: made-up posts from a made-up account, built
 * from a fixed seed so every run is the same. No text here comes from a real person.
 */
import type { Concern, Finding } from '../../src/model/finding.js';
import type { Platform, PostKind } from '../../src/model/post.js';
import type { Report, ReportPost } from '../../src/model/report.js';
import { summarise } from '../../src/pipeline/build-report.js';
import { loadPack } from '../../src/standards/pack.js';

/** A word that only every 1,000th post contains, to time a search with few hits. */
export const RARE_WORD = 'zebracorn';

const PLATFORMS: Platform[] = ['x', 'facebook', 'instagram', 'reddit', 'linkedin'];
const KINDS: PostKind[] = ['post', 'reply', 'comment', 'repost'];
const TOPICS: Array<{ concern: Concern; topic: string; word: string; message: string }> = [
  { concern: 'trust', topic: 'trust.intoxication', word: 'drunk', message: 'Mentions being drunk around work.' },
  { concern: 'boundaries', topic: 'boundaries.contact', word: 'my personal number', message: 'Offers a patient private contact.' },
  { concern: 'communication', topic: 'communication.profanity', word: 'bloody useless', message: 'Swears at a colleague in public.' },
  { concern: 'confidentiality', topic: 'confidentiality.identifiable', word: 'bed 4 on ward 7', message: 'A patient could be identified.' },
  { concern: 'accuracy', topic: 'accuracy.misinformation', word: 'miracle cure', message: 'Makes a health claim without evidence.' },
  { concern: 'promotion', topic: 'promotion.misleading-claim', word: 'guaranteed results', message: 'Promises results no treatment can.' },
];
const OPENERS = ['Long shift today and', 'Honestly,', 'Note to self:', 'Weekend plans:', 'Team meeting went on and on,', 'Back on nights and'];
const CLOSERS = ['lol', 'never again', 'what a week', 'anyway, bed', 'send coffee', 'such is life'];

/** A small deterministic generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function bigReport(flaggedPosts: number, keptPosts = 1000, extra: ReportPost[] = []): Report {
  const pack = loadPack('hcpc');
  const next = random(42);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const posts: ReportPost[] = [];
  const start = Date.UTC(2009, 0, 1);
  const span = Date.UTC(2025, 0, 1) - start;
  for (let i = 0; i < flaggedPosts + keptPosts; i++) {
    const platform = pick(PLATFORMS);
    const createdAt = new Date(start + Math.floor(next() * span)).toISOString();
    const id = String(1_000_000_000 + i);
    if (i >= flaggedPosts) {
      posts.push({ id, platform, account: 'demo_physio', kind: 'post', createdAt, url: null, text: `${pick(OPENERS)} a quiet day, ${pick(CLOSERS)}`, recommendation: 'keep', score: 0, findings: [] });
      continue;
    }
    const topics = [pick(TOPICS), ...(next() < 0.3 ? [pick(TOPICS)] : [])];
    let text = `${pick(OPENERS)} ${topics.map((t) => t.word).join(' and ')}, ${pick(CLOSERS)}${i % 1000 === 0 ? ` ${RARE_WORD}` : ''} #${i}`;
    if (next() < 0.05) text += '\nSecond line of the post.';
    const findings: Finding[] = topics.map((t) => {
      const at = text.indexOf(t.word);
      return {
        ruleId: `${t.concern}/synthetic`,
        concern: t.concern,
        topic: t.topic,
        standards: pack.topics[t.topic] ?? pack.concerns[t.concern] ?? [],
        severity: next() < 0.4 ? 'high' : 'medium',
        confidence: Math.round((0.5 + next() * 0.5) * 100) / 100,
        message: t.message,
        evidence: [{ start: at, end: at + t.word.length, text: t.word }],
      };
    });
    const score = 25 + Math.floor(next() * 75);
    posts.push({
      id,
      platform,
      account: 'demo_physio',
      kind: pick(KINDS),
      createdAt,
      url: `https://example.com/${platform}/status/${id}`,
      text,
      recommendation: score >= 70 ? 'delete' : 'review',
      score,
      findings,
    });
  }
  posts.push(...extra);
  const cited = new Set(posts.flatMap((p) => p.findings.flatMap((f) => f.standards)));
  return {
    schemaVersion: 1,
    generator: { name: 'hindsight', version: '0.0.0-test' },
    generatedAt: '2025-06-01T09:00:00.000Z',
    standards: { id: pack.id, name: pack.name, document: pack.document, date: pack.date },
    clauses: pack.clauses.filter((c) => cited.has(c.number)).map(({ number, heading, text }) => ({ number, heading, text })),
    options: { since: null, until: null, includeMessages: false, thresholds: { delete: 70, review: 25 } },
    inputs: [{ path: 'synthetic-export.zip', platform: 'x', account: 'demo_physio', posts: posts.length, warnings: [], error: null }],
    summary: summarise(posts, pack),
    posts,
  };
}
