/**
 * `hindsight review <report.json>`: the review loop in a terminal. Walks the flagged posts of a
 * JSON report one at a time (most urgent first, skipping those already decided) and records a
 * decision per key: d deleted, k keep, u not sure, s skip, q quit. The decisions file is written
 * after every decision (mode 0600, atomically), so quitting or closing the terminal loses nothing.
 * It is the same file the HTML report exports and `hindsight audit --decisions` reads.
 */
import { readFile } from 'node:fs/promises';
import { createInterface, emitKeypressEvents } from 'node:readline';
import { Chalk } from 'chalk';
import { z } from 'zod';
import { latestDecisions, parseDecisions, serialiseDecisions, decisionsInReport, type Decision, type DecisionEntry } from './decisions.js';
import { HindsightError } from './errors.js';
import { ReportSchema, type Report, type ReportPost } from './model/report.js';
import { writeReport } from './output.js';
import { actionLists, formatUtc, parseTimestamp, platformLabel, postSegments, revealHidden, safeHttpUrl } from './report/model.js';

export interface ReviewOptions {
  /** The JSON report to walk. */
  report: string;
  /** The decisions file to read (if it exists) and write. */
  out: string;
  /** Also show posts already decided. */
  all?: boolean;
  input?: NodeJS.ReadableStream & { isTTY?: boolean; setRawMode?: (raw: boolean) => unknown };
  output?: NodeJS.WritableStream & { isTTY?: boolean };
  /** Fixed for tests; defaults to now. */
  now?: () => Date;
}

const KEYS: Record<string, Decision | 'skip' | 'quit'> = { d: 'deleted', k: 'keep', u: 'unsure', s: 'skip', q: 'quit' };

/** Keys one at a time: single keypresses on a terminal, the first letter of each line otherwise. */
interface KeySource {
  next(): Promise<string | null>;
  close(): void;
}

function keySource(input: NonNullable<ReviewOptions['input']>): KeySource {
  const queue: Array<string | null> = [];
  let waiting: ((key: string | null) => void) | undefined;
  const push = (key: string | null): void => {
    if (waiting) {
      const w = waiting;
      waiting = undefined;
      w(key);
    } else queue.push(key);
  };
  let close: () => void;
  if (input.isTTY && typeof input.setRawMode === 'function') {
    emitKeypressEvents(input);
    input.setRawMode(true);
    const onKey = (_s: string | undefined, key: { name?: string; ctrl?: boolean; sequence?: string } | undefined): void => {
      if (key?.ctrl && (key.name === 'c' || key.name === 'd')) push('q');
      else push((key?.name ?? key?.sequence ?? '').toLowerCase());
    };
    input.on('keypress', onKey);
    input.resume();
    close = () => {
      input.removeListener('keypress', onKey);
      input.setRawMode?.(false);
      input.pause();
    };
  } else {
    const lines = createInterface({ input, terminal: false });
    lines.on('line', (line) => push(line.trim().charAt(0).toLowerCase()));
    lines.on('close', () => push(null));
    close = () => lines.close();
  }
  return {
    next: () => (queue.length ? Promise.resolve(queue.shift() as string | null) : new Promise((resolve) => (waiting = resolve))),
    close: () => close(),
  };
}

async function readReportFile(path: string): Promise<Report> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new HindsightError(code === 'ENOENT' ? 'no such report' : `cannot read the report (${code ?? String(error)})`, { file: path, exitCode: 2 });
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new HindsightError('is not JSON; give the JSON report (hindsight audit … --format json)', { file: path, exitCode: 2 });
  }
  const parsed = ReportSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '');
    throw new HindsightError(`is not a hindsight JSON report (${where || 'top level'}: ${z.prettifyError(new z.ZodError([issue])).split('\n')[0]?.replace(/^✖ /, '')})`, {
      file: path,
      exitCode: 2,
    });
  }
  return parsed.data;
}

async function readExisting(path: string): Promise<DecisionEntry[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw new HindsightError(`cannot read the decisions file (${(error as NodeJS.ErrnoException).code ?? String(error)})`, { file: path, exitCode: 2 });
  }
  return parseDecisions(text, path).decisions;
}

const key = (p: { platform: string; id: string }): string => `${p.platform}\u0000${p.id}`;
/** Text from an export, safe for a terminal: control characters (escape sequences too) shown as labels. */
const safe = (text: string): string => revealHidden(text, (label) => `[${label}]`);

