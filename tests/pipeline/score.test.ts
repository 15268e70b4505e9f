import { describe, expect, it } from 'vitest';
import { scorePost, recommend, DEFAULT_THRESHOLDS, type ScoredFinding } from '../../src/pipeline/score.js';
import { judgePost } from '../../src/pipeline/audit.js';
import { loadPack } from '../../src/standards/pack.js';
import { makePost } from '../rules/rule-tester.js';

function finding(severity: ScoredFinding['severity'], confidence: number, extra: Partial<ScoredFinding> = {}): ScoredFinding {
  return { ruleId: 't/x', concern: 'trust', topic: 'trust.intoxication', standards: ['9.1'], severity, confidence, message: 'm', evidence: [], ...extra };
}

describe('scorePost', () => {
  it('is 0 with no findings, so the post is kept', () => {
    expect(scorePost([])).toBe(0);
    expect(recommend(0)).toBe('keep');
  });

  it('recommends delete for one confident high-severity finding', () => {
    const score = scorePost([finding('high', 0.9)]);
    expect(score).toBeGreaterThanOrEqual(DEFAULT_THRESHOLDS.delete);
    expect(recommend(score)).toBe('delete');
  });

  it('recommends review, not delete, for one medium finding', () => {
    expect(recommend(scorePost([finding('medium', 0.8)]))).toBe('review');
  });

  it('keeps mild untargeted findings below review when unsure', () => {
    expect(recommend(scorePost([finding('low', 0.5)]))).toBe('keep');
  });

  it('combines findings: two medium findings score more than one, and never pass 100', () => {
    const one = scorePost([finding('medium', 0.8)]);
    const two = scorePost([finding('medium', 0.8), finding('medium', 0.8)]);
    expect(two).toBeGreaterThan(one);
    const many = scorePost(Array.from({ length: 20 }, () => finding('high', 1)));
    expect(many).toBeLessThanOrEqual(100);
  });

  it('weighs quoted words less than the user\'s own, but still counts them', () => {
    const own = scorePost([finding('high', 0.9)]);
    const quoted = scorePost([finding('high', 0.9, { quoted: true })]);
    expect(quoted).toBeLessThan(own);
    expect(quoted).toBeGreaterThan(0);
  });

  it('counts a like as endorsement: as a repost, more weakly than the user\'s own words, and able to reach delete', () => {
    const text = 'Immigrants are vermin and should be sent back';
    const score = (kind: 'post' | 'repost' | 'like') => judgePost({ ...makePost({ text }), kind, ...(kind === 'post' ? {} : { sharedFrom: 'someone_else' }) }, { pack: loadPack('hcpc') }).score;
    expect(score('like')).toBe(score('repost'));
    expect(score('like')).toBeLessThan(score('post'));
    expect(judgePost({ ...makePost({ text }), kind: 'like', sharedFrom: 'someone_else' }, { pack: loadPack('hcpc') }).recommendation).toBe('delete');
  });

  it('uses the thresholds given', () => {
    expect(recommend(50, { delete: 40, review: 10 })).toBe('delete');
    expect(recommend(50, { delete: 90, review: 60 })).toBe('keep');
  });
});
