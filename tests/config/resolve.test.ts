import { describe, expect, it } from 'vitest';
import {
  ConfigFileSchema,
  STARTER_CONFIG,
  auditOptionsFrom,
  parseConfigText,
  printableConfig,
  reportConfig,
  resolveConfig,
  type LoadedConfig,
} from '../../src/config.js';
import { ReportConfigSchema } from '../../src/model/report.js';

const none: LoadedConfig = { file: null, config: {} };

describe('resolveConfig: defaults < file < flags', () => {
  it('defaults alone', () => {
    expect(printableConfig(resolveConfig(none))).toEqual({
      file: null,
      me: [],
      accounts: [],
      since: null,
      until: null,
      platforms: null,
      kinds: null,
      thresholds: { delete: 70, review: 25 },
      rules: {},
      terms: [],
      allow: [],
      notPatients: [],
      standards: 'hcpc',
      includeMessages: false,
      timezone: 'Europe/London',
      format: ['html'],
      redact: false,
    });
  });

  it('the file over the defaults, the flags over the file', () => {
    const loaded: LoadedConfig = {
      file: 'hindsight.config.json',
      config: parseConfigText(
        '{ "me": ["Sam"], "since": "2015-01-01", "until": "2019-12-31", "standards": "nmc", "includeMessages": true, "redact": true, "timezone": "UTC", "format": "md", "thresholds": { "review": 40 } }',
      ),
    };
    const fromFile = resolveConfig(loaded);
    expect(printableConfig(fromFile)).toMatchObject({
      file: 'hindsight.config.json',
      me: ['Sam'],
      since: '2015-01-01T00:00:00.000Z',
      until: '2019-12-31T23:59:59.999Z',
      standards: 'nmc',
      includeMessages: true,
      redact: true,
      timezone: 'UTC',
      format: ['md'],
      thresholds: { delete: 70, review: 40 },
    });
    const withFlags = resolveConfig(loaded, {
      me: ['Samantha', 'Sam F'],
      since: new Date('2016-06-01T00:00:00.000Z'),
      standards: 'gmc',
      includeMessages: false,
      redact: false,
      timezone: 'Europe/Dublin',
      formats: ['json', 'csv'],
    });
    expect(printableConfig(withFlags)).toMatchObject({
      me: ['Samantha', 'Sam F'],
      since: '2016-06-01T00:00:00.000Z',
      until: '2019-12-31T23:59:59.999Z', // not given as a flag: the file's
      standards: 'gmc',
      includeMessages: false,
      redact: false,
      timezone: 'Europe/Dublin',
      format: ['json', 'csv'],
    });
    // An empty --me list (commander's default) is "not given".
    expect(resolveConfig(loaded, { me: [] }).me).toEqual(['Sam']);
  });
});

describe('the starter file (hindsight init)', () => {
  it('is JSONC that validates, and changes nothing until edited', () => {
    expect(STARTER_CONFIG).toMatch(/^\/\/ /);
    const config = parseConfigText(STARTER_CONFIG);
    expect(ConfigFileSchema.safeParse(config).success).toBe(true);
    const fromStarter = printableConfig(resolveConfig({ file: 'hindsight.config.json', config }));
    expect({ ...fromStarter, file: null }).toEqual(printableConfig(resolveConfig(none)));
  });

  it('mentions every key, and its commented examples are valid too', () => {
    for (const key of ['me', 'accounts', 'since', 'until', 'platforms', 'kinds', 'thresholds', 'rules', 'terms', 'allow', 'notPatients', 'standards', 'includeMessages', 'timezone', 'format', 'redact']) {
      expect(STARTER_CONFIG).toContain(`"${key}":`);
    }
    // Uncomment the examples: each "//   " line that continues a key.
    const examples = STARTER_CONFIG.split('\n')
      .filter((l) => /^\s*\/\/\s{3}/.test(l))
      .map((l) => l.replace(/^\s*\/\/\s{3}/, ''))
      .join('\n');
    const config = parseConfigText(`{ ${examples.replace(/,\s*$/, '')} }`);
    expect(config.rules).toEqual({ 'communication/profanity': 'off', 'trust/intoxication': 'low', promotion: 'high' });
    expect(config.terms).toHaveLength(2);
    expect(new RegExp(config.terms![1]!.pattern!, 'iu').test('moved to ward 7')).toBe(true);
    expect(config.allow).toEqual(['Riverside Physio', 'Big Dave']);
  });
});

describe('what the audit and the report get', () => {
  const loaded: LoadedConfig = {
    file: '/home/sam/private/hindsight.config.json',
    config: parseConfigText(
      JSON.stringify({
        me: ['Sam Fixture'],
        accounts: ['fixture_sam', 'sam_physio'],
        platforms: ['x'],
        kinds: ['post'],
        rules: { 'communication/profanity': 'off', 'trust/intoxication': 'low' },
        terms: [{ term: 'big pharma', concern: 'accuracy' }],
        allow: ['Riverside Physio', 'Big Dave', 'Leeds'],
        notPatients: ['Auntie Sue'],
      }),
    ),
  };
  const config = resolveConfig(loaded);

  it('audit options carry every key that shapes judging', () => {
    expect(auditOptionsFrom(config)).toMatchObject({
      me: ['Sam Fixture'],
      ownAccounts: ['fixture_sam', 'sam_physio'],
      platforms: ['x'],
      kinds: ['post'],
      ruleOverrides: { 'communication/profanity': 'off', 'trust/intoxication': 'low' },
      customTerms: [{ term: 'big pharma', concern: 'accuracy' }],
      allow: ['Riverside Physio', 'Big Dave', 'Leeds'],
      notPatients: ['Auntie Sue'],
      thresholds: { delete: 70, review: 25 },
      timeZone: 'Europe/London',
      includeMessages: false,
    });
    // Nothing configured: no extra options at all.
    const bare = auditOptionsFrom(resolveConfig(none));
    for (const key of ['ruleOverrides', 'customTerms', 'allow', 'notPatients', 'platforms', 'kinds', 'me', 'ownAccounts']) expect(bare).not.toHaveProperty(key);
  });

  it('the report records the configuration with private lists as counts and the file by name', () => {
    const recorded = reportConfig(config);
    expect(ReportConfigSchema.parse(recorded)).toEqual(recorded);
    expect(recorded).toEqual({
      file: 'hindsight.config.json',
      standards: 'hcpc',
      since: null,
      until: null,
      platforms: ['x'],
      kinds: ['post'],
      includeMessages: false,
      thresholds: { delete: 70, review: 25 },
      rules: { 'communication/profanity': 'off', 'trust/intoxication': 'low' },
      timezone: 'Europe/London',
      format: ['html'],
      redact: false,
      me: 1,
      accounts: 2,
      terms: 1,
      allow: 3,
      notPatients: 1,
    });
    const text = JSON.stringify(recorded);
    for (const secret of ['Sam Fixture', 'sam_physio', 'big pharma', 'Riverside', 'Auntie', '/home/sam']) expect(text).not.toContain(secret);
  });
});
