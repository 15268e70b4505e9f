/**
 * The HTML report: one self-contained file that opens from disk and works offline. The summary
 * (counts, standards with their wording, a chart per year) is static HTML; the flagged posts travel
 * as JSON in a `<script type="application/json">` island and are rendered a page at a time by the
 * inline script, with filters, search, sorting and per-post decisions (see html/client.ts).
 *
 * Safety: a Content-Security-Policy meta allows only the page's own inline style and script (by
 * hash) and data: images, so the page can make no request at all. Every string from an export is
 * HTML-escaped here or set with textContent in the browser; the JSON island escapes `<`, `>` and
 * `&`, so no post text can close the script element; only http(s) links become links; bidi and
 * other hidden characters are shown as visible labels. The output depends only on the report, so
 * the same report always gives the same bytes.
 */
import { createHash } from 'node:crypto';
import type { Report, ReportPost } from '../model/report.js';
import {
  actionLists,
  capitalise,
  clauseIndex,
  formatUtc,
  messagesView,
  naturalCompare,
  parseTimestamp,
  platformLabel,
  postSegments,
  revealHidden,
  safeHttpUrl,
  summaryView,
  utcYear,
  type ClauseWording,
  type SummaryView,
} from './model.js';
import { CLIENT_SCRIPT } from './html/client.js';
import { STYLE } from './html/style.js';
import type { RenderOptions, Renderer } from './types.js';

// ---------------------------------------------------------------------------------------------
// Escaping

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] as string);
}

const showHidden = (label: string): string => `[${label}]`;

/** Untrusted text for the page: hidden characters (bidi controls...) made visible, then escaped. */
const t = (text: string): string => escapeHtml(revealHidden(text, showHidden));

/**
 * JSON for a `<script type="application/json">` element: `<`, `>` and `&` as \u escapes, so
 * nothing inside can end the element (`</script`) or open a comment (`<!--`), plus the two line
 * separators older parsers choke on. JSON.parse reads the escapes back as the same characters.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('base64');

/** A stable id for a report, keying the decisions a browser saves for it. */
export function reportId(report: Report): string {
  const basis = JSON.stringify([report.generatedAt, report.inputs.map((i) => [i.path, i.platform, i.account, i.posts])]);
  return createHash('sha256').update(basis, 'utf8').digest('hex').slice(0, 16);
}

/** 12,345: fixed, not the machine's locale, so the output never depends on where it ran. */
const num = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
const plural = (n: number, one: string, many = `${one}s`): string => `${num(n)} ${n === 1 ? one : many}`;

// ---------------------------------------------------------------------------------------------
// The data island

interface IslandFinding {
  /** concern */ c: string;
  /** topic */ o: string;
  /** clause numbers */ n: string[];
  /** severity */ v: string;
  /** confidence */ q: number;
  /** message */ m: string;
}

interface IslandPost {
  p: string;
  i: string;
  k: string;
  /** display date */ d: string;
  /** time for sorting, ms, or null */ t: number | null;
  y: string;
  /** safe http(s) href, or null */ u: string | null;
  /** link host */ h: string;
  r: string;
  s: number;
  /** text cut at evidence edges: even indices plain, odd indices marked */ x: string[];
  f: IslandFinding[];
  dc?: string;
  da?: string;
  a?: string;
  sh?: string;
  tr?: 1;
}

