import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUILTIN_PACKS, DEFAULT_PACK, StandardsPackSchema, clauseText, clausesFor, loadPack } from '../../src/standards/pack.js';
import { CONCERNS } from '../../src/model/finding.js';
import { HindsightError } from '../../src/errors.js';

const hcpc = loadPack('hcpc');
const HCPC_TOPICS = Object.keys(hcpc.topics);

/** Each pack quotes its regulator's own site, never a third-party copy. */
const REGULATOR_SITE: Record<string, string> = {
  hcpc: 'hcpc-uk.org',
  nmc: 'nmc.org.uk',
  gmc: 'gmc-uk.org',
  gphc: 'pharmacyregulation.org',
  swe: 'socialworkengland.org.uk',
};

function rawPack(id: string): unknown {
  return JSON.parse(readFileSync(new URL(`../../src/standards/packs/${id}.json`, import.meta.url), 'utf8'));
}

describe('built-in standards packs', () => {
  it('lists the five UK health and care regulators, HCPC first and by default', () => {
    expect([...BUILTIN_PACKS]).toEqual(['hcpc', 'nmc', 'gmc', 'gphc', 'swe']);
    expect(DEFAULT_PACK).toBe('hcpc');
    expect(loadPack()).toBe(hcpc);
  });

  describe.each([...BUILTIN_PACKS])('%s', (id) => {
    const pack = loadPack(id);

    it('loads, validates against the schema, and is cached', () => {
      expect(pack.id).toBe(id);
      expect(StandardsPackSchema.safeParse(rawPack(id)).success).toBe(true);
      expect(loadPack(id)).toBe(pack);
    });

    it('cites its regulator, document, an ISO date and the regulator\'s own site', () => {
      for (const field of [pack.name, pack.regulator, pack.document] as const) expect(field.trim()).not.toBe('');
      expect(pack.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      const site = REGULATOR_SITE[id];
      expect(site, `add ${id} to REGULATOR_SITE`).toBeDefined();
      const sources = [pack.source, ...pack.clauses.map((c) => c.source ?? pack.source), ...(pack.guidance ?? []).map((g) => g.url)];
      for (const source of sources) expect(new URL(source).hostname.endsWith(site as string), source).toBe(true);
    });

    it('names every copy a clause was read in, and says so in its note', () => {
      const copied = pack.clauses.filter((c) => c.readAt);
      for (const c of copied) for (const url of c.readAt ?? []) expect(() => new URL(url), `${id} ${c.number}: ${url}`).not.toThrow();
      if (copied.some((c) => (c.readAt ?? []).some((url) => !new URL(url).hostname.endsWith(REGULATOR_SITE[id] as string)))) {
        expect(pack.note, `${id}: the note must say which clauses rest on third-party copies`).toMatch(/third-party cop/);
      }
    });

    it('quotes every clause: unique numbers, non-empty heading and wording', () => {
      const numbers = pack.clauses.map((c) => c.number);
      expect(new Set(numbers).size).toBe(numbers.length);
      for (const c of pack.clauses) {
        expect(c.number).toMatch(/^\d+(\.\d+)?$/);
        expect(c.heading.trim()).not.toBe('');
        expect(c.text.trim().length).toBeGreaterThan(10);
        expect(clauseText(pack, c.number)).toBe(c.text);
      }
    });

    it('maps every concern to at least one clause of the pack', () => {
      for (const concern of CONCERNS) {
        const mapped = pack.concerns[concern];
        expect(mapped, `${id}: concern ${concern}`).toBeDefined();
        expect(mapped?.length).toBeGreaterThan(0);
      }
    });

    it('maps exactly the topics the HCPC pack maps, each to clauses the pack quotes', () => {
      expect(Object.keys(pack.topics).sort()).toEqual([...HCPC_TOPICS].sort());
      for (const topic of HCPC_TOPICS) {
        const concern = topic.split('.')[0] as (typeof CONCERNS)[number];
        expect(CONCERNS).toContain(concern);
        const clauses = clausesFor(pack, concern, topic);
        expect(clauses.length, `${id}: ${topic}`).toBeGreaterThan(0);
        for (const n of clauses) expect(clauseText(pack, n), `${id}: ${topic} -> ${n}`).toBeDefined();
      }
    });

    it('explains in its note what it quotes from where', () => {
      expect(pack.note?.trim().length ?? 0).toBeGreaterThan(40);
    });
  });

  it('gives each regulator\'s own clauses for an identifiable patient or service user', () => {
    const topic = 'confidentiality.identifier';
    expect(clausesFor(loadPack('hcpc'), 'confidentiality', topic)).toEqual(['2.12', '5.1']);
    expect(clausesFor(loadPack('nmc'), 'confidentiality', topic)).toEqual(['5.1', '20.10']);
    expect(clausesFor(loadPack('gmc'), 'confidentiality', topic)).toEqual(['16', '88']);
    expect(clausesFor(loadPack('gphc'), 'confidentiality', topic)).toEqual(['7']);
    expect(clausesFor(loadPack('swe'), 'confidentiality', topic)).toEqual(['2.2', '5.6']);
  });

  it('gives each regulator\'s own clauses for a misleading promotional claim', () => {
    const topic = 'promotion.misleading-claim';
    expect(clausesFor(loadPack('hcpc'), 'promotion', topic)).toEqual(['9.3']);
    expect(clausesFor(loadPack('gmc'), 'promotion', topic)).toEqual(['89', '90']);
    expect(clausesFor(loadPack('gphc'), 'promotion', topic)).toEqual(['4', '6']);
    expect(clausesFor(loadPack('nmc'), 'promotion', topic)).toEqual(['6.1', '21.4']);
    expect(clausesFor(loadPack('swe'), 'promotion', topic)).toEqual(['2.1']);
  });

  it('no longer maps every NMC or SWE topic to one clause', () => {
    for (const id of ['nmc', 'swe']) {
      const used = new Set(Object.values(loadPack(id).topics).flat());
      expect(used.size, id).toBeGreaterThan(5);
    }
  });

  it('quotes the NMC\'s social media paragraph as the NMC\'s own guidance quotes it, and the rest of it from the Code', () => {
    const nmc = loadPack('nmc');
    // The NMC's Guidance on using social media responsibly quotes 20.10 up to "responsibly".
    const guidance = 'Use all forms of spoken, written and digital communication (including social media and networking sites) responsibly';
    const text = clauseText(nmc, '20.10') ?? '';
    expect(text.toLowerCase().startsWith(guidance.toLowerCase())).toBe(true);
    expect(text).toBe('use all forms of spoken, written and digital communication (including social media and networking sites) responsibly, respecting the right to privacy of others at all times');
    expect(nmc.clauses.find((c) => c.number === '20.10')?.readAt).toContain(nmc.guidance?.[0]?.url);
  });

  it('quotes Social Work England\'s social media standard with its "will not"', () => {
    expect(clauseText(loadPack('swe'), '5.6')).toBe(
      'As a social worker, I will not use technology, social media or other forms of electronic communication unlawfully, unethically, or in a way that brings the profession into disrepute.',
    );
  });

  it('quotes the GMC\'s confidentiality paragraph verbatim', () => {
    expect(clauseText(loadPack('gmc'), '88')).toBe(
      'You must be honest and trustworthy, and maintain patient confidentiality in all your professional written, verbal and digital communications.',
    );
  });

  it('falls back to the concern\'s clauses for a topic no pack lists', () => {
    for (const id of BUILTIN_PACKS) {
      const pack = loadPack(id);
      expect(clausesFor(pack, 'trust', 'trust.not-a-topic')).toEqual(pack.concerns.trust);
    }
  });

  it('rejects an unknown pack with a usage error (exit 2) that lists the available packs', () => {
    let error: unknown;
    try {
      loadPack('nursing');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(HindsightError);
    const he = error as HindsightError;
    expect(he.exitCode).toBe(2);
    expect(he.message).toContain('"nursing"');
    for (const id of BUILTIN_PACKS) expect(he.message).toContain(id);
  });
});
