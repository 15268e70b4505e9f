/**
 * The learned concern signal (src/rules/model/concerns.ts, src/rules/common/learned.ts): the shipped
 * file and its provenance, a scorer that matches the training features, and the three conditions
 * every finding needs (the concern's gate, the margin, weighed words outside negation and report),
 * plus the rule that it never adds a concern another rule already found.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BITS, FeatureBuffer, featurise, wordBucket } from '../../src/rules/model/features.js';
import { CONCERN_MODEL_FORMAT, concernModels, concernScores, decodeConcernWeights, useConcernModels, type ConcernModel, type ConcernWeightsFile } from '../../src/rules/model/concerns.js';
import { LEARNED_RULES, dropCovered, learnedGates } from '../../src/rules/common/learned.js';
import { RULES, checkPost } from '../../src/rules/index.js';
import { analyse } from '../../src/rules/text/index.js';
import { assertWellFormed, makePost } from './rule-tester.js';

const FILE = new URL('../../src/rules/model/concerns.json', import.meta.url);
const OFFENSIVE = new URL('../../src/rules/model/offensive.json', import.meta.url);

describe('shipped concern models', () => {
  it('exist, decode, and keep both learned signals within 1 MB together', () => {
    expect(existsSync(FILE)).toBe(true);
    expect(statSync(FILE).size + statSync(OFFENSIVE).size).toBeLessThanOrEqual(1024 * 1024);
    const file = JSON.parse(readFileSync(FILE, 'utf8')) as ConcernWeightsFile;
    expect(file.format).toBe(CONCERN_MODEL_FORMAT);
    expect(file.bits).toBe(BITS);
    const models = decodeConcernWeights(file);
    expect(models.length).toBe(Object.keys(file.concerns).length);
    for (const m of models) {
      expect(Number.isFinite(m.margin)).toBe(true);
      expect([...m.table].filter((v) => v !== 0).length).toBeGreaterThan(100);
    }
  });

  it('carry their provenance: the project-written data, never the test split, the command and the calibration', () => {
    const file = JSON.parse(readFileSync(FILE, 'utf8')) as ConcernWeightsFile;
    const p = JSON.stringify(file.provenance);
    for (const needle of ['tests/eval/dev', 'Never the test split', 'npm run train:concerns', 'falseFlagBudget']) expect(p).toContain(needle);
    expect(file.provenance.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('refuse a file of another format or hash size', () => {
    const file = JSON.parse(readFileSync(FILE, 'utf8')) as ConcernWeightsFile;
    expect(() => decodeConcernWeights({ ...file, format: 'x/1' })).toThrow(/unknown format/);
    expect(() => decodeConcernWeights({ ...file, bits: BITS + 1 })).toThrow(/hashing/);
  });
});

/** A model for one concern that knows a single word, weighing it `w`. */
function oneWord(concern: ConcernModel['concern'], word: string, w: number, margin = 1): ConcernModel {
  const table = new Float32Array(1 << BITS);
  table[wordBucket(word)] = w;
  return { concern, table, bias: -1, margin };
}

describe('scorer', () => {
  let saved: readonly ConcernModel[];
  beforeAll(() => {
    saved = concernModels();
  });
  afterAll(() => useConcernModels([...saved]));

  it('gives the margin the training features give (bias + weights · counts / √n)', () => {
    // Margins set low, so that every model also shares its score out among the tokens.
    useConcernModels(saved.map((m) => ({ ...m, margin: -99 })));
    const post = makePost('Bed 4 is the mayor\'s wife again, third time this month, she never learns. Muslims and @someone https://x.co/a 12 😂');
    const t = analyse(post);
    const buffer = new FeatureBuffer();
    const n = featurise(t, buffer);
    for (const s of concernScores(t)) {
      const m = concernModels().find((x) => x.concern === s.concern)!;
      let sum = 0;
      for (let k = 0; k < n; k++) sum += m.table[buffer.bucket[k]!]!;
      expect(s.z).toBeCloseTo(m.bias + sum / Math.sqrt(n), 5);
      // The tokens' shares add up to the margin less the bias.
      expect([...s.contrib].reduce((a, b) => a + b, 0)).toBeCloseTo(s.z - m.bias, 5);
    }
  });

  it('shares nothing out while a model is below its margin', () => {
    useConcernModels(saved.map((m) => ({ ...m, margin: 99 })));
    for (const s of concernScores(analyse(makePost('an ordinary day at the clinic with my patients')))) expect(s.contrib.length).toBe(0);
  });

  it('scores nothing when switched off', () => {
    useConcernModels([]);
    expect(concernScores(analyse(makePost('anything at all about my patients')))).toEqual([]);
  });
});

