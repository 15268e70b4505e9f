/**
 * `npx tsx eval/blind.ts <file.jsonl> ...`: how the pipeline does on a batch of labelled posts, as
 * one line per file: delete- and review-level posts flagged, keep posts flagged, and caught posts
 * citing a gold concern. Used to score a fresh batch *blind*, before any rule is changed for it
 * (docs/EVALUATION.md, "Blind batches"); the files use the gold set's schema.
 */
import { basename } from 'node:path';
import { loadGold, type GoldItem } from './data.js';
import { isFlagged, makeJudge, type Judge } from './judge.js';
import { toPost } from './post.js';

export interface BlindCounts {
  delete: [number, number];
  review: [number, number];
  keep: [number, number];
  rightConcern: [number, number];
}

/** Flagged / total for each level, and caught positives citing a gold concern / caught positives. */
export function scoreBatch(items: readonly GoldItem[], judge: Judge = makeJudge()): BlindCounts {
  const c: BlindCounts = { delete: [0, 0], review: [0, 0], keep: [0, 0], rightConcern: [0, 0] };
  items.forEach((item, index) => {
    const j = judge(toPost({ id: item.id, text: item.text, kind: item.kind, media: item.media, set: 'blind', index }));
    const flagged = isFlagged(j);
    const level = c[item.label];
    level[1]++;
    if (flagged) level[0]++;
    if (flagged && item.label !== 'keep') {
      c.rightConcern[1]++;
      if (j.concerns.some((x) => item.concerns.includes(x))) c.rightConcern[0]++;
    }
  });
  return c;
}

/** A batch in the gold set's schema; a bad line is an error naming the file and line. */
export function loadBatch(path: string): GoldItem[] {
  return loadGold(path);
}

export function formatCounts(name: string, c: BlindCounts): string {
  const r = ([a, b]: [number, number]): string => `${a}/${b} (${(a / Math.max(1, b)).toFixed(2)})`;
  return `${name}: delete ${r(c.delete)} review ${r(c.review)} keep flagged ${r(c.keep)} right concern ${r(c.rightConcern)}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const files = process.argv.slice(2);
  if (files.length === 0) {
    console.error('usage: npx tsx eval/blind.ts <file.jsonl> ...');
    process.exit(2);
  }
  const judge = makeJudge();
  try {
    for (const f of files) console.log(formatCounts(basename(f), scoreBatch(loadBatch(f), judge)));
  } catch (error) {
    console.error(`eval/blind.ts: ${(error as Error).message}`);
    process.exit(1);
  }
}