function islandPost(post: ReportPost): IslandPost {
  const url = safeHttpUrl(post.url);
  const time = parseTimestamp(post.createdAt);
  const x: string[] = [];
  for (const seg of postSegments(post)) {
    // Plain and marked alternate: an empty plain piece keeps a leading mark at an odd index.
    if (seg.marked === (x.length % 2 === 0)) x.push('');
    x.push(revealHidden(seg.text, showHidden));
  }
  const out: IslandPost = {
    p: post.platform,
    i: post.id,
    k: post.kind,
    d: formatUtc(post.createdAt) ?? `${revealHidden(post.createdAt, showHidden)} (not a recognised date)`,
    t: Number.isNaN(time) ? null : time,
    y: utcYear(post.createdAt) ?? 'unknown',
    u: url ? url.href : null,
    h: url ? url.host : '',
    r: post.recommendation,
    s: post.score,
    x,
    f: post.findings.map((f) => ({
      c: f.concern,
      o: revealHidden(f.topic, showHidden),
      n: f.standards,
      v: f.severity,
      q: f.confidence,
      m: revealHidden(f.message, showHidden),
    })),
  };
  if (post.decision) out.dc = post.decision;
  if (post.decidedAt) out.da = post.decidedAt;
  if (post.account) out.a = revealHidden(post.account, showHidden);
  if (post.sharedFrom) out.sh = revealHidden(post.sharedFrom, showHidden);
  if (post.truncated) out.tr = 1;
  return out;
}

interface Island {
  reportId: string;
  generatedAt: string;
  pack: string;
  clauses: Record<string, string>;
  platforms: Record<string, string>;
  /** Flagged posts decided `keep`: not listed, but counted as decided. */
  hiddenKept: number;
  /** Decisions on posts not listed (kept by you, or recommended keep): carried into an export. */
  carried: Array<[string, string, string, string]>;
  posts: IslandPost[];
}

function island(report: Report, listed: ReportPost[], clauses: Map<string, ClauseWording>, hiddenKept: number): Island {
  const listedSet = new Set(listed);
  const carried: Island['carried'] = report.posts
    .filter((p) => p.decision && !listedSet.has(p))
    .map((p) => [p.platform, p.id, p.decision as string, p.decidedAt ?? report.generatedAt]);
  const platforms: Record<string, string> = {};
  for (const p of listed) platforms[p.platform] = platformLabel(p.platform);
  const clauseHeadings: Record<string, string> = {};
  for (const [n, c] of [...clauses].sort(([a], [b]) => naturalCompare(a, b))) clauseHeadings[n] = c.heading;
  return {
    reportId: reportId(report),
    generatedAt: report.generatedAt,
    pack: report.standards.id.toUpperCase(),
    clauses: clauseHeadings,
    platforms,
    hiddenKept,
    carried,
    posts: listed.map(islandPost),
  };
}

// ---------------------------------------------------------------------------------------------
// Static parts

function header(report: Report): string {
  const s = report.standards;
  const generated = formatUtc(report.generatedAt) ?? report.generatedAt;
  const accounts = [...new Set(report.inputs.map((i) => i.account).filter((a): a is string => Boolean(a)))];
  const o = report.options;
  const lines = [
    '<header class="page-head"><div class="wrap">',
    '<h1>Social media audit report</h1>',
    `<p class="meta">${accounts.length ? `For ${accounts.map((a) => `<strong>@${t(a)}</strong>`).join(', ')}. ` : ''}Generated <time datetime="${t(report.generatedAt)}">${t(generated)}</time> by ${t(report.generator.name)} ${t(report.generator.version)}.</p>`,
    `<p class="meta">Standards: <strong>${t(s.name)}</strong>, ${t(s.document)} (${t(s.date)}).</p>`,
  ];
  if (o) {
    const since = o.since ? `from ${t(formatUtc(o.since) ?? o.since)}` : 'from the earliest post';
    const until = o.until ? `to ${t(formatUtc(o.until) ?? o.until)}` : 'to the latest';
    lines.push(
      `<p class="meta">Posts considered ${since} ${until}. A post is marked <strong>delete</strong> at a score of ${o.thresholds.delete} or more and <strong>review</strong> at ${o.thresholds.review} or more (scores run from 0 to 100).</p>`,
    );
  }
  if (report.options?.redact) {
    lines.push(
      '<p class="banner" role="note"><strong>Redacted for sharing.</strong> Other people\u2019s names, handles, phone numbers, e-mail addresses and other identifiers were replaced by placeholders such as [name] and [phone]. Detection is automatic: read it through before you share it.</p>',
    );
  }
  lines.push(
    '<nav aria-label="Sections"><ul class="sections"><li><a href="#summary">Summary</a></li><li><a href="#posts">Posts to act on</a></li><li><a href="#inputs">Inputs</a></li><li><a href="#how">How to act</a></li></ul></nav>',
    '</div></header>',
  );
  return lines.join('\n');
}

