/**
 * The bundled sample archive (`npm run demo`) is the first thing a user runs: every post written
 * there as a problem must come out flagged with its concern, and every other post must be kept.
 * A rule change that loses one of them shows up here, not in front of a new user.
 */
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { auditInput } from '../../src/pipeline/audit.js';
import { DEFAULT_THRESHOLDS } from '../../src/pipeline/score.js';
import { loadPack } from '../../src/standards/pack.js';
import { DEMO_POSTS } from '../../fixtures/x/demo.js';

const demo = fileURLToPath(new URL('../../fixtures/demo', import.meta.url));

describe('the demo archive', async () => {
  const { posts } = await auditInput(demo, { pack: loadPack('hcpc'), thresholds: DEFAULT_THRESHOLDS });
  const byText = new Map(posts.map((p) => [p.text, p]));

  it.each(DEMO_POSTS.filter((p) => p.problem).map((p) => [p.problem!.why, p] as const))('flags the post that %s', (_why, spec) => {
    const post = byText.get(spec.text);
    expect(post, spec.text).toBeDefined();
    expect(post!.recommendation, spec.text).not.toBe('keep');
    expect(post!.findings.map((f) => f.concern), spec.text).toContain(spec.problem!.concern);
  });

  it('keeps every post written without a problem', () => {
    const innocent = new Set(DEMO_POSTS.filter((p) => !p.problem).map((p) => p.text));
    const flagged = posts.filter((p) => innocent.has(p.text) && p.recommendation !== 'keep').map((p) => p.text);
    expect(flagged).toEqual([]);
  });
});
