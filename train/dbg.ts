import { analyse } from '/work/main/src/rules/text/index.js';
import { GROUPS, PREDICATES } from '/work/main/src/rules/discrimination/lexicons.js';
import { groupRefs, groupStatements } from '/work/main/src/rules/discrimination/statements.js';
import { tweetPost } from '/work/main/train/data.js';
const t = analyse(tweetPost('x', process.argv[2]!));
console.log(t.hits(GROUPS).map(h => [h.t0, h.t1, h.entry.term, h.entry.fields]));
console.log(t.hits(PREDICATES).map(h => [h.t0, h.t1, h.entry.term, h.entry.tag, h.entry.fields]));
console.log(groupRefs(t));
console.log(groupStatements(t).map(s => [s.kind, s.predicate.entry.term]));