function table(caption: string, head: string[], numeric: boolean[], rows: string[][], id?: string): string {
  const th = head.map((h, i) => `<th scope="col"${numeric[i] ? ' class="num"' : ''}>${h}</th>`).join('');
  const body = rows
    .map((r) => `<tr>${r.map((c, i) => (i === 0 ? `<th scope="row">${c}</th>` : `<td${numeric[i] ? ' class="num"' : ''}>${c}</td>`)).join('')}</tr>`)
    .join('\n');
  return `<div class="table-scroll"${id ? ` id="${id}"` : ''}><table><caption>${caption}</caption><thead><tr>${th}</tr></thead><tbody>\n${body}\n</tbody></table></div>`;
}

/** Years from the first to the last with a flagged post, gaps filled with zero so the chart does not mislead. */
function yearSeries(byYear: Array<[string, number]>): Array<[string, number]> {
  const numeric = byYear.filter(([y]) => /^\d{4}$/.test(y));
  const other = byYear.filter(([y]) => !/^\d{4}$/.test(y));
  if (!numeric.length) return other;
  const counts = new Map(numeric.map(([y, n]) => [Number(y), n]));
  const first = Math.min(...counts.keys());
  const last = Math.max(...counts.keys());
  const out: Array<[string, number]> = [];
  // A span over 200 years means a garbled date; list the years that have posts rather than draw centuries.
  if (last - first > 200) return [...numeric, ...other];
  for (let y = first; y <= last; y++) out.push([String(y), counts.get(y) ?? 0]);
  return [...out, ...other];
}

/** A bar chart of flagged posts per year, as inline SVG (no library, no script). */
export function yearChart(byYear: Array<[string, number]>): string {
  const series = yearSeries(byYear);
  if (!series.length) return '';
  const width = 640;
  const height = 220;
  const left = 36;
  const bottom = 28;
  const top = 18;
  const max = Math.max(1, ...series.map(([, n]) => n));
  const slot = (width - left - 8) / series.length;
  const barWidth = Math.max(2, Math.min(48, slot * 0.7));
  const labelEvery = Math.ceil(series.length / 16);
  const y = (n: number): number => top + (height - top - bottom) * (1 - n / max);
  const fmt = (n: number): string => String(Math.round(n * 10) / 10);
  const summary = series.map(([yr, n]) => `${yr}: ${n}`).join(', ');
  const parts: string[] = [
    `<svg class="chart" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="chart-title" xmlns="http://www.w3.org/2000/svg">`,
    `<title id="chart-title">Flagged posts per year. ${t(summary)}.</title>`,
    `<line class="axis" x1="${left}" y1="${fmt(y(0))}" x2="${width - 4}" y2="${fmt(y(0))}"/>`,
    `<text x="${left - 6}" y="${fmt(y(max) + 4)}" text-anchor="end">${max}</text>`,
    `<text x="${left - 6}" y="${fmt(y(0) + 4)}" text-anchor="end">0</text>`,
  ];
  series.forEach(([yr, n], i) => {
    const x = left + slot * i + (slot - barWidth) / 2;
    const barTop = y(n);
    parts.push(
      `<rect class="bar" x="${fmt(x)}" y="${fmt(barTop)}" width="${fmt(barWidth)}" height="${fmt(y(0) - barTop)}"><title>${t(yr)}: ${plural(n, 'flagged post')}</title></rect>`,
    );
    if (n > 0 && series.length <= 24) parts.push(`<text class="count" x="${fmt(x + barWidth / 2)}" y="${fmt(barTop - 4)}" text-anchor="middle">${n}</text>`);
    if (i % labelEvery === 0) parts.push(`<text x="${fmt(x + barWidth / 2)}" y="${height - 8}" text-anchor="middle">${t(yr)}</text>`);
  });
  parts.push('</svg>');
  return parts.join('\n');
}

