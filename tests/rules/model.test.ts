/**
 * The learned offensive-language signal (src/rules/model): the shipped weights and their
 * provenance, a deterministic scorer, and the gates that keep it from flagging a post for naming
 * a group or for a generic "you".
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BITS, wordBucket } from '../../src/rules/model/features.js';
import { activeWeights, decodeWeights, offensiveMargin, offensiveScore, useWeights, type Weights, type WeightsFile } from '../../src/rules/model/scorer.js';
import { analyse } from '../../src/rules/text/index.js';
import { concernModels, useConcernModels, type ConcernModel } from '../../src/rules/model/concerns.js';
import { abuseRule } from '../../src/rules/communication/abuse.js';
import { derogationRule } from '../../src/rules/discrimination/derogation.js';
import { RULES } from '../../src/rules/index.js';
import { assertWellFormed, makePost, runRule } from './rule-tester.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const WEIGHTS = new URL('../../src/rules/model/offensive.json', import.meta.url);
const PROVENANCE = new URL('../../src/rules/model/PROVENANCE.md', import.meta.url);

describe('shipped weights', () => {
  it('exist, are at most 1 MB and decode', () => {
    expect(existsSync(WEIGHTS)).toBe(true);
    expect(statSync(WEIGHTS).size).toBeLessThanOrEqual(1024 * 1024);
    const file = JSON.parse(readFileSync(WEIGHTS, 'utf8')) as WeightsFile;
    expect(file.format).toBe('hindsight-hashed-lr/1');
    expect(file.bits).toBe(BITS);
    const w = decodeWeights(file);
    expect(w.table.length).toBe(1 << BITS);
    expect([...w.table].filter((v) => v !== 0).length).toBeGreaterThan(1000);
    for (const name of ['offensive', 'anchor', 'offensiveWeak', 'anchorWeak', 'strong']) expect(Number.isFinite(file.thresholds[name])).toBe(true);
  });

  it('carry their provenance: data, licences, citations, date, command and metrics', () => {
    const file = JSON.parse(readFileSync(WEIGHTS, 'utf8')) as WeightsFile;
    const p = JSON.stringify(file.provenance);
    for (const needle of ['OLID', 'Zampieri', 'CC BY 4.0', 'Davidson', 'MIT', 'npm run train']) expect(p).toContain(needle);
    expect(file.provenance.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const md = readFileSync(PROVENANCE, 'utf8');
    for (const needle of ['Zampieri', 'Davidson', 'CC BY 4.0', 'MIT', 'npm run train', 'macro-F1', 'CONSTRAINT']) expect(md).toContain(needle);
  });

  it('load as the active weights', () => {
    expect(activeWeights()).not.toBeNull();
  });
});

describe('scorer', () => {
  it('is deterministic', () => {
    const text = '@someone you are an absolute disgrace and everyone knows it';
    const a = offensiveScore(analyse(makePost(text)));
    const b = offensiveScore(analyse(makePost(text)));
    expect(a.z).toBe(b.z);
    expect(a.top).toEqual(b.top);
    expect(Number.isFinite(a.z)).toBe(true);
  });

  it('gives the same score from its word cache as from the features directly', () => {
    for (const text of ['@someone you are an absolute disgrace and everyone knows it', 'Muslims are welcome at our clinic, thank you', 'What a fucking day. Rota is shit!!', 'fuuuuck off @x 🤬 https://example.com #NotMyNHS', '']) {
      const t = analyse(makePost(text));
      const a = offensiveScore(t).z;
      const b = offensiveMargin(analyse(makePost(text)));
      if (text === '') expect(a).toBe(-Infinity);
      else expect(Math.abs(a - b), text).toBeLessThan(1e-6);
    }
  });

  it('gives the same score whichever group a sentence names', () => {
    const groups = ['Muslims', 'Jews', 'immigrants', 'gay men', 'trans women', 'disabled people', 'old people', 'pregnant women', 'women', 'Black people', 'Polish people'];
    for (const template of ['{G} are welcome at our clinic', '@bob {G} are ruining everything, pathetic', 'Honestly {G} make me laugh']) {
      const scores = groups.map((g) => offensiveScore(analyse(makePost(template.replace('{G}', g)))).z);
      expect(new Set(scores).size, template).toBe(1);
    }
  });

  it('scores nothing when switched off', () => {
    const saved = activeWeights();
    useWeights(null);
    try {
      expect(offensiveScore(analyse(makePost('@x you are a disgrace'))).z).toBe(-Infinity);
      expect(runRule(abuseRule, makePost('@x you are a walking disaster'))).toEqual([]);
    } finally {
      useWeights(saved);
    }
  });
});

/** Weights that know one word, "wombat", so the gates can be tested whatever was trained. */
function wombatWeights(): Weights {
  const table = new Float32Array(1 << BITS);
  table[wordBucket('wombat')] = 40;
  return { table, bias: -2, thresholds: { offensive: 0, anchor: 5, offensiveWeak: 0, anchorWeak: 30, strong: 0.5 } };
}

