/**
 * A small RuleTester in the manner of ESLint's: each valid case must produce no finding from the
 * rule, each invalid case at least one matching finding. Every finding is also checked for the
 * contract the report relies on: evidence spans index the original text, messages quote the
 * evidence, topics are declared by the rule and known to the standards pack.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Post } from '../../src/model/post.js';
import type { Severity } from '../../src/model/finding.js';
import type { Rule } from '../../src/rules/types.js';
import { runRules, type RawFinding } from '../../src/rules/index.js';

const PACK = JSON.parse(readFileSync(new URL('../../src/standards/packs/hcpc.json', import.meta.url), 'utf8')) as { topics: Record<string, string[]> };

export type PostInput = string | (Partial<Post> & { text: string });

export interface InvalidCase {
  text: string;
  /** Other post fields (kind, media, links, ...). */
  post?: Partial<Post>;
  topic?: string;
  severity?: Severity;
  /** Words expected inside some finding's evidence. */
  evidence?: string;
  quoted?: boolean;
  ownAccounts?: string[];
}

export interface Cases {
  valid: PostInput[];
  invalid: InvalidCase[];
}

let seq = 0;

export function makePost(input: PostInput): Post {
  const partial = typeof input === 'string' ? { text: input } : input;
  seq++;
  return {
    id: `t${seq}`,
    platform: 'x',
    account: 'me',
    kind: 'post',
    createdAt: '2022-03-04T12:00:00.000Z',
    url: null,
    inReplyTo: null,
    mentions: [],
    hashtags: [],
    links: [],
    media: [],
    audience: null,
    language: 'en',
    source: { input: 'test', file: 'test.json' },
    ...partial,
  };
}

/** Run one rule on one post, labelled as the pipeline would label it. */
export function runRule(rule: Rule, post: Post, ownAccounts: string[] = []): RawFinding[] {
  return runRules([rule], post, new Set(ownAccounts.map((a) => a.toLowerCase())));
}

/** The checks every finding must pass, whatever the case. */
export function assertWellFormed(rule: Rule, post: Post, findings: RawFinding[]): void {
  for (const f of findings) {
    expect(rule.meta.topics, `topic ${f.topic} not declared by ${rule.meta.id}`).toContain(f.topic);
    expect(PACK.topics[f.topic], `topic ${f.topic} unknown to the HCPC pack`).toBeDefined();
    expect(f.confidence).toBeGreaterThan(0);
    expect(f.confidence).toBeLessThanOrEqual(1);
    expect(f.message.length).toBeGreaterThan(20);
    for (const e of f.evidence) {
      expect(e.start).toBeGreaterThanOrEqual(0);
      expect(e.end).toBeGreaterThan(e.start);
      expect(e.end).toBeLessThanOrEqual(post.text.length);
      expect(e.text).toBe(post.text.slice(e.start, e.end));
    }
    const first = f.evidence[0];
    if (first) {
      const head = first.text.replace(/\s+/g, ' ').trim().slice(0, 30);
      expect(f.message, 'the message should quote its evidence').toContain(head);
    }
  }
}

function describeFindings(findings: RawFinding[]): string {
  return findings.map((f) => `${f.topic}/${f.severity}/${f.confidence} ${JSON.stringify(f.evidence.map((e) => e.text))} ${f.message}`).join('\n') || '(none)';
}

/** One test per post, named by its text: none of the rules may find anything in it (a concern's hard negatives). */
export function expectNoFindings(rules: Rule[], texts: PostInput[]): void {
  for (const input of texts) {
    const text = typeof input === 'string' ? input : input.text;
    it(text, () => {
      const post = makePost(input);
      for (const rule of rules) expect(runRule(rule, post).map((f) => `${f.ruleId}: ${f.message}`)).toEqual([]);
    });
  }
}

export class RuleTester {
  run(rule: Rule, cases: Cases): void {
    describe(rule.meta.id, () => {
      if (cases.valid.length > 0) describe('valid', () => {
        for (const input of cases.valid) {
          const text = typeof input === 'string' ? input : input.text;
          it(text || '(empty text)', () => {
            const post = makePost(input);
            const findings = runRule(rule, post);
            assertWellFormed(rule, post, findings);
            expect(findings, describeFindings(findings)).toHaveLength(0);
          });
        }
      });
      if (cases.invalid.length > 0) describe('invalid', () => {
        for (const c of cases.invalid) {
          it(c.text || '(empty text)', () => {
            const post = makePost({ ...c.post, text: c.text });
            const findings = runRule(rule, post, c.ownAccounts);
            assertWellFormed(rule, post, findings);
            expect(findings.length, `expected a finding from ${rule.meta.id}`).toBeGreaterThan(0);
            const matching = findings.filter(
              (f) =>
                (c.topic === undefined || f.topic === c.topic) &&
                (c.severity === undefined || f.severity === c.severity) &&
                (c.quoted === undefined || Boolean(f.quoted) === c.quoted) &&
                (c.evidence === undefined || f.evidence.some((e) => e.text.includes(c.evidence!))),
            );
            expect(matching.length, `no finding matches ${JSON.stringify({ topic: c.topic, severity: c.severity, evidence: c.evidence, quoted: c.quoted })}; got:\n${describeFindings(findings)}`).toBeGreaterThan(0);
          });
        }
      });
    });
  }
}

export const ruleTester = new RuleTester();
