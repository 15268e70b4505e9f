/** Each configuration key's effect on judging and on what an audit reads. */
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { auditInput } from '../../src/pipeline/audit.js';
import { auditOptionsFrom, parseConfigText, resolveConfig } from '../../src/config.js';
import { customTermRules, CUSTOM_RULE_ID } from '../../src/rules/custom.js';
import { runRules } from '../../src/rules/index.js';
import { judge, pack, post, ruleIds } from './support.js';

const DRUNK = 'Getting drunk tonight at Greggs with the team, fucking brilliant';
const PATIENT = 'Lovely chat with my patient Mrs Jones in bay 4 today';
const ALFIE = 'My patient Baby Alfie is doing great';

describe('rules: off, or another severity', () => {
  it('the findings as they are without configuration', () => {
    // The swearing gives way to the drinking finding that explains the post (rules/communication/combine.ts).
    const r = judge(post(DRUNK));
    expect(ruleIds(r).sort()).toEqual(['trust/intoxication']);
  });

  it('"off" switches a rule off, or a whole concern', () => {
    expect(ruleIds(judge(post(DRUNK), { ruleOverrides: { 'communication/profanity': 'off' } }))).toEqual(['trust/intoxication']);
    expect(ruleIds(judge(post(DRUNK), { ruleOverrides: { trust: 'off' } }))).toEqual(['communication/profanity']);
  });

  it('a severity replaces the rule\'s, and the score follows it', () => {
    const before = judge(post(DRUNK));
    const after = judge(post(DRUNK), { ruleOverrides: { 'trust/intoxication': 'high' } });
    expect(after.findings.find((f) => f.ruleId === 'trust/intoxication')!.severity).toBe('high');
    expect(after.score).toBeGreaterThan(before.score);
    // A concern's setting applies to its rules; a rule's own setting wins over its concern's.
    // A trust finding turned down to low no longer explains the post, so the swearing is reported again.
    const low = judge(post(DRUNK), { ruleOverrides: { communication: 'low', trust: 'high', 'trust/intoxication': 'low' } });
    expect(Object.fromEntries(low.findings.map((f) => [f.ruleId, f.severity]))).toEqual({ 'communication/profanity': 'low', 'trust/intoxication': 'low' });
    const medium = judge(post(DRUNK), { ruleOverrides: { communication: 'low', trust: 'low', 'trust/intoxication': 'medium' } });
    expect(Object.fromEntries(medium.findings.map((f) => [f.ruleId, f.severity]))).toEqual({ 'trust/intoxication': 'medium' });
  });
});

describe('thresholds', () => {
  it('decide delete, review and keep', () => {
    const p = post(DRUNK);
    const { score } = judge(p);
    expect(judge(p, { thresholds: { delete: 70, review: 25 } }).recommendation).toBe(score >= 70 ? 'delete' : 'review');
    expect(judge(p, { thresholds: { delete: score, review: score - 1 } }).recommendation).toBe('delete');
    expect(judge(p, { thresholds: { delete: 100, review: score + 1 } }).recommendation).toBe('keep');
    expect(judge(p, { thresholds: { delete: 100, review: score + 1 } }).findings).toEqual([]);
  });
});

describe('allow', () => {
  it('drops evidence in an allowed phrase, and a finding left with none', () => {
    // The drinking finding allowed away no longer silences the swearing.
    const r = judge(post(DRUNK), { allow: ['drunk  TONIGHT'] });
    expect(ruleIds(r)).toEqual(['communication/profanity']);
  });

  it('matches whole words only, with any case, spacing and apostrophe', () => {
    expect(ruleIds(judge(post(DRUNK), { allow: ['runk'] })).sort()).toEqual(['trust/intoxication']);
    const p = post('My patient Mrs O’Brien from ward 6 is back');
    const texts = (allow: string[]) => judge(p, { allow }).findings.flatMap((f) => f.evidence.map((e) => e.text));
    expect(texts([])).toEqual(['patient', 'Mrs O’Brien', 'ward 6']);
    expect(texts(["mrs  o'brien"])).toEqual(['patient', 'ward 6']);
    expect(texts(['Bri', 'ward 61'])).toEqual(['patient', 'Mrs O’Brien', 'ward 6']);
  });

  it('keeps a finding that has evidence outside the phrase, without the allowed span', () => {
    const r = judge(post(PATIENT), { allow: ['Mrs Jones'] });
    const f = r.findings.find((x) => x.ruleId === 'confidentiality/patient-details')!;
    expect(f.evidence.map((e) => e.text)).not.toContain('Mrs Jones');
    expect(f.evidence.length).toBeGreaterThan(0);
  });
});

describe('notPatients', () => {
  it('drops a confidentiality finding whose only identifying evidence is such a name', () => {
    expect(ruleIds(judge(post(ALFIE)))).toEqual(['confidentiality/patient-details']);
    expect(judge(post(ALFIE), { notPatients: ['alfie'] }).findings).toEqual([]);
  });

  it('keeps one that has other identifying details, without the name', () => {
    const r = judge(post(PATIENT), { notPatients: ['Mrs Jones'] });
    const f = r.findings.find((x) => x.ruleId === 'confidentiality/patient-details')!;
    expect(f.evidence.map((e) => e.text)).toEqual(expect.arrayContaining(['bay 4']));
    expect(f.evidence.map((e) => e.text)).not.toContain('Mrs Jones');
  });

  it('leaves other concerns alone', () => {
    const r = judge(post('Sue is a fucking idiot'), { notPatients: ['Sue'] });
    expect(judge(post('Sue is a fucking idiot')).findings.length).toBe(r.findings.length);
  });
});

