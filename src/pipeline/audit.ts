import { stat } from 'node:fs/promises';
import { openArchive, type Archive } from '../importers/archive/index.js';
import { IMPORTERS, detectImporter, type Importer } from '../importers/index.js';
import { unsupportedExport } from '../importers/unsupported.js';
import type { CustomTerm } from '../rules/custom.js';
import { readPhotoMetadata } from '../media/exif.js';
import type { StandardsPack } from '../standards/pack.js';
import { HindsightError, isHindsightError, oneLine } from '../errors.js';
import type { Post, Platform, PostKind } from '../model/post.js';
import type { Severity } from '../model/finding.js';
import type { ReportInput, ReportPost, Warning } from '../model/report.js';
import type { Thresholds } from './score.js';
import { MAX_CHECKED_CHARS, reportPost } from './judge.js';
import { JudgePool, MIN_POSTS_FOR_WORKERS, judgeAll } from './judge-pool.js';
import { collectGarbage } from './memory.js';

export { MAX_CHECKED_CHARS, judge, judgePost, reportPost, type Judgement } from './judge.js';

export interface AuditOptions {
  pack: StandardsPack;
  since?: Date | undefined;
  until?: Date | undefined;
  includeMessages?: boolean;
  me?: string[];
  thresholds?: Thresholds;
  /** Extra handles that are the user's own (besides the one each export names). */
  ownAccounts?: string[];
  disabledRules?: string[];
  // From hindsight.config.json (src/config.ts, docs/configuration.md):
  /** Rule ids or whole concerns switched off, or given another severity. */
  ruleOverrides?: Record<string, 'off' | Severity>;
  /** Phrases that are never evidence: findings resting only on them are dropped. */
  allow?: string[];
  /** Names of people who are not patients: confidentiality findings resting only on them are dropped. */
  notPatients?: string[];
  /** The user's own terms to flag (src/rules/custom.ts). */
  customTerms?: CustomTerm[];
  /** Only posts of these platforms / kinds (all when absent). */
  platforms?: Platform[];
  kinds?: PostKind[];
  /** IANA zone for exports with zone-less local times (ImportOptions.timeZone). */
  timeZone?: string;
  /** Look for GPS positions in the export's photo metadata and the first 64 KB of each photo (default true). */
  readMedia?: boolean;
  /**
   * Threads that may judge the posts of one input (this one included; default 1). A large input is
   * then judged partly in worker threads (src/pipeline/judge-pool.ts), with the same results.
   */
  judgeThreads?: number;
  /** Called as each input starts, for progress display. */
  onInput?: (input: string) => void;
}

export interface InputAudit {
  input: ReportInput;
  posts: ReportPost[];
}

