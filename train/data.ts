/**
 * Training data for the offensive-language signal, read at training time from ../shared/datasets
 * (or HINDSIGHT_SHARED_DIR). Only sets whose licence allows shipped weights are read here:
 * OLID v1.0 training split (CC BY 4.0 mirror; Zampieri et al. 2019) and Davidson et al. 2017
 * (MIT). The OLID test split is never read (it is the evaluation's), nor is CONSTRAINT or CoAID.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { decodeHTML } from 'entities';
import type { Post } from '../src/model/post.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

export function sharedDir(): string {
  return process.env.HINDSIGHT_SHARED_DIR ? resolve(process.env.HINDSIGHT_SHARED_DIR) : resolve(ROOT, '..', 'shared');
}

export interface Example {
  id: string;
  text: string;
  /** 1 = offensive. */
  y: 0 | 1;
  source: 'olid' | 'davidson';
  /** OLID level B (TIN/UNT/NULL) and C (IND/GRP/OTH/NULL), for reports. */
  b?: string;
  c?: string;
}

export const OLID_TRAIN = 'datasets/olid/olid-training-v1.0.tsv';
export const DAVIDSON = 'datasets/davidson/labeled_data.csv';

/** OLID's masked "URL" stands where a link was: give it back a link so it tokenises as one. */
export function unmaskOlid(text: string): string {
  return text.replace(/\bURL\b/g, 'https://url.invalid');
}

export function loadOlidTrain(shared: string): Example[] {
  const path = join(shared, OLID_TRAIN);
  const lines = readFileSync(path, 'utf8').replace(/\r/g, '').split('\n').filter(Boolean);
  const head = lines[0]!.split('\t');
  const col = (name: string): number => head.indexOf(name);
  const [iId, iTweet, iA, iB, iC] = [col('id'), col('tweet'), col('subtask_a'), col('subtask_b'), col('subtask_c')];
  return lines.slice(1).map((line) => {
    const cells = line.split('\t');
    const a = cells[iA];
    if (a !== 'OFF' && a !== 'NOT') throw new Error(`OLID train: bad label in ${line.slice(0, 60)}`);
    return { id: `olid-${cells[iId]}`, text: unmaskOlid(cells[iTweet] ?? ''), y: a === 'OFF' ? 1 : 0, source: 'olid', b: cells[iB], c: cells[iC] };
  });
}

/** Davidson: hate (0) and offensive (1) count as offensive, neither (2) as not. */
export function loadDavidson(shared: string): Example[] {
  const path = join(shared, DAVIDSON);
  const rows = parse(readFileSync(path, 'utf8'), { columns: true, skip_empty_lines: true, relax_quotes: true, bom: true }) as Record<string, string>[];
  return rows.map((r) => ({ id: `davidson-${r['']}`, text: decodeHTML(r.tweet ?? ''), y: r.class === '2' ? 0 : 1, source: 'davidson', c: r.class === '0' ? 'hate' : undefined }));
}

export function available(shared: string): { olid: boolean; davidson: boolean } {
  return { olid: existsSync(join(shared, OLID_TRAIN)), davidson: existsSync(join(shared, DAVIDSON)) };
}

/** A post as an importer would build it from a tweet. */
export function tweetPost(id: string, text: string): Post {
  const mentions = [...text.matchAll(/(?<![\p{L}\p{N}_@])@([A-Za-z0-9_]{1,30})/gu)].map((m) => m[1]!);
  return {
    id,
    platform: 'x',
    account: 'hindsight_train',
    kind: 'post',
    createdAt: '2019-01-01T00:00:00.000Z',
    text,
    url: null,
    inReplyTo: null,
    mentions: [...new Set(mentions)],
    hashtags: [],
    links: [],
    media: [],
    audience: 'public',
    language: 'en',
    source: { input: 'train', file: id },
  };
}
