/**
 * npm run eval [-- --split dev|test|all] [--set gold,clinical,...] [--json out.json] [--errors]
 *
 * Judges every evaluation set with the public pipeline (judgePost, HCPC pack) and prints
 * precision/recall/F1 per concern and level, recall by level, false flags, right-concern rate,
 * the clinical false-flag rate and the public datasets' figures, each target with PASS/MISS.
 * Deterministic: the same code and data print the same figures.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Split } from './data.js';
import { sharedDir } from './data.js';
import { makeJudge } from './judge.js';
import { renderHeadlines, renderSet, type SetResult } from './report.js';
import { runClinical } from './sets/clinical.js';
import type { RunContext } from './sets/context.js';
import { runGold } from './sets/gold.js';
import { runIdentifiers } from './sets/identifiers.js';
import { runConstraint, runDavidson, runOlid, runPresidio } from './sets/public.js';

export const SETS = {
  gold: runGold,
  clinical: runClinical,
  identifiers: runIdentifiers,
  olid: runOlid,
  davidson: runDavidson,
  constraint: runConstraint,
  presidio: runPresidio,
} as const satisfies Record<string, (ctx: RunContext) => SetResult>;
export type SetName = keyof typeof SETS;

const USAGE = `usage: npm run eval -- [--split dev|test|all] [--set ${Object.keys(SETS).join('|')}[,...]] [--json out.json] [--errors] [--error-cap N]`;

interface Options {
  split: 'dev' | 'test' | 'all';
  sets: SetName[];
  json: string | null;
  errors: boolean;
  errorCap: number;
}

function parse(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    options: {
      split: { type: 'string', default: 'all' },
      set: { type: 'string', multiple: true },
      json: { type: 'string' },
      errors: { type: 'boolean', default: false },
      'error-cap': { type: 'string', default: '50' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const split = values.split;
  if (split !== 'dev' && split !== 'test' && split !== 'all') throw new UsageError(`--split must be dev, test or all, not "${split}"`);
  const names = (values.set ?? Object.keys(SETS)).flatMap((s) => s.split(',')).map((s) => s.trim()).filter(Boolean);
  const unknown = names.filter((n) => !(n in SETS));
  if (unknown.length) throw new UsageError(`unknown set ${unknown.join(', ')}; choose from ${Object.keys(SETS).join(', ')}`);
  const errorCap = Number(values['error-cap']);
  if (!Number.isInteger(errorCap) || errorCap < 0) throw new UsageError('--error-cap needs a whole number');
  // Keep the canonical order whatever order the sets were named in.
  const sets = (Object.keys(SETS) as SetName[]).filter((n) => names.includes(n));
  return { split, sets, json: values.json ?? null, errors: values.errors, errorCap };
}

class UsageError extends Error {}

export function runEval(options: Options): { text: string; results: SetResult[] } {
  const splits: Split[] = options.split === 'all' ? ['dev', 'test'] : [options.split];
  const ctx: RunContext = { judge: makeJudge('hcpc'), splits, errorCap: options.errorCap, shared: sharedDir() };
  const results = options.sets.map((name) => SETS[name](ctx));
  const headlines = results.flatMap((r) => r.headlines);
  const out: string[] = [
    '# hindsight evaluation',
    '',
    `Standards pack: hcpc. Split: ${options.split}. Sets: ${options.sets.join(', ')}.`,
    '',
    '## Targets',
    '',
    headlines.length ? renderHeadlines(headlines) : '_No set with a target was run._',
    '',
  ];
  const skippedSets = results.filter((r) => r.skipped);
  if (skippedSets.length) out.push(...skippedSets.map((r) => `> Skipped ${r.set}: ${r.skipped}`), '');
  for (const r of results) out.push(renderSet(r, options.errors), '');
  return { text: out.join('\n').trimEnd() + '\n', results };
}

function main(): void {
  let options: Options;
  try {
    options = parse(process.argv.slice(2));
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    process.exit(2);
  }
  const { text, results } = runEval(options);
  process.stdout.write(text);
  if (options.json) {
    const json = {
      split: options.split,
      pack: 'hcpc',
      targets: results.flatMap((r) => r.headlines),
      sets: results.map(({ errors, errorCount, ...r }) => ({ ...r, errorCount, ...(options.errors ? { errors } : {}) })),
    };
    writeFileSync(options.json, JSON.stringify(json, null, 2) + '\n');
    console.error(`wrote ${options.json}`);
  }
}

main();