describe('terms (src/rules/custom.ts)', () => {
  const terms = [
    { term: 'big pharma', concern: 'accuracy' as const },
    { pattern: '\\bbed\\s?\\d+\\b', concern: 'confidentiality' as const, topic: 'confidentiality.identifiable', severity: 'high' as const, message: 'Gives a bed number, {match}.' },
    { term: 'Greggs', concern: 'promotion' as const, severity: 'low' as const, message: 'Names the sponsor' },
  ];

  it('a term matches whatever its case, spacing, apostrophes and accents, never inside a word', () => {
    const r = judge(post("Don't believe BIG   Pharma's lies"), { customTerms: terms });
    const f = r.findings.find((x) => x.ruleId === CUSTOM_RULE_ID)!;
    expect(f).toMatchObject({ concern: 'accuracy', topic: 'accuracy.custom', severity: 'medium' });
    expect(f.evidence.map((e) => e.text)).toEqual(['BIG   Pharma\'s']);
    expect(f.message).toBe('Uses "BIG Pharma\'s", one of the terms you asked hindsight to flag.');
    expect(f.standards).toEqual(pack.concerns.accuracy);
    expect(judge(post('Off to the big pharmacy'), { customTerms: terms }).findings).toEqual([]);
  });

  it('a pattern is a regular expression on the text; the message, topic and severity are the user\'s', () => {
    const p = post('Moved the lady in Bed 12 to the window', {});
    const f = judge(p, { customTerms: terms }).findings.find((x) => x.ruleId === CUSTOM_RULE_ID)!;
    expect(f).toMatchObject({ concern: 'confidentiality', topic: 'confidentiality.identifiable', severity: 'high', message: 'Gives a bed number, "Bed 12".' });
    expect(f.standards).toEqual(pack.topics['confidentiality.identifiable']);
    expect(p.text.slice(f.evidence[0]!.start, f.evidence[0]!.end)).toBe('Bed 12');
  });

  it('a message without {match} gets the words after it; the rule can be switched off', () => {
    const r = judge(post(DRUNK), { customTerms: terms });
    expect(r.findings.find((x) => x.ruleId === CUSTOM_RULE_ID)).toMatchObject({ concern: 'promotion', severity: 'low', message: 'Names the sponsor ("Greggs")' });
    expect(ruleIds(judge(post(DRUNK), { customTerms: terms, ruleOverrides: { 'custom/terms': 'off' } }))).not.toContain(CUSTOM_RULE_ID);
  });

  it('one rule per concern, all with the id custom/terms; none without terms', () => {
    const rules = customTermRules(terms);
    expect(rules.map((r) => [r.meta.id, r.meta.concern])).toEqual([
      ['custom/terms', 'accuracy'],
      ['custom/terms', 'confidentiality'],
      ['custom/terms', 'promotion'],
    ]);
    expect(customTermRules([])).toEqual([]);
    // Quoted or shared words weigh less, as for every rule.
    const shared = runRules(rules, post('big pharma', { kind: 'repost', sharedFrom: 'someone' }), new Set());
    expect(shared[0]!.quoted).toBe(true);
  });
});

describe('platforms, kinds, since and until (on an X archive)', () => {
  const archive = resolve(import.meta.dirname, '..', '..', 'fixtures', 'x', 'current');

  async function audit(json: string) {
    const config = resolveConfig({ file: 'hindsight.config.json', config: parseConfigText(json) });
    return auditInput(archive, { pack, ...auditOptionsFrom(config), readMedia: false });
  }

  it('reads every post without filters', async () => {
    const all = await audit('{}');
    expect(all.input.error).toBeNull();
    expect(new Set(all.posts.map((p) => p.kind)).size).toBeGreaterThan(2);
  });

  it('keeps only the kinds and platforms listed', async () => {
    const all = await audit('{}');
    const likes = await audit('{ "kinds": ["like"] }');
    expect(likes.posts.length).toBe(all.posts.filter((p) => p.kind === 'like').length);
    expect(likes.posts.length).toBeGreaterThan(0);
    expect(likes.input.posts).toBe(likes.posts.length);
    expect((await audit('{ "platforms": ["facebook"] }')).posts).toEqual([]);
    expect((await audit('{ "platforms": ["x"] }')).posts.length).toBe(all.posts.length);
  });

  it('since and until from the file limit the posts', async () => {
    const all = await audit('{}');
    const some = await audit('{ "since": "2024-01-01", "until": "2024-12-31" }');
    expect(some.posts.length).toBe(all.posts.filter((p) => p.createdAt >= '2024-01-01' && p.createdAt <= '2024-12-31T23:59:59.999Z').length);
    expect(some.posts.length).toBeGreaterThan(0);
    expect(some.posts.length).toBeLessThan(all.posts.length);
  });

  it('passes the time zone to the importer', () => {
    expect(auditOptionsFrom(resolveConfig({ file: null, config: parseConfigText('{ "timezone": "America/New_York" }') })).timeZone).toBe('America/New_York');
  });
});
