import { openArchive, type Archive } from '../importers/archive/index.js';
import { IMPORTERS, detectImporter, type Importer } from '../importers/index.js';
import { unsupportedExport } from '../importers/unsupported.js';
import { findingsFor } from '../config/findings.js';
import type { CustomTerm } from '../rules/custom.js';
import { readPhotoMetadata } from '../media/exif.js';
import { clausesFor, type StandardsPack } from '../standards/pack.js';
import { HindsightError, isHindsightError, oneLine } from '../errors.js';
import type { Post, Platform, PostKind } from '../model/post.js';
import type { Severity } from '../model/finding.js';
import type { ReportInput, ReportPost, Warning } from '../model/report.js';
import { scorePost, recommend, DEFAULT_THRESHOLDS, type ScoredFinding, type Thresholds } from './score.js';

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
  /** Called as each input starts, for progress display. */
  onInput?: (input: string) => void;
}

export interface InputAudit {
  input: ReportInput;
  posts: ReportPost[];
}

/**
 * The most of one post's text the rules read. Real posts are far shorter (a long blog post is some
 * 100,000 characters); a damaged file can hold one "post" of hundreds of megabytes, whose full
 * analysis would exhaust memory. Such a post is checked up to here, with a warning, and reported whole.
 */
export const MAX_CHECKED_CHARS = 1_000_000;
/** Posts judged between two returns to the event loop, so Ctrl-C is answered promptly on a large export. */
const POSTS_PER_TURN = 2000;

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
  try {
    archive = await openArchive(input);
    const importer = await recognise(archive);
    result.platform = importer.id;
    const imported = await importer.read(archive, {
      input: path,
      includeMessages: options.includeMessages ?? false,
      ...(options.me ? { me: options.me } : {}),
      ...(options.timeZone ? { timeZone: options.timeZone } : {}),
      warn,
    });
    result.account = imported.account;
    result.messagesScanned = imported.messagesScanned ?? false;
    const posts = imported.posts.filter((p) => inRange(p, options) && included(p, options));
    result.posts = posts.length;
    if (options.readMedia !== false) await readPhotoMetadata(archive, posts, warn);
    const own = [...(options.ownAccounts ?? []), ...(imported.account ? [imported.account] : [])];
    const judged: ReportPost[] = [];
    for (const [i, post] of posts.entries()) {
      if (i > 0 && i % POSTS_PER_TURN === 0) await new Promise((resolve) => setImmediate(resolve));
      if (post.text.length > MAX_CHECKED_CHARS) {
        warn(post.source.file, `post ${post.id} is ${post.text.length.toLocaleString('en-GB')} characters long; the rules read only its first ${MAX_CHECKED_CHARS.toLocaleString('en-GB')} (the whole text is in the report)`);
      }
      judged.push(judgePost(post, options, own));
    }
    return { input: result, posts: judged };
  } catch (error) {
    result.error = describeError(error, path);
    return { input: result, posts: [] };
  } finally {
    // What the reader skipped or found damaged comes after the importer's own warnings.
    for (const w of archive?.warnings?.() ?? []) warn(w.file, w.message);
    await archive?.close();
  }
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

/** The configuration's platforms and kinds filters. */
function included(post: Post, options: AuditOptions): boolean {
  return (!options.platforms || options.platforms.includes(post.platform)) && (!options.kinds || options.kinds.includes(post.kind));
}

function inRange(post: Post, options: AuditOptions): boolean {
  const t = Date.parse(post.createdAt);
  if (options.since && t < options.since.getTime()) return false;
  if (options.until && t > options.until.getTime()) return false;
  return true;
}

export function judgePost(post: Post, options: AuditOptions, ownAccounts: string[] = []): ReportPost {
  const checked = post.text.length > MAX_CHECKED_CHARS ? { ...post, text: cutAt(post.text, MAX_CHECKED_CHARS) } : post;
  const raw = findingsFor(checked, options, ownAccounts);
  const findings: ScoredFinding[] = raw.map((f) => ({
    ruleId: f.ruleId,
    concern: f.concern,
    topic: f.topic,
    standards: clausesFor(options.pack, f.concern, f.topic),
    severity: f.severity ?? 'medium',
    confidence: round2(f.confidence),
    message: f.message,
    evidence: f.evidence,
    ...(f.media ? { media: f.media } : {}),
    ...(f.quoted ? { quoted: true } : {}),
  }));
  const score = scorePost(findings, post.kind);
  const recommendation = recommend(score, options.thresholds ?? DEFAULT_THRESHOLDS);
  return {
    id: post.id,
    platform: post.platform,
    account: post.account,
    kind: post.kind,
    createdAt: post.createdAt,
    url: post.url,
    text: post.text,
    recommendation,
    score,
    // Kept posts carry no findings: the contract lists them only to be counted.
    findings: recommendation === 'keep' ? [] : findings.map(({ quoted: _quoted, ...f }) => f).sort(byWeight),
    inReplyTo: post.inReplyTo,
    sharedFrom: post.sharedFrom ?? null,
    hashtags: post.hashtags,
    mentions: post.mentions,
    links: post.links,
    media: post.media,
    audience: post.audience,
    language: post.language,
    source: post.source,
    ...(post.truncated ? { truncated: true } : {}),
    ...(post.earlierVersions?.length ? { earlierVersions: post.earlierVersions } : {}),
  };
}

const SEVERITY_ORDER = { high: 0, medium: 1, low: 2 } as const;
function byWeight(a: ScoredFinding, b: ScoredFinding): number {
  return SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || b.confidence - a.confidence || a.ruleId.localeCompare(b.ruleId);
}

/** The first `max` UTF-16 units of `text`, never splitting a surrogate pair. */
function cutAt(text: string, max: number): string {
  const c = text.charCodeAt(max - 1);
  return text.slice(0, c >= 0xd800 && c <= 0xdbff ? max - 1 : max);
}

function round2(n: number): number {
  return Math.round(Math.min(1, Math.max(0, n)) * 100) / 100;
}

/** One line for the user: our own errors as written, anything else reduced to its message. */
export function describeError(error: unknown, path: string): string {
  if (isHindsightError(error)) return error.line;
  const message = error instanceof Error ? error.message : String(error);
  return oneLine(`${path}: could not be read (${message.split('\n')[0]})`);
}