function summarySection(report: Report, v: SummaryView, clauses: Map<string, ClauseWording>, hiddenKept: number, stillPresent: number): string {
  const flagged = v.delete + v.review;
  const out: string[] = ['<section id="summary" aria-labelledby="summary-h">', '<h2 id="summary-h">Summary</h2>'];
  out.push(
    `<p>${plural(v.posts, 'post')} read from ${plural(report.inputs.length, 'input')}: <strong>${num(v.delete)} to delete</strong>, <strong>${num(v.review)} to review</strong>, ${num(v.keep)} fine (counted, not listed).</p>`,
  );
  out.push(
    '<ul class="cards" aria-label="Posts by recommendation">',
    `<li class="card delete"><span class="n">${num(v.delete)}</span> to delete</li>`,
    `<li class="card review"><span class="n">${num(v.review)}</span> to review</li>`,
    `<li class="card keep"><span class="n">${num(v.keep)}</span> fine, not listed</li>`,
    `<li class="card total"><span class="n">${num(v.posts)}</span> posts read</li>`,
    '</ul>',
  );
  if (flagged === 0) out.push('<p class="banner"><strong>No posts were flagged.</strong> There is nothing to delete or review in what was read.</p>');
  const unreadable = report.inputs.filter((i) => i.error !== null).length;
  if (unreadable) {
    out.push(
      `<p class="banner warn"><strong>${plural(unreadable, 'input')} could not be read</strong>, so ${unreadable === 1 ? 'its' : 'their'} posts are not in this report: see <a href="#inputs">Inputs</a>.</p>`,
    );
  }
  if (v.decided.length) {
    const unsure = v.decided.find(([d]) => d === 'unsure')?.[1] ?? 0;
    const bits = [`${plural(hiddenKept, 'flagged post')} you decided to keep ${hiddenKept === 1 ? 'is' : 'are'} not listed (kept by you)`];
    if (stillPresent) bits.push(`<strong>${plural(stillPresent, 'post')} you marked deleted ${stillPresent === 1 ? 'is' : 'are'} still present</strong> and listed first`);
    if (unsure) bits.push(`${plural(unsure, 'post')} marked not sure`);
    out.push(`<p>From your decisions file: ${bits.join('; ')}.</p>`);
  }

  const grid: string[] = [];
  if (v.byYear.length) {
    grid.push(
      `<figure class="wide"><figcaption>Flagged posts per year (UTC)</figcaption>${yearChart(v.byYear)}`,
      `<details class="data"><summary>The same as a table</summary>${table('Flagged posts per year', ['Year', 'Flagged posts'], [false, true], v.byYear.map(([y, n]) => [t(y), num(n)]))}</details></figure>`,
    );
  }
  if (v.byStandard.length) {
    grid.push(
      `<div class="wide">${table(
        `By standard: flagged posts citing each clause of the ${t(report.standards.id.toUpperCase())} standards`,
        ['Clause', 'Standard', 'Flagged posts'],
        [false, false, true],
        v.byStandard.map(([n, count]) => {
          const c = clauses.get(n);
          return [
            t(n),
            c ? `<strong>${t(c.heading)}</strong><span class="wording">${t(c.text)}</span>` : '<span class="wording">(wording not included in this report)</span>',
            num(count),
          ];
        }),
        'by-standard',
      )}</div>`,
    );
  }
  if (v.byConcern.length) {
    grid.push(`<div>${table('By concern', ['Concern', 'Flagged posts'], [false, true], v.byConcern.map(([c, n]) => [t(capitalise(c)), num(n)]))}</div>`);
  }
  if (v.byPlatform.length) {
    grid.push(
      `<div>${table(
        'By platform',
        ['Platform', 'Posts read', 'Flagged'],
        [false, true, true],
        v.byPlatform.map((p) => [t(platformLabel(p.platform)), p.posts === null ? '\u2014' : num(p.posts), num(p.flagged)]),
      )}</div>`,
    );
  }
  if (grid.length) out.push('<div class="grid">', ...grid, '</div>');
  out.push('</section>');
  return out.join('\n');
}

