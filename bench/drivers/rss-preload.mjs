// Preloaded with `node --import` into every process the benchmark times: at exit, writes the
// process's peak resident set size (all threads, so worker threads count) to the file named by
// HINDSIGHT_BENCH_RSS. Nothing else changes in the process it is loaded into.
import { writeFileSync } from 'node:fs';

const out = process.env.HINDSIGHT_BENCH_RSS;
if (out) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    writeFileSync(out, JSON.stringify({ maxRssKb: usage.maxRSS, userMs: usage.userCPUTime / 1000, systemMs: usage.systemCPUTime / 1000 }));
  });
}
