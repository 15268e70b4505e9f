/**
 * Synthetic reports for the renderer tests. Every text here is made up for the tests; none is
 * taken from a real person or dataset.
 */
import type { Evidence, Finding } from '../../src/model/finding.js';
import type { Report, ReportPost } from '../../src/model/report.js';

/** Evidence for the n-th (0-based) occurrence of `needle` in `text`, with correct offsets. */
export function ev(text: string, needle: string, occurrence = 0): Evidence {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    if (at === -1) throw new Error(`"${needle}" not found ${occurrence + 1} times in "${text}"`);
  }
  return { start: at, end: at + needle.length, text: needle };
}

export function finding(overrides: Partial<Finding> = {}): Finding {
  return {
    ruleId: 'trust/intoxication',
    concern: 'trust',
    topic: 'trust.intoxication',
    standards: ['9.1'],
    severity: 'medium',
    confidence: 0.8,
    message: 'Mentions being drunk.',
    evidence: [],
    ...overrides,
  };
}

let counter = 0;

export function post(overrides: Partial<ReportPost> = {}): ReportPost {
  counter++;
  return {
    id: `p${counter}`,
    platform: 'x',
    account: 'sample_nurse',
    kind: 'post',
    createdAt: '2020-01-01T10:00:00.000Z',
    url: `https://x.com/sample_nurse/status/${1000 + counter}`,
    text: 'A perfectly ordinary post.',
    recommendation: 'keep',
    score: 0,
    findings: [],
    ...overrides,
  };
}

/** A flagged post whose findings each mark the given needles in its text. */
export function flagged(
  text: string,
  needles: string[],
  overrides: Partial<ReportPost> = {},
  findingOverrides: Partial<Finding> = {},
): ReportPost {
  return post({
    text,
    recommendation: 'review',
    score: 50,
    findings: [finding({ evidence: needles.map((n) => ev(text, n)), ...findingOverrides })],
    ...overrides,
  });
}

export const HCPC_STANDARDS = {
  id: 'hcpc',
  name: 'Health and Care Professions Council (HCPC)',
  document: 'Standards of conduct, performance and ethics, as quoted in the HCPC\u2019s Guidance on social media',
  date: '2024-09-01',
};

export const CLAUSES = [
  {
    number: '1.9',
    heading: 'Maintain appropriate boundaries',
    text: 'You must take action to set and maintain appropriate professional boundaries with service users and/or carers and colleagues.',
  },
  {
    number: '5.1',
    heading: 'Respect confidentiality',
    text: 'You must treat information about service users as confidential.',
  },
  {
    number: '9.1',
    heading: 'Be honest and trustworthy',
    text: 'You must make sure that your conduct justifies the public\u2019s trust and confidence in you and your profession.',
  },
];

/** Texts a hostile or careless export could contain; each must render inert. */
export const HOSTILE = {
  script: 'nice <script>alert(1)</script> day',
  img: 'look <img src=x onerror=alert(1)> here',
  jsLink: 'please [click](javascript:alert(1)) now',
  dataImage: 'pic ![](data:image/png;base64,AAAA) end',
  heading: 'first line\n# Heading\nthird line',
  rule: 'above\n---\nbelow',
  pipe: 'a | b | c',
  bidi: 'pay \u202Eevil\u202C to \u2066me\u2069 \u200Fok',
};

