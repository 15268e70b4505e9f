/** Debug helper: for each line of a file (or arguments), say which concerns flag it (tsx train/probe.ts file). */
import { readFileSync } from 'node:fs';
import { checkPost } from '../src/rules/index.js';
import { tweetPost } from './data.js';

const lines = process.argv[2] === '-f' ? readFileSync(process.argv[3]!, 'utf8').split('\n').filter(Boolean) : process.argv.slice(2);
for (const text of lines) {
  const f = checkPost(tweetPost('probe', text), { ownAccounts: ['hindsight_train'] });
  const mine = f.filter((x) => x.concern === 'discrimination' || x.concern === 'communication');
  console.log(`${mine.length ? 'FLAG' : '----'} ${text}  ${mine.map((x) => `[${x.ruleId} ${x.severity} ${JSON.stringify(x.evidence.map((e) => e.text))}]`).join(' ')}`);
}
