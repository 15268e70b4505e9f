import { Command, CommanderError, Option } from 'commander';
import { chalkStderr as chalk } from 'chalk';
import ora from 'ora';
import { basename, join, resolve } from 'node:path';
import { mkdir } from 'node:fs/promises';
import type { AuditOptions, InputAudit } from './pipeline/audit.js';
import { auditInputsInParallel } from './pipeline/parallel.js';
import { buildReport } from './pipeline/build-report.js';
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
import {
  CONFIG_FILE_NAME,
  auditOptionsFrom,
  isTimeZone,
  loadConfig,
  printableConfig,
  reportConfig,
  resolveConfig,
  writeStarterConfig,
  type EffectiveConfig,
} from './config.js';
import type { ReportConfig } from './model/report.js';

export const EXIT = { ok: 0, inputFailed: 1, usage: 2, failOn: 3 } as const;

const FORMATS = Object.keys(RENDERERS) as Format[];
const DEFAULT_FORMAT: Format = 'html';

/** Options that hindsight.config.json can also set: the command line wins. */
interface ConfigCliFlags {
  config?: string;
  format?: string;
  since?: string;
  until?: string;
  includeMessages?: boolean;
  me?: string[];
  standards?: string;
  redact?: boolean;
  timezone?: string;
}

interface AuditFlags extends ConfigCliFlags {
  out?: string;
  outDir?: string;
  failOn?: 'delete' | 'review';
  quiet?: boolean;
  decisions?: string;
}

