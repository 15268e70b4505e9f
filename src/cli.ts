import { Command, CommanderError, Option } from 'commander';
import { chalkStderr as chalk } from 'chalk';
import ora from 'ora';
import { basename, join, resolve } from 'node:path';
import { mkdir } from 'node:fs/promises';
import { auditInput, type AuditOptions, type InputAudit } from './pipeline/audit.js';
import { buildReport } from './pipeline/build-report.js';
import { DEFAULT_THRESHOLDS } from './pipeline/score.js';
import { RENDERERS, type Format } from './report/render.js';
import { reportJsonSchema } from './report/schema.js';
import { loadPack, BUILTIN_PACKS, DEFAULT_PACK, clauseText, type StandardsPack } from './standards/pack.js';
import { writeReport, cleanupPending } from './output.js';
import { HindsightError, isHindsightError } from './errors.js';
import { GENERATOR } from './version.js';
import type { Report } from './model/report.js';
import { applyDecisions, readDecisionsFile, type DecisionsFile } from './decisions.js';
import { redactReport } from './report/redact.js';
import { runReview } from './review.js';

export const EXIT = { ok: 0, inputFailed: 1, usage: 2, failOn: 3 } as const;

const FORMATS = Object.keys(RENDERERS) as Format[];
const DEFAULT_FORMAT: Format = 'html';

interface AuditFlags {
  format?: string;
  out?: string;
  outDir?: string;
  since?: string;
  until?: string;
  failOn?: 'delete' | 'review';
  quiet?: boolean;
  includeMessages?: boolean;
  me?: string[];
  standards: string;
  decisions?: string;
  redact?: boolean;
}

/** Runs the command line; resolves to the exit code. Never lets a stack trace reach the user. */
export async function main(argv: string[]): Promise<number> {
  let exitCode: number = EXIT.ok;
  const program = buildProgram((code) => {
    exitCode = code;
  });
  const onSignal = (): void => {
    cleanupPending();
    // Reports already finished stay (each is whole); the one being written, if any, was removed.
    process.stderr.write('\nhindsight: interrupted; any report not yet finished was not written\n');
    process.exit(130);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    await program.parseAsync(argv);
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return EXIT.ok;
      return EXIT.usage; // commander has already printed its one-line message
    }
    if (isHindsightError(error)) {
      process.stderr.write(`hindsight: ${error.line}\n`);
      return error.exitCode;
    }
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`hindsight: unexpected error: ${message.split('\n')[0]}\n`);
    return EXIT.inputFailed;
  } finally {
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
  }
}

