import { openArchive } from '../importers/archive/index.js';
import { detectImporter } from '../importers/index.js';
import { checkPost } from '../rules/index.js';
import { clausesFor, type StandardsPack } from '../standards/pack.js';
import { isHindsightError } from '../errors.js';
import type { Post } from '../model/post.js';
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
  options.onInput?.(path);
  let archive;
  try {
    archive = await openArchive(input);
    const importer = await detectImporter(archive);
    result.platform = importer.id;
    const imported = await importer.read(archive, {
      input: path,
      includeMessages: options.includeMessages ?? false,
      ...(options.me ? { me: options.me } : {}),
      warn: (file, message) => warnings.push({ file, message }),
    });
    result.account = imported.account;
    result.messagesScanned = imported.messagesScanned ?? false;
    const posts = imported.posts.filter((p) => inRange(p, options));
    result.posts = posts.length;
    const own = [...(options.ownAccounts ?? []), ...(imported.account ? [imported.account] : [])];
    return { input: result, posts: posts.map((p) => judgePost(p, options, own)) };
  } catch (error) {
    result.error = describeError(error, path);
    return { input: result, posts: [] };
  } finally {
    await archive?.close();
  }
}

function inRange(post: Post, options: AuditOptions): boolean {
  const t = Date.parse(post.createdAt);
  if (options.since && t < options.since.getTime()) return false;
  if (options.until && t > options.until.getTime()) return false;
  return true;
}

export function judgePost(post: Post, options: AuditOptions, ownAccounts: string[] = []): ReportPost {
  const raw = checkPost(post, { ownAccounts, disabledRules: options.disabledRules ?? [] });
  const findings: ScoredFinding[] = raw.map((f) => ({
    ruleId: f.ruleId,
    concern: f.concern,
    topic: f.topic,
    standards: clausesFor(options.pack, f.concern, f.topic),
    severity: f.severity ?? 'medium',
    confidence: round2(f.confidence),
    message: f.message,
    evidence: f.evidence,
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

function round2(n: number): number {
  return Math.round(Math.min(1, Math.max(0, n)) * 100) / 100;
}

/** One line for the user: our own errors as written, anything else reduced to its message. */
export function describeError(error: unknown, path: string): string {
  if (isHindsightError(error)) return error.line;
  const message = error instanceof Error ? error.message : String(error);
  return `${path}: could not be read (${message.split('\n')[0]})`;
}
