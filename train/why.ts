/** Debug helper: print every finding for each argument text (tsx train/why.ts "text" ...). */
import { checkPost } from '../src/rules/index.js';
import { analyse } from '../src/rules/text/index.js';
import { offensiveScore, threshold } from '../src/rules/model/scorer.js';
import { tweetPost } from './data.js';

for (const text of process.argv.slice(2)) {
  const post = tweetPost('why', text);
  const s = offensiveScore(analyse(post));
  console.log(`\n${text}\n  model z=${s.z.toFixed(2)} (offensive ${threshold('offensive')}, strong ${threshold('strong')}) top ${s.top.map((i, k) => `${post.text ? analyse(post).original(i) : ''}:${s.weight[k]!.toFixed(2)}`).join(' ')}`);
  for (const f of checkPost(post, { ownAccounts: ['hindsight_train'] })) console.log(`  ${f.ruleId} ${f.severity} ${f.confidence} ${JSON.stringify(f.evidence.map((e) => e.text))}`);
}