function options(values: Array<[string, string, number]>): string {
  return values.map(([value, label, n]) => `<option value="${t(value)}">${t(label)} (${num(n)})</option>`).join('');
}

function countBy(posts: readonly ReportPost[], keys: (p: ReportPost) => Iterable<string>): Map<string, number> {
  const out = new Map<string, number>();
  for (const p of posts) for (const k of new Set(keys(p))) out.set(k, (out.get(k) ?? 0) + 1);
  return out;
}

function postsSection(report: Report, listed: ReportPost[], clauses: Map<string, ClauseWording>, hiddenKept: number): string {
  const field = (id: string, label: string, body: string): string =>
    `<div class="field"><label for="${id}">${label}</label><select id="${id}">${body}</select></div>`;
  const all = `<option value="">All (${num(listed.length)})</option>`;
  const sorted = (m: Map<string, number>): Array<[string, number]> => [...m].sort(([a], [b]) => naturalCompare(a, b));
  const rec = countBy(listed, (p) => [p.recommendation]);
  const still = listed.filter((p) => p.decision === 'deleted').length;
  const standards = sorted(countBy(listed, (p) => p.findings.flatMap((f) => f.standards)));
  const concerns = sorted(countBy(listed, (p) => p.findings.map((f) => f.concern)));
  const platforms = sorted(countBy(listed, (p) => [p.platform]));
  const kinds = sorted(countBy(listed, (p) => [p.kind]));
  const years = sorted(countBy(listed, (p) => [utcYear(p.createdAt) ?? 'unknown']));
  const pack = report.standards.id.toUpperCase();
  const total = listed.length + hiddenKept;

  const out: string[] = [
    '<section id="posts" aria-labelledby="posts-h">',
    `<h2 id="posts-h">Posts to delete or review (${num(listed.length)})</h2>`,
  ];
  if (!listed.length) {
    out.push(`<p>${hiddenKept ? 'None left: you decided to keep every flagged post.' : 'None: no posts were flagged.'}</p>`, '</section>');
    return out.join('\n');
  }
  out.push(
    '<p>Posts you marked deleted that are still in the export come first, then the highest score. The words that triggered each finding are <mark>highlighted</mark>. Decide on each post as you go: your decisions are saved in this browser, and <strong>Export decisions</strong> writes them to a file that your next audit reads with <code>--decisions</code>.</p>',
    '<noscript><p class="banner warn">The list of posts needs JavaScript, which is switched off. The Markdown report (<code>--format md</code>) lists the same posts without it.</p></noscript>',
    '<div id="app" class="app" hidden>',
    '<form id="filters" class="filters" role="search" aria-label="Filter and sort the posts">',
    '<div class="field search"><label for="q">Search the text and findings</label><input id="q" type="search" autocomplete="off" spellcheck="false"></div>',
    field(
      'f-rec',
      'Recommendation',
      all + options([['delete', 'Delete', rec.get('delete') ?? 0], ['review', 'Review', rec.get('review') ?? 0], ...(still ? [['still', 'Still present', still] as [string, string, number]] : [])]),
    ),
    field(
      'f-std',
      'Standard',
      all + options(standards.map(([n, c]) => [n, `${pack} ${n}${clauses.get(n) ? ` ${clauses.get(n)!.heading}` : ''}`, c])),
    ),
    field('f-concern', 'Concern', all + options(concerns.map(([k, c]) => [k, capitalise(k), c]))),
    field('f-platform', 'Platform', all + options(platforms.map(([k, c]) => [k, platformLabel(k), c]))),
    field('f-kind', 'Kind', all + options(kinds.map(([k, c]) => [k, capitalise(k), c]))),
    field('f-year', 'Year', all + options(years.map(([k, c]) => [k, k, c]))),
    field(
      'f-decision',
      'Your decision',
      '<option value="">All</option><option value="none">Not decided yet</option><option value="deleted">Deleted</option><option value="keep">Keep</option><option value="unsure">Not sure</option>',
    ),
    field(
      'f-sort',
      'Sort by',
      '<option value="priority">Most urgent first</option><option value="score">Score, highest first</option><option value="newest">Date, newest first</option><option value="oldest">Date, oldest first</option>',
    ),
    '<div class="field"><button type="reset">Clear filters</button></div>',
    '</form>',
    '<div class="progress">',
    `<label for="progress" class="visually-hidden">Decisions made</label><progress id="progress" max="${total}" value="0"></progress>`,
    `<p id="progress-text" aria-live="polite">0 of ${num(total)} decided</p>`,
    '<div class="actions"><button type="button" id="export" class="primary">Export decisions</button>',
    '<label class="button" for="import">Import decisions\u2026</label><input id="import" type="file" accept=".json,application/json" class="visually-hidden"></div>',
    '</div>',
    '<p id="notice" class="notice" role="status"></p>',
    '<p id="status" class="status" role="status" aria-live="polite" tabindex="-1"></p>',
    '<ol id="list" class="posts"></ol>',
    '<nav id="pager" class="pager" aria-label="Pages of posts"><button type="button" id="prev">Previous page</button><span id="page-label"></span><button type="button" id="next">Next page</button></nav>',
    '<p id="print-note" class="print-only"></p>',
    '<p class="keys"><label><input type="checkbox" id="shortcuts" checked> Single-key shortcuts:</label> <kbd>/</kbd> search, <kbd>n</kbd> next post, <kbd>p</kbd> previous post; on a post, <kbd>d</kbd> deleted, <kbd>k</kbd> keep, <kbd>u</kbd> not sure (the same key again clears it).</p>',
    '</div>',
    '</section>',
  );
  return out.join('\n');
}

