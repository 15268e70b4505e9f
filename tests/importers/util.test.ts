import { describe, expect, it } from 'vitest';
import { StableIds, isoFromCtime, isoFromIsoLike, isoFromUnixMillis, isoFromUnixSeconds, linkFrom, stableId, toIsoUtc } from '../../src/importers/util.js';

describe('stableId', () => {
  it('is 20 hex characters, stable, and differs by every input', () => {
    const id = stableId('facebook', 'post', '2021-03-04T12:00:00.000Z', 'hello', 0);
    expect(id).toMatch(/^[0-9a-f]{20}$/);
    expect(stableId('facebook', 'post', '2021-03-04T12:00:00.000Z', 'hello', 0)).toBe(id);
    expect(stableId('facebook', 'post', '2021-03-04T12:00:00.000Z', 'hello', 1)).not.toBe(id);
    expect(stableId('instagram', 'post', '2021-03-04T12:00:00.000Z', 'hello', 0)).not.toBe(id);
    expect(stableId('facebook', 'comment', '2021-03-04T12:00:00.000Z', 'hello', 0)).not.toBe(id);
    expect(stableId('facebook', 'post', '2021-03-04T12:00:01.000Z', 'hello', 0)).not.toBe(id);
    expect(stableId('facebook', 'post', '2021-03-04T12:00:00.000Z', 'hello!', 0)).not.toBe(id);
  });

  it('counts occurrences of identical posts in StableIds', () => {
    const ids = new StableIds();
    const first = ids.next('whatsapp', 'message', '2021-03-04T12:00:00.000Z', 'ok');
    const second = ids.next('whatsapp', 'message', '2021-03-04T12:00:00.000Z', 'ok');
    const other = ids.next('whatsapp', 'message', '2021-03-04T12:01:00.000Z', 'ok');
    expect(first).toBe(stableId('whatsapp', 'message', '2021-03-04T12:00:00.000Z', 'ok', 0));
    expect(second).toBe(stableId('whatsapp', 'message', '2021-03-04T12:00:00.000Z', 'ok', 1));
    expect(other).toBe(stableId('whatsapp', 'message', '2021-03-04T12:01:00.000Z', 'ok', 0));
  });
});

describe('linkFrom', () => {
  it('gives the lower-cased domain without www.', () => {
    expect(linkFrom('https://WWW.Example.ORG/Path?q=1')).toEqual({ url: 'https://WWW.Example.ORG/Path?q=1', domain: 'example.org' });
    expect(linkFrom('http://sub.example.co.uk')).toEqual({ url: 'http://sub.example.co.uk', domain: 'sub.example.co.uk' });
    expect(linkFrom('https://user@example.org:8080/x').domain).toBe('example.org');
  });

  it('copes with half-written URLs', () => {
    expect(linkFrom('www.example.org/page').domain).toBe('example.org');
    expect(linkFrom('not a link').domain).toBe('');
  });
});

describe('dates', () => {
  it('builds ISO UTC from fields and an offset, refusing impossible dates', () => {
    expect(toIsoUtc(2021, 3, 4, 12, 0, 0)).toBe('2021-03-04T12:00:00.000Z');
    expect(toIsoUtc(2021, 3, 4, 12, 0, 0, 5, 60)).toBe('2021-03-04T11:00:00.005Z');
    expect(toIsoUtc(2021, 2, 29)).toBeNull();
    expect(toIsoUtc(2020, 2, 29)).toBe('2020-02-29T00:00:00.000Z');
    expect(toIsoUtc(2021, 13, 1)).toBeNull();
    expect(toIsoUtc(2021, 1, 1, 24)).toBeNull();
  });

  it('parses X\'s "Fri Mar 06 13:02:05 +0000 2026"', () => {
    expect(isoFromCtime('Fri Mar 06 13:02:05 +0000 2026')).toBe('2026-03-06T13:02:05.000Z');
    expect(isoFromCtime('Fri Mar 06 13:02:05 +0100 2026')).toBe('2026-03-06T12:02:05.000Z');
    expect(isoFromCtime('Wed Dec 31 23:30:00 -0130 2025')).toBe('2026-01-01T01:00:00.000Z');
    expect(isoFromCtime('Fri Foo 06 13:02:05 +0000 2026')).toBeNull();
    expect(isoFromCtime('2026-03-06 13:02:05 +0000')).toBeNull();
  });

  it('parses ISO-like forms, Grailbird\'s included', () => {
    expect(isoFromIsoLike('2018-11-30 13:12:58 +0000')).toBe('2018-11-30T13:12:58.000Z');
    expect(isoFromIsoLike('2026-01-25T19:33:24.183Z')).toBe('2026-01-25T19:33:24.183Z');
    expect(isoFromIsoLike('2021-03-04T12:00:00+02:00')).toBe('2021-03-04T10:00:00.000Z');
    expect(isoFromIsoLike('2021-03-04 12:00:00 UTC')).toBe('2021-03-04T12:00:00.000Z');
    expect(isoFromIsoLike('2021-03-04')).toBe('2021-03-04T00:00:00.000Z');
    expect(isoFromIsoLike('2021-03-04T12:00:00.123456789Z')).toBe('2021-03-04T12:00:00.123Z');
    expect(isoFromIsoLike('04/03/2021')).toBeNull();
    expect(isoFromIsoLike('2021-02-30 10:00:00')).toBeNull();
  });

  it('converts Unix seconds and milliseconds', () => {
    expect(isoFromUnixSeconds(1_600_000_000)).toBe('2020-09-13T12:26:40.000Z');
    expect(isoFromUnixMillis(1_600_000_000_123)).toBe('2020-09-13T12:26:40.123Z');
    expect(isoFromUnixSeconds(Number.NaN)).toBeNull();
    expect(isoFromUnixMillis(1e20)).toBeNull();
  });
});
