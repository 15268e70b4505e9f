/** Media in judging: alt text read like post text, a photo's location, and work photos named by path. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ReportPostSchema } from '../../src/model/report.js';
import { ALT_TEXT_PREFIX } from '../../src/media/alt-text.js';
import { PHOTO_LOCATION_RULE_ID } from '../../src/media/location.js';
import { auditInput } from '../../src/pipeline/audit.js';
import { buildReport } from '../../src/pipeline/build-report.js';
import { redactReport } from '../../src/report/redact.js';
import { writeMediaArchive } from '../../fixtures/media/archive.js';
import { judge, pack, photo, post, ruleIds } from '../config/support.js';

const WASTED = 'Me absolutely wasted at the bar, still in my uniform';
const HERE = { latitude: 53.4808, longitude: -2.2426, from: 'file' as const };

describe('alt text is judged like the post text', () => {
  it('a finding in the description: prefixed message, no spans in evidence, spans of the alt text in media.evidence', () => {
    const p = post('Friday!', { media: [photo(), photo({ altText: WASTED })] });
    const r = judge(p);
    expect(() => ReportPostSchema.parse(r)).not.toThrow();
    const f = r.findings.find((x) => x.ruleId === 'trust/intoxication')!;
    expect(f.message.startsWith(ALT_TEXT_PREFIX)).toBe(true);
    expect(f.evidence).toEqual([]);
    expect(f.media!.index).toBe(1);
    expect(f.media!.evidence.length).toBeGreaterThan(0);
    for (const e of f.media!.evidence) expect(WASTED.slice(e.start, e.end)).toBe(e.text);
    expect(f.media!.evidence.map((e) => e.text)).toContain('wasted');
    expect(r.recommendation).not.toBe('keep');
  });

  it('an innocent description adds nothing', () => {
    expect(judge(post('Friday!', { media: [photo({ altText: 'A tidy desk with a laptop and a small plant' })] })).findings).toEqual([]);
  });

  it('a description the text already holds is not judged twice (a Facebook photo post\'s text is its description)', () => {
    const r = judge(post(WASTED, { media: [photo({ altText: WASTED })] }));
    expect(r.findings.filter((f) => f.ruleId === 'trust/intoxication')).toHaveLength(1);
    expect(r.findings.every((f) => !f.message.startsWith(ALT_TEXT_PREFIX))).toBe(true);
  });

  it('a rule that found something in the text is not reported again for the description', () => {
    const r = judge(post('Absolutely wasted last night', { media: [photo({ altText: WASTED }), photo({ altText: `${WASTED} again` })] }));
    expect(r.findings.filter((f) => f.ruleId === 'trust/intoxication')).toHaveLength(1);
    expect(r.findings.find((f) => f.ruleId === 'trust/intoxication')!.media).toBeUndefined();
  });

  it('allow, notPatients, severities and custom terms apply to descriptions too', () => {
    const p = post('Friday!', { media: [photo({ altText: WASTED })] });
    expect(ruleIds(judge(p, { allow: ['absolutely wasted', 'in my uniform'] }))).not.toContain('trust/intoxication');
    expect(judge(p, { ruleOverrides: { 'trust/intoxication': 'low' } }).findings.find((f) => f.ruleId === 'trust/intoxication')!.severity).toBe('low');
    const custom = judge(post('Friday!', { media: [photo({ altText: 'Team night out at Greggs' })] }), { customTerms: [{ term: 'greggs', concern: 'promotion' }] });
    expect(custom.findings).toEqual([
      expect.objectContaining({ ruleId: 'custom/terms', concern: 'promotion', evidence: [], media: { index: 0, evidence: [{ start: 18, end: 24, text: 'Greggs' }] } }),
    ]);
    const alfie = post('Proud day', { media: [photo({ altText: 'My patient Baby Alfie is doing great' })] });
    expect(ruleIds(judge(alfie))).toContain('confidentiality/patient-details');
    expect(ruleIds(judge(alfie, { notPatients: ['Alfie'] }))).not.toContain('confidentiality/patient-details');
  });
});

describe("a photo's GPS position", () => {
  it('alone: a low finding that does not flag the post by itself, naming the photo', () => {
    const p = post('Sunset walk along the river', { media: [photo({ exif: HERE })] });
    const r = judge(p);
    const f = r.findings.find((x) => x.ruleId === PHOTO_LOCATION_RULE_ID)!;
    expect(f).toMatchObject({ concern: 'confidentiality', topic: 'confidentiality.images', severity: 'low', evidence: [], media: { index: 0, evidence: [] } });
    expect(f.standards).toEqual(['2.12', '5.1']);
    expect(f.message).toContain('data/tweets_media/1-abc.jpg');
    expect(f.message).toMatch(/GPS position .* patient's home or your workplace/);
    expect(judge(p, { thresholds: { delete: 70, review: 25 } }).recommendation).toBe('keep');
  });

  it('with words that place the photo at work: medium, and the post is for review', () => {
    const r = judge(post('Quiet night on the ward for once', { media: [photo({ exif: HERE })] }), { thresholds: { delete: 70, review: 25 } });
    expect(r.recommendation).toBe('review');
    expect(r.findings.find((x) => x.ruleId === PHOTO_LOCATION_RULE_ID)).toMatchObject({ severity: 'medium', message: expect.stringContaining('taken at work') });
  });

  it('one finding for several located photos; none without a position; the rule can be switched off or raised', () => {
    const two = judge(post('Holiday', { media: [photo({ exif: HERE }), photo({ path: 'b.jpg', exif: HERE })] }));
    expect(two.findings.filter((f) => f.ruleId === PHOTO_LOCATION_RULE_ID)).toHaveLength(1);
    expect(two.findings[0]!.message).toMatch(/^2 photos \(data\/tweets_media\/1-abc\.jpg, b\.jpg\) carry/);
    expect(judge(post('Holiday', { media: [photo({ exif: { takenAt: '2019-01-01T10:00:00', from: 'file' } })] })).findings).toEqual([]);
    expect(judge(post('Holiday', { media: [photo({ exif: HERE })] }), { ruleOverrides: { [PHOTO_LOCATION_RULE_ID]: 'off' } }).findings).toEqual([]);
    const raised = judge(post('Holiday', { media: [photo({ exif: HERE })] }), { ruleOverrides: { [PHOTO_LOCATION_RULE_ID]: 'medium' }, thresholds: { delete: 70, review: 25 } });
    expect(raised.recommendation).toBe('review');
  });
});

describe('photos the words place at work are listed with their path', () => {
  it('the image rule\'s message names each photo in the export', () => {
    const r = judge(post('X-ray of my patient on the ward', { media: [photo(), photo({ path: 'data/tweets_media/2-def.jpg' })] }));
    const f = r.findings.find((x) => x.ruleId === 'confidentiality/images')!;
    expect(f.standards).toEqual(['2.12', '5.1']);
    expect(f.message).toMatch(/Look at the photos: they are data\/tweets_media\/1-abc\.jpg, data\/tweets_media\/2-def\.jpg in the export\.$/);
  });

  it('a photo the export does not include: no path to give', () => {
    const r = judge(post('X-ray of my patient on the ward', { media: [photo({ path: null })] }));
    expect(r.findings.find((x) => x.ruleId === 'confidentiality/images')!.message).not.toMatch(/Look at/);
  });
});

describe('redaction', () => {
  it('maps description evidence onto the redacted description and drops GPS positions', () => {
    const alt = 'Visiting my patient Mrs Jones in bay 4, she is 91';
    const p = post('Lovely afternoon', { media: [photo({ altText: alt, exif: { ...HERE, takenAt: '2019-06-30T14:05:09' } })] });
    const judged = judge(p);
    const f = judged.findings.find((x) => x.media && x.media.evidence.length)!;
    expect(f).toBeDefined();
    const report = redactReport(buildReport([{ path: 'x', platform: 'x', account: 'fixture_me', posts: 1, warnings: [], error: null }], [[judged]], { pack, since: undefined, until: undefined, includeMessages: false, thresholds: { delete: 70, review: 1 } }));
    const out = report.posts[0]!;
    const redactedAlt = out.media![0]!.altText!;
    expect(redactedAlt).not.toContain('Jones');
    const rf = out.findings.find((x) => x.ruleId === f.ruleId)!;
    for (const e of rf.media!.evidence) expect(redactedAlt.slice(e.start, e.end)).toBe(e.text);
    expect(JSON.stringify(rf)).not.toContain('Jones');
    expect(out.media![0]!.exif).toEqual({ takenAt: '2019-06-30T14:05:09', from: 'file' });
    const located = redactReport(buildReport([], [[judge(post('Walk', { media: [photo({ exif: HERE })] }))]], { pack, since: undefined, until: undefined, includeMessages: false, thresholds: { delete: 70, review: 1 } }));
    expect(located.posts[0]!.media![0]).not.toHaveProperty('exif');
  });
});

describe('the media pass in an audit (a generated X archive with photos)', () => {
  let dir: string;
  let zip: string;
  let photoPaths: Map<string, string[]>;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'hindsight-media-audit-'));
    ({ zip, photoPaths } = await writeMediaArchive(dir));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('notes positions, judges descriptions and names work photos; --no media pass notes none', async () => {
    const audit = await auditInput(zip, { pack, thresholds: { delete: 70, review: 25 } });
    expect(audit.input.error).toBeNull();
    expect(audit.input.warnings).toEqual([]);
    const by = (start: string) => audit.posts.find((p) => p.text.startsWith(start))!;
    expect(by('Sunset').media![0]!.exif).toMatchObject({ from: 'file', takenAt: '2019-06-30T14:05:09+01:00' });
    expect(by('Sunset').recommendation).toBe('keep');
    const ward = by('Quiet night');
    expect(ward.recommendation).toBe('review');
    expect(ward.findings.map((f) => f.ruleId).sort()).toEqual(['confidentiality/images', PHOTO_LOCATION_RULE_ID]);
    for (const f of ward.findings) expect(f.message).toContain(photoPaths.get('ward')![0]!);
    const alt = by('Friday');
    expect(alt.findings[0]!.message.startsWith(ALT_TEXT_PREFIX)).toBe(true);
    expect(alt.recommendation).not.toBe('keep');

    const without = await auditInput(zip, { pack, readMedia: false });
    expect(without.posts.every((p) => (p.media ?? []).every((m) => m.exif === undefined))).toBe(true);
  });
});