function inputsSection(report: Report): string {
  const out: string[] = ['<section id="inputs" aria-labelledby="inputs-h">', '<h2 id="inputs-h">Inputs</h2>'];
  if (!report.inputs.length) {
    out.push('<p>No inputs were given.</p>');
  } else {
    out.push(
      table(
        'What was read',
        ['Input', 'Export', 'Account', 'Posts', 'Warnings', 'Status'],
        [false, false, false, true, true, false],
        report.inputs.map((i) => [
          t(i.path),
          i.platform ? t(platformLabel(i.platform)) : '\u2014',
          i.account ? t(i.account) : '\u2014',
          num(i.posts),
          num(i.warnings.length),
          i.error === null ? 'read' : `<strong>could not be read:</strong> ${t(i.error)}`,
        ]),
      ),
    );
    const warned = report.inputs.filter((i) => i.warnings.length);
    if (warned.length) {
      out.push('<p>Warnings (these files were skipped or only partly read; the rest of each input was audited):</p><ul>');
      for (const i of warned) for (const w of i.warnings) out.push(`<li>${t(i.path)}${w.file === null ? '' : ` \u203a ${t(w.file)}`}: ${t(w.message)}</li>`);
      out.push('</ul>');
    }
  }
  const m = messagesView(report);
  out.push('<h3>Private messages</h3>');
  if (m.includeMessages === true) out.push('<p>Private messages inside platform exports <strong>were scanned</strong> (<code>--include-messages</code>).</p>');
  else if (m.includeMessages === false) out.push('<p>Private messages inside platform exports <strong>were not scanned</strong>. Run again with <code>--include-messages</code> to include them.</p>');
  else out.push('<p>This report does not record whether private messages inside platform exports were scanned.</p>');
  if (m.scannedInputs.length) out.push(`<p>Messages were read from: ${m.scannedInputs.map(t).join(', ')}.</p>`);
  out.push('</section>');
  return out.join('\n');
}