export function buildProgram(setExit: (code: number) => void): Command {
  const program = new Command('hindsight')
    .description(
      'Audit your historic social media posts against the HCPC standards of conduct, performance and ethics.\n' +
        'Works offline: nothing you give it leaves this computer.',
    )
    .version(GENERATOR.version, '-V, --version')
    .exitOverride()
    .configureOutput({ outputError: (str, write) => write(`hindsight: ${str.replace(/^error: /, '').trim()}\n`) })
    .showSuggestionAfterError();

  program
    .command('audit')
    .description('read one or more exports and write a report of the posts to delete or review')
    .argument('<inputs...>', 'export zips, extracted export folders, or single data files (tweets.js, tweets.csv)')
    .option('-f, --format <formats>', `report format(s), comma-separated: ${FORMATS.join(', ')}`, DEFAULT_FORMAT)
    .option('-o, --out <path>', 'report file (one format) or base name (several formats); "-" for stdout (default: hindsight-report.<ext>)')
    .option('--out-dir <dir>', 'one report per input, plus an index and summary.json, in this folder')
    .option('--since <date>', 'only posts on or after this date (YYYY-MM-DD or ISO 8601)')
    .option('--until <date>', 'only posts on or before this date (YYYY-MM-DD includes the whole day)')
    .addOption(new Option('--fail-on <level>', 'exit with code 3 when any post reaches this level (for scripts)').choices(['delete', 'review']))
    .option('--include-messages', 'also audit private messages in the export (other people\'s words too: off by default)')
    .option('--me <name>', 'your name as it appears in chat exports (repeatable)', collect, [])
    .addOption(new Option('--standards <pack>', 'standards pack to judge against').choices([...BUILTIN_PACKS]).default(DEFAULT_PACK))
    .option('--decisions <file>', 'apply your earlier decisions (exported from the HTML report): kept posts drop out, deleted ones still present come first')
    .option('--redact', 'replace other people\'s names, handles, phone numbers and other identifiers with placeholders, to share the report')
    .option('-q, --quiet', 'print nothing but errors')
    .addHelpText(
      'after',
      `
Examples:
  $ hindsight audit twitter-2024-01-31-abc.zip
  $ hindsight audit ~/Downloads/twitter-archive/ --format md,json -o my-audit
  $ hindsight audit archive.zip --format json -o - | jq '.summary'
  $ hindsight audit ~/exports/* --out-dir reports/ --fail-on delete
  $ hindsight audit tweets.js --since 2015-01-01 --until 2019-12-31
  $ hindsight audit archive.zip --decisions hindsight-decisions.json
  $ hindsight audit archive.zip --redact -o for-my-mentor.html

Exit codes: 0 report written; 1 an input could not be read (the others are still reported);
2 usage error; 3 --fail-on threshold reached. The lowest non-zero code wins.
Reports are written only where you ask, readable only by you (mode 0600).`,
    )
    .action(async (inputs: string[], flags: AuditFlags) => {
      setExit(await runAudit(inputs, flags));
    });

  program
    .command('review')
    .description('go through the flagged posts of a JSON report in the terminal, saving your decisions as you go')
    .argument('<report.json>', 'a JSON report (hindsight audit … --format json)')
    .option('-o, --out <file>', 'the decisions file to continue and write (mode 0600)', 'hindsight-decisions.json')
    .option('--all', 'also go through posts already decided')
    .addHelpText(
      'after',
      `
Keys: d deleted (you deleted it on the platform), k keep, u not sure, s skip, q quit.

Example:
  $ hindsight audit archive.zip --format html,json -o audit
  $ hindsight review audit.json
  $ hindsight audit new-archive.zip --decisions hindsight-decisions.json`,
    )
    .action(async (report: string, flags: { out: string; all?: boolean }) => {
      setExit(await runReview({ report, out: flags.out, all: flags.all ?? false }));
    });

  program
    .command('schema')
    .description('print the JSON Schema of the JSON report (--format json)')
    .addHelpText('after', '\nExample:\n  $ hindsight schema > report.schema.json')
    .action(() => {
      process.stdout.write(`${JSON.stringify(reportJsonSchema(), null, 2)}\n`);
    });

  return program;
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

function usage(message: string): HindsightError {
  return new HindsightError(message, { exitCode: EXIT.usage });
}

export function parseFormats(value: string | undefined): Format[] {
  const formats = [...new Set((value ?? DEFAULT_FORMAT).split(',').map((f) => f.trim().toLowerCase()).filter(Boolean))];
  if (formats.length === 0) throw usage(`--format needs at least one of: ${FORMATS.join(', ')}`);
  for (const f of formats) {
    if (!(FORMATS as string[]).includes(f)) throw usage(`unknown format "${f}"; choose from: ${FORMATS.join(', ')}`);
  }
  return formats as Format[];
}

/** Dates: YYYY-MM-DD (the whole day, UTC) or full ISO 8601. */
export function parseDate(value: string | undefined, flag: string, endOfDay: boolean): Date | undefined {
  if (value === undefined) return undefined;
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const date = new Date(dateOnly ? `${value}T${endOfDay ? '23:59:59.999' : '00:00:00.000'}Z` : value);
  if (Number.isNaN(date.getTime()) || !/^\d{4}-\d{2}-\d{2}/.test(value)) {
    throw usage(`${flag} "${value}" is not a date; use YYYY-MM-DD, e.g. ${flag} 2019-06-30`);
  }
  return date;
}

/** Where each format goes: -o is the file for one format, the base name for several. */
export function outputPaths(formats: Format[], out: string | undefined): Map<Format, string> {
  const paths = new Map<Format, string>();
  if (formats.length === 1 && out !== undefined) {
    paths.set(formats[0]!, out);
    return paths;
  }
  if (out === '-') throw usage('-o - (stdout) takes a single --format');
  let base = out ?? 'hindsight-report';
  const known = formats.map((f) => `.${RENDERERS[f].extension}`).find((ext) => base.toLowerCase().endsWith(ext));
  if (known) base = base.slice(0, -known.length);
  for (const f of formats) paths.set(f, `${base}.${RENDERERS[f].extension}`);
  return paths;
}

async function runAudit(inputs: string[], flags: AuditFlags): Promise<number> {
  if (flags.out !== undefined && flags.outDir !== undefined) throw usage('-o/--out and --out-dir cannot be used together');
  const formats = parseFormats(flags.format);
  const since = parseDate(flags.since, '--since', false);
  const until = parseDate(flags.until, '--until', true);
  if (since && until && since > until) throw usage('--since is after --until');
  const paths = flags.outDir === undefined ? outputPaths(formats, flags.out) : undefined;
  const pack = loadPack(flags.standards);
  // Read before the audit, so a bad decisions file fails fast.
  const decisions = flags.decisions === undefined ? undefined : await readDecisionsFile(flags.decisions);
  const quiet = flags.quiet ?? false;
  const spinner = !quiet && process.stderr.isTTY ? ora({ stream: process.stderr, text: 'Reading exports' }).start() : undefined;

  const options: AuditOptions = {
    pack,
    since,
    until,
    includeMessages: flags.includeMessages ?? false,
    ...(flags.me && flags.me.length ? { me: flags.me } : {}),
    thresholds: DEFAULT_THRESHOLDS,
    onInput: (input) => {
      if (spinner) spinner.text = `Reading ${basename(input)}`;
    },
  };
  const audits: InputAudit[] = [];
  for (const input of inputs) audits.push(await auditInput(input, options));
  spinner?.stop();

  const buildOptions = { pack, since, until, includeMessages: options.includeMessages ?? false, thresholds: DEFAULT_THRESHOLDS };
  const finish = finisher(decisions, flags.redact ?? false, flags.me ?? []);
  const written: string[] = [];
  let combined: Report;
  if (flags.outDir !== undefined) {
    const dir = resolve(flags.outDir);
    await mkdir(dir, { recursive: true, mode: 0o700 });
    const names = uniqueNames(audits.map((a) => a.input.path));
    for (const [i, audit] of audits.entries()) {
      const report = finish(buildReport([audit.input], [audit.posts], buildOptions));
      for (const format of formats) {
        const path = join(dir, `${names[i]}.${RENDERERS[format].extension}`);
        await writeReport(path, RENDERERS[format].render(report, { pack }), inputs);
        written.push(path);
      }
    }
    combined = finish(buildReport(audits.map((a) => a.input), audits.map((a) => a.posts), buildOptions));
    const index = join(dir, 'index.md');
    await writeReport(index, RENDERERS.md.render(combined, { pack }), inputs);
    const summary = join(dir, 'summary.json');
    await writeReport(summary, `${JSON.stringify(batchSummary(combined, audits, names, formats), null, 2)}\n`, inputs);
    written.push(index, summary);
  } else {
    combined = finish(buildReport(audits.map((a) => a.input), audits.map((a) => a.posts), buildOptions));
    for (const [format, path] of paths!) {
      await writeReport(path, RENDERERS[format].render(combined, { pack }), inputs);
      if (path !== '-') written.push(path);
    }
  }

  if (!quiet) printSummary(combined, pack, written);
  if (!quiet && decisions && flags.decisions !== undefined) printDecisions(decisions, combined, flags.decisions);
  for (const input of combined.inputs) {
    if (input.error) process.stderr.write(`hindsight: ${input.error}\n`);
  }
  const failedInput = combined.inputs.some((i) => i.error !== null);
  const failOn =
    flags.failOn !== undefined &&
    (flags.failOn === 'delete' ? combined.summary.delete > 0 : combined.summary.delete + combined.summary.review > 0);
  if (failedInput) return EXIT.inputFailed;
  if (failOn) return EXIT.failOn;
  return EXIT.ok;
}

/** Applies the decisions file, then redaction, to each report before it is rendered. */
function finisher(decisions: DecisionsFile | undefined, redact: boolean, me: string[]): (report: Report) => Report {
  return (report) => {
    let out = decisions ? applyDecisions(report, decisions).report : report;
    if (redact) out = redactReport(out, { ownNames: me });
    return out;
  };
}

function printDecisions(decisions: DecisionsFile, report: Report, file: string): void {
  const { matched, unmatched, gone } = applyDecisions(report, decisions);
  const d = report.summary.decided ?? {};
  const parts = [`${d.keep ?? 0} kept`, `${d.deleted ?? 0} marked deleted but still present`, `${d.unsure ?? 0} not sure`];
  let line = `Decisions from ${file}: ${matched} applied (${parts.join(', ')})`;
  if (gone) line += `; ${gone} post${gone === 1 ? '' : 's'} you deleted ${gone === 1 ? 'is' : 'are'} gone from the export`;
  if (unmatched - gone > 0) line += `; ${unmatched - gone} refer to posts not in this audit`;
  process.stderr.write(`${line}\n`);
}

/** File names for per-input reports: the input's base name, made unique. */
function uniqueNames(paths: string[]): string[] {
  const used = new Map<string, number>();
  return paths.map((p) => {
    const base = basename(p.split(' + ')[0]!.replace(/[/\\]+$/, '')).replace(/\.(zip|js|csv|json|txt)$/i, '').replace(/[^\w.-]+/g, '_') || 'input';
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    return n === 1 ? base : `${base}-${n}`;
  });
}

function batchSummary(report: Report, audits: InputAudit[], names: string[], formats: Format[]) {
  return {
    schemaVersion: report.schemaVersion,
    generator: report.generator,
    generatedAt: report.generatedAt,
    standards: report.standards,
    summary: report.summary,
    inputs: audits.map((a, i) => ({
      ...a.input,
      reports: formats.map((f) => `${names[i]}.${RENDERERS[f].extension}`),
      delete: a.posts.filter((p) => p.recommendation === 'delete').length,
      review: a.posts.filter((p) => p.recommendation === 'review').length,
    })),
  };
}

function printSummary(report: Report, pack: StandardsPack, written: string[]): void {
  const err = (line = ''): void => {
    process.stderr.write(`${line}\n`);
  };
  for (const input of report.inputs) {
    if (input.error) continue;
    const who = input.account ? ` @${input.account}` : '';
    err(`${chalk.bold(input.platform ?? '?')}${who}: ${input.posts} posts read from ${input.path}`);
    for (const w of input.warnings) err(chalk.yellow(`  warning: ${w.file ? `${w.file}: ` : ''}${w.message}`));
  }
  const s = report.summary;
  err(`${chalk.red.bold(`${s.delete} to delete`)}, ${chalk.yellow.bold(`${s.review} to review`)}, ${s.keep} fine, of ${s.posts} posts`);
  const top = Object.entries(s.byStandard)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3);
  for (const [clause, count] of top) {
    const text = clauseText(pack, clause) ?? '';
    err(`  ${clause} (${count}): ${text.length > 70 ? `${text.slice(0, 69)}…` : text}`);
  }
  for (const path of written) err(`Report written to ${chalk.underline(path)}`);
}
