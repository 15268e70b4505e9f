/** One post, judged under each regulator's pack, cites that regulator's own clauses (issue 10). */
import { describe, expect, it } from 'vitest';
import { judgePost } from '../../src/pipeline/audit.js';
import { BUILTIN_PACKS, clauseText, loadPack } from '../../src/standards/pack.js';
import { post } from '../config/support.js';

/** The clauses each pack cites for the finding of this topic on this post. */
function cited(text: string, topic: string): Record<string, string[] | undefined> {
  const out: Record<string, string[] | undefined> = {};
  for (const id of BUILTIN_PACKS) {
    const pack = loadPack(id);
    const judged = judgePost(post(text), { pack, thresholds: { delete: 70, review: 1 } }, ['fixture_me']);
    const finding = judged.findings.find((f) => f.topic === topic);
    out[id] = finding?.standards;
    for (const n of finding?.standards ?? []) expect(clauseText(pack, n), `${id} ${n}`).toBeDefined();
  }
  return out;
}

describe('one post under each standards pack', () => {
  it('a patient identifier: each regulator\'s privacy and confidentiality clauses', () => {
    expect(cited('Patient NHS number 943 476 5919, please chase his bloods', 'confidentiality.identifier')).toEqual({
      hcpc: ['2.12', '5.1'],
      nmc: ['5.1', '20.10'],
      gmc: ['16', '88'],
      gphc: ['7'],
      swe: ['2.2', '5.6'],
    });
  });

  it('a promise of guaranteed results: each regulator\'s clauses on accurate promotion', () => {
    expect(cited('Guaranteed results or your money back! Book now', 'promotion.misleading-claim')).toEqual({
      hcpc: ['9.3'],
      nmc: ['6.1', '21.4'],
      gmc: ['89', '90'],
      gphc: ['4', '6'],
      swe: ['2.1'],
    });
  });

  it('drunk in uniform: each regulator\'s clauses on personal conduct', () => {
    expect(cited('Me absolutely wasted at the bar, still in my uniform', 'trust.intoxication')).toEqual({
      hcpc: ['9.1'],
      nmc: ['20.3', '20.8'],
      gmc: ['81'],
      gphc: ['6'],
      swe: ['5.6'],
    });
  });
});
