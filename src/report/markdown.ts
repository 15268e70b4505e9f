/**
 * The Markdown report: a summary, how to act, then the posts to delete and to review. Every piece
 * of text that came from an export (post text, paths, accounts, messages) goes through
 * markdown-escape.ts; only this module's own fixed strings are written raw.
 */
import type { Finding } from '../model/finding.js';
import type { Report, ReportPost } from '../model/report.js';
import {
  actionLists,
  capitalise,
  clauseIndex,
  evidenceSpans,
  formatUtc,
  messagesView,
  percent,
  platformLabel,
  safeHttpUrl,
  summaryView,
  type ClauseWording,
} from './model.js';
import { escapeOneLine, linkTarget, quoteBlock } from './markdown-escape.js';
import type { RenderOptions, Renderer } from './types.js';

const e = escapeOneLine;

/** A table row; cells are already escaped (escapeOneLine escapes `|`). */
const row = (cells: Array<string | number>): string => `| ${cells.join(' | ')} |`;

function table(header: string[], align: Array<'l' | 'r'>, rows: Array<Array<string | number>>): string[] {
  return [row(header), row(align.map((a) => (a === 'r' ? '---:' : '---'))), ...rows.map(row)];
}

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** Long untrusted values (a data: URL) shortened for display. */
function clip(s: string, max: number): string {
  if (s.length <= max) return s;
  const c = s.charCodeAt(max - 1);
  return `${s.slice(0, c >= 0xd800 && c <= 0xdbff ? max - 1 : max)}\u2026`; // never split a surrogate pair
}

const dateOrRaw = (value: string): string => formatUtc(value) ?? `${e(value)} (not a recognised date)`;

function clauseLabel(number: string, clauses: Map<string, ClauseWording>): string {
  const c = clauses.get(number);
  return c ? `${e(number)} (${e(c.heading)})` : e(number);
}

// ---------------------------------------------------------------------------------------------

function header(report: Report): string[] {
  const s = report.standards;
  const generated = formatUtc(report.generatedAt) ?? e(report.generatedAt);
  const out = [
    '# Social media audit report',
    '',
    `Generated ${generated} by ${e(report.generator.name)} ${e(report.generator.version)}. ` +
      `Standards: **${e(s.name)}**, ${e(s.document)} (${e(s.date)}; pack ${e(s.id)}).`,
  ];
  const o = report.options;
  if (o) {
    const since = o.since ? `from ${formatUtc(o.since) ?? e(o.since)}` : 'from the earliest post';
    const until = o.until ? `to ${formatUtc(o.until) ?? e(o.until)}` : 'to the latest';
    out.push(
      '',
      `Posts considered: ${since} ${until}. A post is marked **delete** at a score of ${o.thresholds.delete} or more, ` +
        `**review** at ${o.thresholds.review} or more (scores run from 0 to 100).`,
    );
  }
  return out;
}

