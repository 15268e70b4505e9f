import { describe, expect, it } from 'vitest';
import { scorePost, recommend, DEFAULT_THRESHOLDS, type ScoredFinding } from '../../src/pipeline/score.js';

function finding(severity: ScoredFinding['severity'], confidence: number, extra: Partial<ScoredFinding> = {}): ScoredFinding {
  return { ruleId: 't/x', concern: 'trust', topic: 'trust.intoxication', standards: ['9.1'], severity, confidence, message: 'm', evidence: [], ...extra };
}

describe('scorePost', () => {
  it('is 0 with no findings, so the post is kept', () => {
    expect(scorePost([], 'post')).toBe(0);
    expect(recommend(0)).toBe('keep');
  });

  it('recommends delete for one confident high-severity finding', () => {
    const score = scorePost([finding('high', 0.9)], 'post');
    expect(score).toBeGreaterThanOrEqual(DEFAULT_THRESHOLDS.delete);
    expect(recommend(score)).toBe('delete');
  });

  it('recommends review, not delete, for one medium finding', () => {
    expect(recommend(scorePost([finding('medium', 0.8)], 'post'))).toBe('review');
  });

  it('keeps mild untargeted findings below review when unsure', () => {
    expect(recommend(scorePost([finding('low', 0.5)], 'post'))).toBe('keep');
  });

  it('combines findings: two medium findings score more than one, and never pass 100', () => {
    const one = scorePost([finding('medium', 0.8)], 'post');
    const two = scorePost([finding('medium', 0.8), finding('medium', 0.8)], 'post');
    expect(two).toBeGreaterThan(one);
    const many = scorePost(Array.from({ length: 20 }, () => finding('high', 1)), 'post');
    expect(many).toBeLessThanOrEqual(100);
  });

  it('weighs quoted words less than the user\'s own, but still counts them', () => {
    const own = scorePost([finding('high', 0.9)], 'post');
    const quoted = scorePost([finding('high', 0.9, { quoted: true })], 'repost');
    expect(quoted).toBeLessThan(own);
    expect(quoted).toBeGreaterThan(0);
  });

  it('counts a like as endorsement, more weakly than a post', () => {
    const post = scorePost([finding('high', 0.9)], 'post');
    const like = scorePost([finding('high', 0.9)], 'like');
    expect(like).toBeLessThan(post);
    expect(recommend(like)).not.toBe('keep');
  });

  it('uses the thresholds given', () => {
    expect(recommend(50, { delete: 40, review: 10 })).toBe('delete');
    expect(recommend(50, { delete: 90, review: 60 })).toBe('keep');
  });
});
