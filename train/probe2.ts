/** Debug helper: the learned score and anchors of each line (tsx train/probe2.ts file). */
import { readFileSync } from 'node:fs';
import { analyse } from '../src/rules/text/index.js';
import { offensiveScore } from '../src/rules/model/scorer.js';
import { anchors } from '../src/rules/communication/learned.js';
import { tweetPost } from './data.js';

for (const text of readFileSync(process.argv[2]!, 'utf8').split('\n').filter(Boolean)) {
  const t = analyse(tweetPost('p', text));
  const s = offensiveScore(t);
  const a = anchors(t, s, -Infinity);
  console.log(`${s.z.toFixed(2).padStart(6)} ${a.map((i) => `${t.original(i)}:${s.weight[s.top.indexOf(i)]!.toFixed(1)}`).join(' ').padEnd(40)} ${text.slice(0, 70)}`);
}