function describePost(post: ReportPost, index: number, total: number, pack: string, color: InstanceType<typeof Chalk>): string {
  const rec = post.recommendation === 'delete' ? color.red.bold('DELETE') : color.yellow.bold('REVIEW');
  const date = formatUtc(post.createdAt) ?? safe(post.createdAt);
  const lines = [
    '',
    color.dim(`── ${index} of ${total} ${'─'.repeat(40)}`),
    `${rec} score ${post.score}: ${platformLabel(post.platform)} ${post.kind}, ${date}${post.decision === 'deleted' ? color.red(' (marked deleted, still present)') : ''}`,
    '',
    postSegments(post)
      .map((s) => (s.marked ? color.bold.underline(safe(s.text)) : safe(s.text)))
      .join('')
      .split(/\r\n|[\n\r\u2028\u2029\u0085]/)
      .map((l) => `  ${l}`)
      .join('\n'),
    '',
  ];
  for (const f of post.findings) {
    lines.push(`  • ${f.standards.length ? `${pack} ${f.standards.join(', ')}` : 'no standard'}: ${safe(f.message)}`);
  }
  const url = safeHttpUrl(post.url);
  lines.push('', url ? `  ${url.href}` : '  (no link in the export)');
  return lines.join('\n');
}

/** Runs the review; resolves to the exit code. */
export async function runReview(options: ReviewOptions): Promise<number> {
  const input = options.input ?? process.stdin;
  const output = options.output ?? process.stdout;
  const now = options.now ?? (() => new Date());
  const color = new Chalk({ level: output.isTTY ? 1 : 0 });
  const write = (text: string): void => {
    output.write(text);
  };

  const report = await readReportFile(options.report);
  const decisions = latestDecisions([...decisionsInReport(report), ...(await readExisting(options.out))]);
  const lists = actionLists(report);
  // actionLists leaves out posts decided keep in the report itself; --all brings them back.
  const flagged = options.all
    ? [...lists.delete, ...lists.review, ...report.posts.filter((p) => p.decision === 'keep' && p.recommendation !== 'keep')]
    : [...lists.delete, ...lists.review];
  // Left out: posts kept, and posts decided since this report was made. Shown again: posts marked
  // deleted before it (the deletion did not take) and those marked not sure.
  const made = parseTimestamp(report.generatedAt);
  const queue = options.all
    ? flagged
    : flagged.filter((p) => {
        const d = decisions.get(key(p));
        return !d || (d.decision !== 'keep' && !(parseTimestamp(d.decidedAt) > made));
      });
  const pack = report.standards.id.toUpperCase();

  if (!queue.length) {
    write(flagged.length ? `All ${flagged.length} flagged posts are decided already (see ${options.out}). Use --all to go through them again.\n` : 'No posts were flagged: nothing to review.\n');
    return 0;
  }
  write(`${queue.length} post${queue.length === 1 ? '' : 's'} to go through. Keys: d deleted, k keep, u not sure, s skip, q quit.\n`);
  write(`Decisions are saved to ${options.out} as you go.\n`);

  const keys = keySource(input);
  let decided = 0;
  try {
    for (const [i, post] of queue.entries()) {
      const current = decisions.get(key(post))?.decision;
      write(`${describePost(post, i + 1, queue.length, pack, color)}\n`);
      let action: Decision | 'skip' | 'quit' | undefined;
      while (!action) {
        write(`\n${current ? `(now: ${current}) ` : ''}[d]eleted [k]eep [u]nsure [s]kip [q]uit > `);
        const k = await keys.next();
        if (k === null) {
          action = 'quit';
          break;
        }
        action = KEYS[k];
        write(action ? `${k}\n` : `\n"${safe(k)}" is not a choice.`);
      }
      if (action === 'quit') break;
      if (action === 'skip') continue;
      decisions.set(key(post), { platform: post.platform, id: post.id, decision: action, decidedAt: now().toISOString() });
      decided++;
      await writeReport(options.out, serialiseDecisions([...decisions.values()]), [options.report]);
    }
  } finally {
    keys.close();
  }
  write(
    `\n${decided} decision${decided === 1 ? '' : 's'} made this time; ${decisions.size} in ${options.out}.\n` +
      `Apply them to your next audit with: hindsight audit <export> --decisions ${options.out}\n`,
  );
  return 0;
}