export function sampleReport(): Report {
  counter = 0; // same ids and links on every call, so renders can be compared byte for byte
  const drunk = 'Absolutely drunk after the ward party, do not tell matron';
  const patient = 'Saw my patient Mrs X at Tesco, she was drunk again';
  const overlap = 'Call me on my personal number, message me privately';
  const specials = 'So *drunk* and _wasted_ at [the] #party (again) | 100% `true` <3 \\o/';
  return {
    schemaVersion: 1,
    generator: { name: 'hindsight', version: '0.1.0' },
    generatedAt: '2025-01-02T03:04:05.000Z',
    standards: HCPC_STANDARDS,
    clauses: CLAUSES,
    options: { since: null, until: null, includeMessages: false, thresholds: { delete: 70, review: 40 } },
    inputs: [
      {
        path: 'exports/twitter-2024.zip',
        platform: 'x',
        account: 'sample_nurse',
        posts: 6,
        warnings: [{ file: 'data/broken.js', message: 'could not parse: unexpected token' }],
        error: null,
      },
      {
        path: 'exports/facebook',
        platform: 'facebook',
        account: null,
        posts: 4,
        warnings: [],
        error: null,
        messagesScanned: false,
      },
      { path: 'exports/missing.zip', platform: null, account: null, posts: 0, warnings: [], error: 'file not found' },
    ],
    summary: {
      posts: 11,
      delete: 3,
      review: 4,
      keep: 4,
      byStandard: { '9.1': 5, '1.9': 1, '5.1': 1 },
      byConcern: { trust: 5, boundaries: 1, confidentiality: 1 },
      byYear: { '2015': 1, '2019': 2, '2021': 3 },
      byPlatform: { x: { posts: 7, flagged: 5 }, facebook: { posts: 4, flagged: 2 } },
      decided: { keep: 1, deleted: 1 },
    },
    posts: [
      // Review, listed after the delete section.
      flagged(overlap, ['personal number', 'number, message me', 'privately'], {
        id: 'overlap',
        score: 60,
        createdAt: '2021-05-05T09:30:00.000Z',
        platform: 'facebook',
        kind: 'comment',
        url: 'https://www.facebook.com/permalink/overlap',
      }, { ruleId: 'boundaries/contact', concern: 'boundaries', topic: 'boundaries.contact', standards: ['1.9'], message: 'Offers private contact.' }),
      // Two deletes with the same score: the older comes first.
      flagged(drunk, ['drunk'], { id: 'del-newer', recommendation: 'delete', score: 90, createdAt: '2021-02-01T20:15:00.000Z' }),
      flagged(drunk, ['drunk'], {
        id: 'del-older',
        recommendation: 'delete',
        score: 90,
        createdAt: '2015-07-08T23:59:00.000Z',
        platform: 'facebook',
        url: null,
      }),
      post({
        id: 'del-top',
        text: patient,
        recommendation: 'delete',
        score: 95,
        createdAt: '2019-11-12T08:05:00.000Z',
        findings: [
          finding({
            ruleId: 'confidentiality/identifiable',
            concern: 'confidentiality',
            topic: 'confidentiality.identifiable',
            standards: ['5.1'],
            severity: 'high',
            confidence: 0.9,
            message: 'Describes a patient who could be identified.',
            evidence: [ev(patient, 'my patient Mrs X')],
          }),
          finding({ severity: 'low', confidence: 0.55, evidence: [ev(patient, 'drunk')] }),
        ],
      }),
      flagged(specials, ['*drunk*', '_wasted_', '[the] #party', '`true` <3'], { id: 'specials', score: 45, createdAt: '2019-01-01T00:00:00.000Z' }),
      flagged('DECIDED-KEEP-SENTINEL drunk at a wedding', ['drunk'], { id: 'decided-keep', score: 41, decision: 'keep' }),
      // Marked deleted but still in the export: first in its list despite the lowest score.
      flagged('Hungover on shift again', ['Hungover'], { id: 'decided-deleted', score: 42, decision: 'deleted' }),
      post({ id: 'kept-1', text: 'KEPT-SENTINEL-ONE lovely walk today' }),
      post({ id: 'kept-2', text: 'KEPT-SENTINEL-TWO new job news', platform: 'facebook', score: 12 }),
    ],
  };
}

/** A report in which nothing was flagged. */
export function cleanReport(): Report {
  const r = sampleReport();
  return {
    ...r,
    inputs: [r.inputs[0] as Report['inputs'][number]],
    summary: { posts: 2, delete: 0, review: 0, keep: 2, byStandard: {}, byConcern: {} },
    posts: r.posts.filter((p) => p.recommendation === 'keep'),
  };
}

/** A report made of one flagged post with the given text and evidence needles. */
export function singlePostReport(text: string, needles: string[], overrides: Partial<ReportPost> = {}): Report {
  const r = sampleReport();
  return {
    ...r,
    summary: { posts: 1, delete: 0, review: 1, keep: 0, byStandard: { '9.1': 1 }, byConcern: { trust: 1 } },
    posts: [flagged(text, needles, { id: 'only', ...overrides })],
  };
}