/** Reads one input (a path, or several paths that are parts of one export) and judges its posts. */
export async function auditInput(input: string | string[], options: AuditOptions): Promise<InputAudit> {
  const path = Array.isArray(input) ? input.join(' + ') : input;
  const warnings: Warning[] = [];
  const result: ReportInput = { path, platform: null, account: null, posts: 0, warnings, error: null };
  // Text from the export (file names, parsers' messages) is made one line and inert before it is shown.
  const warn = (file: string | null, message: string): void => {
    warnings.push({ file: file === null ? null : oneLine(file), message: oneLine(message) });
  };
  options.onInput?.(path);
  let archive: Archive | undefined;
  // Workers to judge a large input's posts start now, so they load the rules while it is read.
  const threads = options.judgeThreads ?? 1;
  let pool = threads > 1 && (await inputBytes(input)) >= PRESTART_BYTES ? new JudgePool(options, { threads }) : undefined;
  try {
    archive = await openArchive(input);
    const importer = await recognise(archive);
    result.platform = importer.id;
    const early = pool;
    let lastFile: string | null = null;
    /** Posts read since the last full collection (src/pipeline/memory.ts), and all offered through onPost. */
    let sinceCollected = 0;
    let offered = 0;
    const imported = await importer.read(archive, {
      input: path,
      includeMessages: options.includeMessages ?? false,
      ...(options.me ? { me: options.me } : {}),
      ...(options.timeZone ? { timeZone: options.timeZone } : {}),
      warn,
      // Posts go to the judging workers as they are read; what changes afterwards is judged again.
      ...(early
        ? {
            onPost: (post: Post, account: string | null) => {
              // A large data file was read to its end: its inflated bytes are garbage now, given back
              // before the next file's posts pile up on top of them.
              if (post.source.file !== lastFile) {
                if (lastFile !== null && collectGarbage(sinceCollected)) sinceCollected = 0;
                lastFile = post.source.file;
              }
              sinceCollected++;
              offered++;
              if (inRange(post, options) && included(post, options)) early.offer(post, ownAccounts(options, account));
            },
          }
        : {}),
    });
    result.account = imported.account;
    result.messagesScanned = imported.messagesScanned ?? false;
    const posts = imported.posts.filter((p) => inRange(p, options) && included(p, options));
    result.posts = posts.length;
    if (options.readMedia !== false) await readPhotoMetadata(archive, posts, warn);
    const own = ownAccounts(options, imported.account);
    for (const post of posts) {
      if (post.text.length > MAX_CHECKED_CHARS) {
        warn(post.source.file, `post ${post.id} is ${post.text.length.toLocaleString('en-GB')} characters long; the rules read only its first ${MAX_CHECKED_CHARS.toLocaleString('en-GB')} (the whole text is in the report)`);
      }
    }
    // The import's garbage (the inflated data files above all) is given back before judging adds its own.
    // (Posts the importer did not offer through onPost were read since then too.)
    collectGarbage(sinceCollected + Math.max(0, imported.posts.length - offered));
    // Judged in chunks, returning to the event loop between them (so Ctrl-C is answered promptly),
    // on more than one core when the caller allows it and the input is large.
    if (!pool && threads > 1 && posts.length >= MIN_POSTS_FOR_WORKERS) pool = new JudgePool(options, { threads });
    const judgements = pool ? await pool.judge(posts, own) : await judgeAll(posts, options, own);
    const judged: ReportPost[] = new Array<ReportPost>(posts.length);
    for (let i = 0; i < posts.length; i++) judged[i] = reportPost(posts[i]!, judgements[i]!);
    return { input: result, posts: judged };
  } catch (error) {
    result.error = describeError(error, path);
    return { input: result, posts: [] };
  } finally {
    pool?.close();
    // What the reader skipped or found damaged comes after the importer's own warnings.
    for (const w of archive?.warnings?.() ?? []) warn(w.file, w.message);
    await archive?.close();
  }
}

/** Exports from this size on (a zip or a data file) start their judging workers before they are read. */
const PRESTART_BYTES = 4 * 1024 * 1024;

/** The size of the input's files (folders count as nothing: they are not worth walking for this). */
async function inputBytes(input: string | string[]): Promise<number> {
  let total = 0;
  for (const path of Array.isArray(input) ? input : [input]) {
    try {
      const s = await stat(path);
      if (s.isFile()) total += s.size;
    } catch {
      // the reader reports it
    }
  }
  return total;
}

/** The importer for this export; an export hindsight knows but does not read is named as such. */
async function recognise(archive: Archive): Promise<Importer> {
  try {
    return await detectImporter(archive);
  } catch (error) {
    const known = unsupportedExport(archive);
    if (!known) throw error;
    throw new HindsightError(
      `this looks like a ${known}, which hindsight cannot audit; it reads: ${IMPORTERS.map((i) => i.name).join(', ')}`,
      { file: archive.input, cause: error },
    );
  }
}

/** The user's own accounts: those configured, and the one the export names. */
function ownAccounts(options: AuditOptions, account: string | null): string[] {
  return [...(options.ownAccounts ?? []), ...(account ? [account] : [])];
}

/** The configuration's platforms and kinds filters. */
function included(post: Post, options: AuditOptions): boolean {
  return (!options.platforms || options.platforms.includes(post.platform)) && (!options.kinds || options.kinds.includes(post.kind));
}

function inRange(post: Post, options: AuditOptions): boolean {
  if (!options.since && !options.until) return true;
  const t = Date.parse(post.createdAt);
  if (options.since && t < options.since.getTime()) return false;
  if (options.until && t > options.until.getTime()) return false;
  return true;
}

/** One line for the user: our own errors as written, anything else reduced to its message. */
export function describeError(error: unknown, path: string): string {
  if (isHindsightError(error)) return error.line;
  const message = error instanceof Error ? error.message : String(error);
  return oneLine(`${path}: could not be read (${message.split('\n')[0]})`);
}