describe('gates (with weights that know only "wombat")', () => {
  let saved: Weights | null = null;
  let savedConcerns: readonly ConcernModel[] = [];
  beforeAll(() => {
    saved = activeWeights();
    useWeights(wombatWeights());
    // The per-concern models (tests/rules/learned-concerns.test.ts) are off: only this signal is under test.
    savedConcerns = concernModels();
    useConcernModels([]);
  });
  afterAll(() => {
    useWeights(saved);
    useConcernModels([...savedConcerns]);
  });

  const findings = (text: string, post: Record<string, unknown> = {}) => {
    const p = makePost({ ...post, text });
    const out = RULES.filter((r) => r.meta.concern === 'communication' || r.meta.concern === 'discrimination').flatMap((r) => {
      const f = runRule(r, p);
      assertWellFormed(r, p, f);
      return f;
    });
    return out;
  };

  it('flags a post aimed at an account, quoting the weighed word', () => {
    const f = findings('@dave_x you utter wombat');
    expect(f.map((x) => x.ruleId)).toEqual(['communication/abuse']);
    expect(f[0]!.evidence.map((e) => e.text)).toEqual(['wombat']);
    expect(f[0]!.severity).toBe('medium');
  });

  it('flags a reply too', () => {
    expect(findings('utter wombat', { kind: 'reply', inReplyTo: '1' }).map((x) => x.ruleId)).toEqual(['communication/abuse']);
  });

  it('asks more of a post aimed at no account (a generic "you"): the weak gate\'s heavier anchor', () => {
    expect(findings('you utter wombat').map((x) => x.ruleId)).toEqual(['communication/abuse']);
    expect(findings('What a wombat of a day')).toEqual([]);
    const saved = activeWeights();
    useWeights({ ...wombatWeights(), thresholds: { ...wombatWeights().thresholds, anchorWeak: 100 } });
    try {
      expect(findings('you utter wombat')).toEqual([]);
      expect(findings('If you see a wombat, call the ranger')).toEqual([]);
      expect(findings('@dave_x you utter wombat').map((x) => x.ruleId)).toEqual(['communication/abuse']);
    } finally {
      useWeights(saved);
    }
  });

  it('does not count quoted words unless the post is aimed at an account', () => {
    expect(findings('"you utter wombat" is my favourite line in the film')).toEqual([]);
    expect(findings('@dave_x "you utter wombat"').map((x) => x.ruleId)).toEqual(['communication/abuse']);
  });

  it('leaves the user tagging themselves alone', () => {
    const p = makePost('@me_physio utter wombat');
    expect(runRule(abuseRule, p, ['me_physio'])).toEqual([]);
  });

  it('does not count negated or reported words', () => {
    expect(findings('@dave_x you are not a wombat')).toEqual([]);
    expect(findings('@dave_x a patient called me a wombat today')).toEqual([]);
  });

  it('does not flag a group for being named, only with a weighed word beside it', () => {
    for (const g of ['Muslims', 'Trans women', 'Disabled people', 'Old people', 'Immigrants', 'Gay men']) {
      expect(findings(`${g} are welcome at our clinic`), g).toEqual([]);
      expect(findings(`Proud to work with ${g.toLowerCase()} every day`), g).toEqual([]);
      const hostile = findings(`${g} are total wombat material`);
      expect(hostile.map((x) => x.ruleId), g).toEqual(['discrimination/derogation']);
      expect(hostile[0]!.evidence.map((e) => e.text)).toContain('wombat');
    }
  });

  it('does not flag a question or a negated statement about a group', () => {
    expect(findings('Are immigrants total wombat material?')).toEqual([]);
    expect(findings('Immigrants are not wombat material')).toEqual([]);
  });

  it('never runs on a post that is neither aimed at an account nor names a group', () => {
    const derog = runRule(derogationRule, makePost('What a wombat of a day'));
    expect(derog).toEqual([]);
    expect(runRule(abuseRule, makePost('What a wombat of a day'))).toEqual([]);
  });
});

describe('training', () => {
  it('skips with a clear message when the shared datasets are absent', () => {
    const before = readFileSync(WEIGHTS, 'utf8');
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'train/train.ts'], {
      cwd: ROOT,
      env: { ...process.env, HINDSIGHT_SHARED_DIR: '/nonexistent/hindsight-shared' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/Skipped training: .* is absent/);
    expect(readFileSync(WEIGHTS, 'utf8')).toBe(before);
  }, 60_000);
});