/** The options shared by `audit` and `config --print`, each also a key of hindsight.config.json. */
function configOptions(): Option[] {
  return [
    new Option('-f, --format <formats>', `report format(s), comma-separated: ${FORMATS.join(', ')} (default: ${DEFAULT_FORMAT})`),
    new Option('--since <date>', 'only posts on or after this date (YYYY-MM-DD or ISO 8601)'),
    new Option('--until <date>', 'only posts on or before this date (YYYY-MM-DD includes the whole day)'),
    new Option('--include-messages', 'also audit private messages in the export (other people\'s words too: off by default)'),
    new Option('--no-include-messages', 'do not read private messages, whatever the configuration file says'),
    new Option('--me <name>', 'your name as it appears in chat exports (repeatable)').argParser(collect).default([]),
    new Option('--standards <pack>', `standards pack to judge against (default: ${DEFAULT_PACK})`).choices([...BUILTIN_PACKS]),
    new Option('--redact', 'replace other people\'s names, handles, phone numbers and other identifiers with placeholders, to share the report'),
    new Option('--no-redact', 'do not redact, whatever the configuration file says'),
    new Option('--timezone <zone>', 'IANA time zone of exports that give local times without a zone (default: Europe/London)'),
    new Option('--config <path>', `configuration file (default: ${CONFIG_FILE_NAME} in this folder, when there is one)`),
  ];
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
  // A reader that stops early (`hindsight audit ... -o - | head`) is not an error worth a trace.
  const onStdoutError = (error: NodeJS.ErrnoException): void => {
    if (error.code === 'EPIPE') process.exit(exitCode);
    process.stderr.write(`hindsight: cannot write to standard output (${error.code ?? error.message})\n`);
    process.exit(EXIT.usage);
  };
  process.stdout.on('error', onStdoutError);
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
    process.stdout.removeListener('error', onStdoutError);
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

  const audit = program
    .command('audit')
    .description('read one or more exports and write a report of the posts to delete or review')
    .argument('<inputs...>', 'export zips, extracted export folders, or single data files (tweets.js, tweets.csv)')
    .option('-o, --out <path>', 'report file (one format) or base name (several formats); "-" for stdout (default: hindsight-report.<ext>)')
    .option('--out-dir <dir>', 'one report per input, plus an index and summary.json, in this folder')
    .addOption(new Option('--fail-on <level>', 'exit with code 3 when any post reaches this level (for scripts)').choices(['delete', 'review']))
    .option('--decisions <file>', 'apply your earlier decisions (exported from the HTML report): kept posts drop out, deleted ones still present come first')
    .option('-q, --quiet', 'print nothing but errors');
  for (const option of configOptions()) audit.addOption(option);
  audit
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
  $ hindsight audit archive.zip --config ~/hindsight.config.json

Settings can also live in hindsight.config.json (hindsight init writes a starter); options given
here win over it, and hindsight config --print shows what a run would use.

Exit codes: 0 report written; 1 an input could not be read (the others are still reported);
2 usage or configuration error; 3 --fail-on threshold reached. The lowest non-zero code wins.
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
    .command('init')
    .description(`write a commented starter ${CONFIG_FILE_NAME} (never over an existing one)`)
    .argument('[file]', 'where to write it', CONFIG_FILE_NAME)
    .addHelpText('after', `\nExample:\n  $ hindsight init\n  $ hindsight config --print`)
    .action(async (file: string) => {
      await writeStarterConfig(resolve(file), file);
      process.stderr.write(`Wrote ${file} (readable only by you). Every key is optional and explained in it; hindsight config --print shows the result.\n`);
    });

  const config = program
    .command('config')
    .description(`show the configuration a run would use: the defaults, then ${CONFIG_FILE_NAME}, then the options given`)
    .option('--print', 'print the effective configuration as JSON on stdout')
    .addHelpText('after', `\nExamples:\n  $ hindsight config --print\n  $ hindsight config --print --config ~/hindsight.config.json --since 2019-01-01`)
    .action(async (flags: ConfigCliFlags & { print?: boolean }) => {
      if (!flags.print) throw usage('config: nothing to do; use hindsight config --print to show the effective configuration');
      const effective = await effectiveConfig(flags);
      process.stdout.write(`${JSON.stringify(printableConfig(effective), null, 2)}\n`);
    });
  for (const option of configOptions()) config.addOption(option);

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

/**
 * The effective configuration: defaults, then the configuration file (--config, or
 * hindsight.config.json here), then the flags. A bad flag or file is a usage error (exit 2).
 */
export async function effectiveConfig(flags: ConfigCliFlags, cwd: string = process.cwd()): Promise<EffectiveConfig> {
  const formats = flags.format === undefined ? undefined : parseFormats(flags.format);
  const since = parseDate(flags.since, '--since', false);
  const until = parseDate(flags.until, '--until', true);
  if (flags.timezone !== undefined && !isTimeZone(flags.timezone)) {
    throw usage(`--timezone "${flags.timezone}" is not a time zone; use an IANA name such as Europe/London or UTC`);
  }
  const loaded = await loadConfig({ path: flags.config, cwd });
  const config = resolveConfig(loaded, {
    formats,
    since,
    until,
    includeMessages: flags.includeMessages,
    me: flags.me,
    standards: flags.standards,
    redact: flags.redact,
    timezone: flags.timezone,
  });
  if (config.since && config.until && config.since > config.until) {
    throw usage(flags.since !== undefined && flags.until !== undefined ? '--since is after --until' : `since (${config.since.toISOString()}) is after until (${config.until.toISOString()})${config.file ? `; check ${config.file} and the options given` : ''}`);
  }
  return config;
}

async function runAudit(inputs: string[], flags: AuditFlags): Promise<number> {
  if (flags.out !== undefined && flags.outDir !== undefined) throw usage('-o/--out and --out-dir cannot be used together');
  const config = await effectiveConfig(flags);
  const formats = config.format;
  const { since, until } = config;
  const paths = flags.outDir === undefined ? outputPaths(formats, flags.out) : undefined;
  const pack = loadPack(config.standards);
  // Read before the audit, so a bad decisions file fails fast.
  const decisions = flags.decisions === undefined ? undefined : await readDecisionsFile(flags.decisions);
  const quiet = flags.quiet ?? false;
  const spinner = !quiet && process.stderr.isTTY ? ora({ stream: process.stderr, text: 'Reading exports' }).start() : undefined;

  const options: AuditOptions = {
    pack,
    ...auditOptionsFrom(config),
    onInput: (input) => {
      if (spinner) spinner.text = `Reading ${basename(input)}`;
    },
  };
  // Inputs are audited across cores; results come back in input order.
  const audits: InputAudit[] = await auditInputsInParallel(inputs, options);
  spinner?.stop();

  const buildOptions = { pack, since, until, includeMessages: config.includeMessages, thresholds: config.thresholds };
  const finish = finisher(decisions, config, reportConfig(config));
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
        await writeReport(path, rendered(format, report, pack), inputs);
        written.push(path);
      }
    }
    combined = finish(buildReport(audits.map((a) => a.input), audits.map((a) => a.posts), buildOptions));
    // The index over all inputs: HTML and/or Markdown as asked, Markdown when neither was.
    const indexFormats = formats.filter((f): f is 'html' | 'md' => f === 'html' || f === 'md');
    for (const format of indexFormats.length ? indexFormats : (['md'] as const)) {
      const index = join(dir, `index.${RENDERERS[format].extension}`);
      await writeReport(index, rendered(format, combined, pack), inputs);
      written.push(index);
    }
    const summary = join(dir, 'summary.json');
    await writeReport(summary, `${JSON.stringify(batchSummary(combined, audits, names, formats), null, 2)}\n`, inputs);
    written.push(summary);
  } else {
    combined = finish(buildReport(audits.map((a) => a.input), audits.map((a) => a.posts), buildOptions));
    for (const [format, path] of paths!) {
      await writeReport(path, rendered(format, combined, pack), inputs);
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

/** Records the configuration, applies the decisions file, then redaction, to each report before it is rendered. */
function finisher(decisions: DecisionsFile | undefined, config: EffectiveConfig, recorded: ReportConfig): (report: Report) => Report {
  return (report) => {
    let out: Report = report.options ? { ...report, options: { ...report.options, config: recorded } } : report;
    if (decisions) out = applyDecisions(out, decisions).report;
    if (config.redact) out = redactReport(out, { ownNames: config.me, ownHandles: config.accounts });
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

/** A report's text, in pieces where the renderer can stream it, so large reports need less memory. */
function rendered(format: Format, report: Report, pack: StandardsPack): string | Iterable<string> {
  const renderer = RENDERERS[format];
  return renderer.renderChunks ? renderer.renderChunks(report, { pack }) : renderer.render(report, { pack });
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