function summarySection(report: Report, options: RenderOptions): string[] {
  const v = summaryView(report);
  const lists = actionLists(report);
  const clauses = clauseIndex(report, options);
  const flagged = v.delete + v.review;
  const out: string[] = ['', '## Summary', ''];

  out.push(
    `${plural(v.posts, 'post')} read from ${plural(report.inputs.length, 'input')}: ` +
      `**${v.delete} to delete**, **${v.review} to review**, ${v.keep} to keep (kept posts are counted, not listed).`,
  );
  if (flagged === 0) {
    out.push('', '**No posts were flagged.** There is nothing to delete or review in what was read.');
  }
  const unreadable = report.inputs.filter((i) => i.error !== null).length;
  if (unreadable) {
    out.push('', `**${plural(unreadable, 'input')} could not be read**, so ${unreadable === 1 ? 'its' : 'their'} posts are not in this report: see Inputs below.`);
  }
  if (lists.decidedKeep) {
    out.push('', `${plural(lists.decidedKeep, 'flagged post')} you decided to keep ${lists.decidedKeep === 1 ? 'is' : 'are'} not listed.`);
  }

  out.push('', '### By recommendation', '');
  out.push(...table(['Recommendation', 'Posts'], ['l', 'r'], [['Delete', v.delete], ['Review', v.review], ['Keep', v.keep], ['**Total**', v.posts]]));

  if (v.decided.length) {
    out.push('', '### Your decisions', '');
    out.push(...table(['Decision', 'Posts'], ['l', 'r'], v.decided.map(([d, n]) => [e(capitalise(d)), n])));
  }

  if (v.byStandard.length) {
    out.push('', '### By standard', '', 'Flagged posts (delete or review) citing each clause:', '');
    out.push(
      ...table(
        ['Clause', 'Posts', 'Wording'],
        ['l', 'r', 'l'],
        v.byStandard.map(([n, count]) => {
          const c = clauses.get(n);
          return [c ? `**${e(n)}** ${e(c.heading)}` : `**${e(n)}**`, count, c ? e(c.text) : '(wording not included in this report)'];
        }),
      ),
    );
  }
  if (v.byConcern.length) {
    out.push('', '### By concern', '');
    out.push(...table(['Concern', 'Posts'], ['l', 'r'], v.byConcern.map(([c, n]) => [e(capitalise(c)), n])));
  }
  if (v.byYear.length) {
    out.push('', '### By year', '', 'Flagged posts by the year (UTC) they were made:', '');
    out.push(...table(['Year', 'Posts'], ['l', 'r'], v.byYear.map(([y, n]) => [e(y), n])));
  }
  if (v.byPlatform.length) {
    out.push('', '### By platform', '');
    out.push(
      ...table(
        ['Platform', 'Posts read', 'Flagged'],
        ['l', 'r', 'r'],
        v.byPlatform.map((p) => [e(platformLabel(p.platform)), p.posts ?? '—', p.flagged]),
      ),
    );
  }
  return out;
}

function inputsSection(report: Report): string[] {
  const out: string[] = ['', '### Inputs', ''];
  if (!report.inputs.length) return [...out, 'No inputs were given.'];
  out.push(
    ...table(
      ['Input', 'Export', 'Account', 'Posts', 'Warnings', 'Status'],
      ['l', 'l', 'l', 'r', 'r', 'l'],
      report.inputs.map((i) => [
        e(i.path),
        i.platform ? e(platformLabel(i.platform)) : '—',
        i.account ? e(i.account) : '—',
        i.posts,
        i.warnings.length,
        i.error === null ? 'read' : `**could not be read:** ${e(i.error)}`,
      ]),
    ),
  );
  const warned = report.inputs.filter((i) => i.warnings.length);
  if (warned.length) {
    out.push('', 'Warnings (these files were skipped or only partly read; the rest of each input was audited):', '');
    for (const i of warned) {
      for (const w of i.warnings) out.push(`- ${e(i.path)}${w.file === null ? '' : ` › ${e(w.file)}`}: ${e(w.message)}`);
    }
  }

  const m = messagesView(report);
  out.push('', '### Private messages', '');
  if (m.includeMessages === true) {
    out.push('Private messages inside platform exports **were scanned** (`--include-messages`).');
  } else if (m.includeMessages === false) {
    out.push('Private messages inside platform exports **were not scanned**. Run again with `--include-messages` to include them.');
  } else {
    out.push('This report does not record whether private messages inside platform exports were scanned.');
  }
  if (m.scannedInputs.length) {
    out.push('', `Messages were read from: ${m.scannedInputs.map(e).join(', ')}.`);
  }
  return out;
}

function howToAct(report: Report): string[] {
  const hcpc = report.standards.id === 'hcpc';
  return [
    '',
    '## How to act on this report',
    '',
    '1. Start with **Posts to delete**. Open each one with its link, sign in, and delete it on the platform itself: ' +
      'deleting your downloaded export, or this report, removes nothing online.',
    '2. Read each of the **Posts to review** in its context and decide whether it still reflects who you are as a professional. ' +
      'The recommendation is a prompt from pattern matching, not a judgement: it can be wrong both ways.',
    '3. Reposts, quotes and likes count: sharing someone else\u2019s words can be read as endorsing them.',
    hcpc
      ? '4. Old posts matter too: the HCPC says historic social media activity can be considered against its standards, even posts from before you registered.'
      : '4. Old posts matter too: regulators can consider historic social media activity, even from before registration.',
    '5. When you have finished, download a fresh export and run the audit again to check that nothing was missed.',
  ];
}

