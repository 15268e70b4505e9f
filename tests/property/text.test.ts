/**
 * The text normaliser and the rules over arbitrary post text (lone surrogates, NFKD expansions,
 * bidi controls, homoglyphs, emoji, trigger words): every offset the normaliser maps back, every
 * token's span and every finding's evidence lies inside the original text and quotes it exactly.
 * Reads src/rules/text only through its public API.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyse, normalise } from '../../src/rules/text/index.js';
import { checkPost } from '../../src/rules/index.js';
import type { Post } from '../../src/model/post.js';
import { RUNS, postText, postWith } from './support.js';

describe('the text normaliser', () => {
  it('maps every normalised character back inside the original text', () => {
    fc.assert(
      fc.property(postText, (text) => {
        const n = normalise(text);
        expect(n.map.length).toBe(n.norm.length);
        for (let i = 0; i < n.norm.length; i++) {
          const start = n.map.start(i);
          const end = n.map.end(i);
          expect(start, `start of ${i}`).toBeGreaterThanOrEqual(0);
          expect(end, `end of ${i}`).toBeGreaterThanOrEqual(start);
          expect(end, `end of ${i}`).toBeLessThanOrEqual(text.length);
        }
        for (const u of n.urls) {
          expect(0 <= u.s && u.s <= u.e && u.e <= n.norm.length).toBe(true);
          expect(0 <= u.oStart && u.oStart <= u.oEnd && u.oEnd <= text.length).toBe(true);
        }
        for (const [a, b] of n.hashtags) expect(0 <= a && a <= b && b <= n.norm.length).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it("gives every token a span inside the text that quotes it", () => {
    fc.assert(
      fc.property(postText, (text) => {
        const t = analyse(postWith(text));
        for (let i = 0; i < t.tokens.length; i++) {
          const e = t.span(i, i + 1);
          expect(0 <= e.start && e.start <= e.end && e.end <= text.length, `token ${i} ${JSON.stringify(e)}`).toBe(true);
          expect(e.text).toBe(text.slice(e.start, e.end));
        }
      }),
      { numRuns: RUNS },
    );
  });
});

describe('the rules', () => {
  it('report evidence that lies inside the text and quotes it exactly, with sane confidence', () => {
    const kinds = fc.constantFrom<Post['kind']>('post', 'reply', 'repost', 'quote', 'like', 'message', 'comment');
    fc.assert(
      fc.property(postText, kinds, fc.option(fc.constantFrom('someone', 'me'), { nil: null }), (text, kind, sharedFrom) => {
        const findings = checkPost(postWith(text, { kind, sharedFrom, mentions: ['someone'], hashtags: ['nhs'] }), { ownAccounts: ['me'] });
        for (const f of findings) {
          expect(f.confidence).toBeGreaterThanOrEqual(0);
          expect(f.confidence).toBeLessThanOrEqual(1);
          expect(typeof f.message).toBe('string');
          for (const e of f.evidence) {
            expect(0 <= e.start && e.start <= e.end && e.end <= text.length, `${f.ruleId} ${JSON.stringify(e)} in ${JSON.stringify(text)}`).toBe(true);
            expect(e.text, f.ruleId).toBe(text.slice(e.start, e.end));
          }
        }
      }),
      { numRuns: RUNS },
    );
  });
});
