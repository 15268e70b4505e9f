/** Debug helper: print the learned signal and every finding for each argument text (tsx train/why.ts "text" ...). */
import { checkPost } from '../src/rules/index.js';
import { analyse } from '../src/rules/text/index.js';
import { offensiveScore, threshold } from '../src/rules/model/scorer.js';
import { anchors } from '../src/rules/communication/learned.js';
import { tweetPost } from './data.js';

for (const text of process.argv.slice(2)) {
  const post = tweetPost('why', text);
  const t = analyse(post);
  const s = offensiveScore(t);
  const a = anchors(t, s, -Infinity);
  console.log(`${text}\n  z=${s.z.toFixed(2)} (offensive ${threshold('offensive')}, anchor ${threshold('anchor')}, strong ${threshold('strong')}) top ${s.top.map((i, k) => `${t.original(i)}:${s.weight[k]!.toFixed(1)}`).join(' ')} anchors ${a.map((i) => t.original(i)).join(',')}`);
  for (const f of checkPost(post, { ownAccounts: ['hindsight_train'] })) console.log(`  ${f.ruleId} ${f.severity} ${f.confidence} ${JSON.stringify(f.evidence.map((e) => e.text))}`);
}