describe('learned rules (with models that know only "zorblax")', () => {
  let saved: readonly ConcernModel[];
  const shipped = LEARNED_RULES.map((r) => r.meta.concern as ConcernModel['concern']);
  beforeAll(() => {
    saved = concernModels();
    useConcernModels(shipped.map((c) => oneWord(c, 'zorblax', 40)));
  });
  afterAll(() => useConcernModels([...saved]));

  const learned = (text: string) => checkPost(makePost(text)).filter((f) => f.ruleId.endsWith('/learned'));

  it('are registered last, one for each concern with a shipped model, boundaries and discrimination among them', () => {
    expect(RULES.slice(-LEARNED_RULES.length)).toEqual(LEARNED_RULES);
    for (const r of LEARNED_RULES) expect(r.meta.id).toBe(`${r.meta.concern}/learned`);
    expect(shipped).toEqual(expect.arrayContaining(['boundaries', 'discrimination']));
    expect(shipped.length).toBe(concernModels().length);
  });

  it('flag a post whose gate is open, quoting the weighed word, at review level', () => {
    const post = makePost('My patient was totally zorblax today');
    const found = learned(post.text);
    const open = learnedGates(analyse(post), post).filter((c) => shipped.includes(c));
    expect(open).toContain('boundaries');
    expect(found.map((f) => f.concern).sort()).toEqual([...open].sort());
    for (const f of found) {
      expect(f.severity).toBe('medium');
      expect(f.confidence).toBeLessThan(0.65);
      expect(f.evidence.map((e) => e.text)).toEqual(['zorblax']);
      expect(f.message).toContain('"zorblax"');
    }
    for (const r of LEARNED_RULES) assertWellFormed(r, post, found.filter((f) => f.ruleId === r.meta.id));
  });

  it('need the gate: the same words with no patient, work, group, health topic or selling flag nothing', () => {
    expect(learned('The weather was totally zorblax today')).toEqual([]);
  });

  it("open each concern's gate on its own evidence", () => {
    const gates = (text: string, media = false) => {
      const post = makePost({ text, ...(media ? { media: [{ type: 'photo' as const, path: null, altText: null }] } : {}) });
      return learnedGates(analyse(post), post);
    };
    expect(gates('Muslims are so zorblax')).toContain('discrimination');
    expect(gates('the vaccine is zorblax')).toContain('accuracy');
    expect(gates('book now, discount code zorblax')).toContain('promotion');
    expect(gates('zorblax', true)).toContain('confidentiality');
    expect(gates('zorblax')).toEqual([]);
  });

  it('do not count negated or reported words', () => {
    expect(learned('My patient was not zorblax today')).toEqual([]);
  });

  it('stay below the margin', () => {
    useConcernModels(shipped.map((c) => oneWord(c, 'zorblax', 40, 99)));
    expect(learned('My patient was totally zorblax today')).toEqual([]);
    useConcernModels(shipped.map((c) => oneWord(c, 'zorblax', 40)));
  });

  it('give way to any other rule of the same concern', () => {
    // The social-contact rule finds boundaries on its own: the learned boundaries finding is dropped.
    const all = checkPost(makePost('Added all my patients on Facebook, my patient was totally zorblax'));
    expect(all.some((f) => f.concern === 'boundaries' && !f.ruleId.endsWith('/learned'))).toBe(true);
    expect(all.filter((f) => f.ruleId === 'boundaries/learned')).toEqual([]);
  });
});

describe('dropCovered', () => {
  const f = (ruleId: string, concern: 'trust' | 'boundaries') => ({ ruleId, concern });
  it('drops a learned finding only when another rule found its concern', () => {
    expect(dropCovered([f('trust/intoxication', 'trust'), f('trust/learned', 'trust'), f('boundaries/learned', 'boundaries')])).toEqual([f('trust/intoxication', 'trust'), f('boundaries/learned', 'boundaries')]);
    const alone = [f('trust/learned', 'trust')];
    expect(dropCovered(alone)).toBe(alone);
  });
});