// ---------------------------------------------------------------------------------------------

function findingLines(f: Finding, clauses: Map<string, ClauseWording>, pack: string): string[] {
  const standards = f.standards.length ? `${e(pack)} ${f.standards.map((n) => clauseLabel(n, clauses)).join(', ')}` : 'none cited';
  const out = [
    `- **${e(capitalise(f.severity))}** severity, confidence ${percent(f.confidence)}: ${e(f.message)}`,
    `  - Standards: ${standards}`,
    `  - Concern: ${e(f.concern)} (${e(f.topic)}), rule ${e(f.ruleId)}`,
  ];
  if (f.evidence.length) out.push(`  - Evidence: ${f.evidence.map((ev) => `\u201c${e(ev.text)}\u201d`).join(', ')}`);
  return out;
}

function postBlock(post: ReportPost, label: string, clauses: Map<string, ClauseWording>, pack: string): string[] {
  const date = dateOrRaw(post.createdAt);
  const platform = platformLabel(post.platform);
  const out: string[] = ['', `### ${label}. Score ${post.score}: ${e(platform)} ${e(post.kind)}, ${date}`, ''];

  const url = safeHttpUrl(post.url);
  out.push(`- **Date:** ${date}`);
  out.push(`- **Platform:** ${e(platform)}, **kind:** ${e(post.kind)}${post.account ? `, **account:** ${e(post.account)}` : ''}`);
  out.push(`- **Score:** ${post.score} (${post.recommendation})`);
  if (url) out.push(`- **Link:** [open the original post on ${e(url.host)}](<${linkTarget(url)}>)`);
  else if (post.url) out.push(`- **Link:** none usable (the export gives ${e(clip(post.url, 80))}, which is not an http(s) address)`);
  else out.push('- **Link:** none in the export; find the post by its date on the platform');
  if (post.sharedFrom) out.push(`- **Shared from:** ${e(post.sharedFrom)} (their words, which you shared)`);
  if (post.decision === 'deleted') out.push('- **Your decision:** deleted, but the post is still in this export: check that the deletion took');
  else if (post.decision === 'unsure') out.push('- **Your decision:** unsure');
  if (post.truncated) out.push('- The export cuts this text short; the original may say more.');

  out.push('');
  const spans = evidenceSpans(post.text, post.findings.flatMap((f) => f.evidence));
  if (post.text.trim()) out.push(...quoteBlock(post.text, spans));
  else out.push('> (no text)');

  if (post.findings.length) {
    out.push('', '**Findings**', '');
    for (const f of post.findings) out.push(...findingLines(f, clauses, pack));
  }
  return out;
}

function postsSection(title: string, prefix: string, posts: ReportPost[], clauses: Map<string, ClauseWording>, pack: string): string[] {
  const out = ['', `## ${title} (${posts.length})`];
  if (!posts.length) return [...out, '', 'None.'];
  const note = posts.some((p) => p.decision === 'deleted')
    ? 'Posts you marked deleted that are still in the export come first, then the highest score first; evidence is in **bold**.'
    : 'Highest score first; evidence is in **bold**.';
  out.push('', note);
  posts.forEach((p, i) => out.push(...postBlock(p, `${prefix}${i + 1}`, clauses, pack)));
  return out;
}

export function renderMarkdown(report: Report, options: RenderOptions = {}): string {
  const clauses = clauseIndex(report, options);
  // Short regulator name for finding lines ("HCPC 1.9"), from the pack id: the full name is in the header.
  const pack = report.standards.id.toUpperCase();
  const lists = actionLists(report);
  const lines = [...header(report), ...summarySection(report, options), ...inputsSection(report), ...howToAct(report)];
  if (lists.delete.length || lists.review.length) {
    lines.push(...postsSection('Posts to delete', 'D', lists.delete, clauses, pack));
    lines.push(...postsSection('Posts to review', 'R', lists.review, clauses, pack));
  } else {
    lines.push('', '## Posts to delete or review', '', 'None: no posts were flagged.');
  }
  return `${lines.join('\n')}\n`;
}

export const markdownRenderer: Renderer = {
  extension: 'md',
  mediaType: 'text/markdown',
  render: renderMarkdown,
};