function howToAct(report: Report): string {
  const hcpc = report.standards.id === 'hcpc';
  return [
    '<section id="how" aria-labelledby="how-h">',
    '<h2 id="how-h">How to act on this report</h2>',
    '<ol>',
    '<li>Start with the posts to <strong>delete</strong>. Open each one with its link, sign in, and delete it on the platform itself: deleting your downloaded export, or this report, removes nothing online. Then mark it <strong>Deleted</strong> here.</li>',
    '<li>Read each post to <strong>review</strong> in its context and decide whether it still reflects who you are as a professional. The recommendation is a prompt from pattern matching, not a judgement: it can be wrong both ways. Mark it <strong>Keep</strong> or <strong>Not sure</strong>; a mentor or your professional body can help with the ones you are not sure about.</li>',
    '<li>Reposts, quotes and likes count: sharing someone else\u2019s words can be read as endorsing them.</li>',
    hcpc
      ? '<li>Old posts matter too: the HCPC says historic social media activity can be considered against its standards, even posts from before you registered.</li>'
      : '<li>Old posts matter too: regulators can consider historic social media activity, even from before registration.</li>',
    '<li>When you have finished, <strong>export your decisions</strong>, download a fresh export from each platform, and run the audit again with <code>--decisions hindsight-decisions.json</code>: posts you kept drop out of the list, and any you deleted that are still there come first.</li>',
    '</ol>',
    '</section>',
  ].join('\n');
}

// ---------------------------------------------------------------------------------------------

export function renderHtml(report: Report, options: RenderOptions = {}): string {
  const clauses = clauseIndex(report, options);
  const lists = actionLists(report);
  const listed = [...lists.delete, ...lists.review];
  const view = summaryView(report);
  const stillPresent = listed.filter((p) => p.decision === 'deleted').length;
  const data = jsonForScript(island(report, listed, clauses, lists.decidedKeep));
  const script = CLIENT_SCRIPT;
  const csp = [
    "default-src 'none'",
    `style-src 'sha256-${sha256(STYLE)}'`,
    `script-src 'sha256-${sha256(script)}'`,
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  const accounts = [...new Set(report.inputs.map((i) => i.account).filter((a): a is string => Boolean(a)))];
  const title = `Social media audit report${accounts.length ? ` for @${accounts.join(', @')}` : ''}`;
  return [
    '<!DOCTYPE html>',
    '<html lang="en-GB">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="color-scheme" content="light dark">',
    `<meta name="generator" content="${t(`${report.generator.name} ${report.generator.version}`)}">`,
    `<title>${t(title)}</title>`,
    // An empty icon, so no browser goes looking for favicon.ico beside the file.
    '<link rel="icon" href="data:,">',
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<a class="skip" href="#posts">Skip to the posts</a>',
    header(report),
    '<main id="main" class="wrap">',
    summarySection(report, view, clauses, lists.decidedKeep, stillPresent),
    postsSection(report, listed, clauses, lists.decidedKeep),
    inputsSection(report),
    howToAct(report),
    '</main>',
    '<footer><div class="wrap">Made by hindsight on your own computer. This file loads nothing from the internet and sends nothing anywhere; decisions you make in it are saved only in this browser until you export them.</div></footer>',
    `<script type="application/json" id="hindsight-data">${data}</script>`,
    `<script>${script}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

export const htmlRenderer: Renderer = {
  extension: 'html',
  mediaType: 'text/html',
  render: renderHtml,
};
