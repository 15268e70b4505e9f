/**
 * The HTML report's stylesheet, inlined into the page (its hash is in the page's Content-Security-
 * Policy). Colours meet WCAG AA contrast in both light and dark schemes; print hides the controls.
 */
export const STYLE = `
:root {
  color-scheme: light dark;
  --bg: #ffffff; --fg: #1b1b1f; --muted: #4a4a55; --line: #c9c9d3; --panel: #f4f4f8;
  --accent: #1d4ed8; --focus: #1d4ed8;
  --delete: #a4161a; --delete-bg: #fde8e8; --review: #7a4a00; --review-bg: #fff3d6;
  --keep: #17603a; --keep-bg: #e3f4ea; --unsure: #4b3a8f; --unsure-bg: #ece8fb;
  --mark: #ffe066; --mark-fg: #1b1b1f; --bar: #3b5bab;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  line-height: 1.5;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #15161a; --fg: #ececf1; --muted: #b4b4c0; --line: #44454f; --panel: #1f2026;
    --accent: #8fb1ff; --focus: #8fb1ff;
    --delete: #ff9b9b; --delete-bg: #3a1d1f; --review: #ffd27a; --review-bg: #382c14;
    --keep: #8fe0b0; --keep-bg: #173326; --unsure: #c9bcff; --unsure-bg: #29243f;
    --mark: #ffe066; --mark-fg: #15161a; --bar: #8fb1ff;
  }
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; background: var(--bg); color: var(--fg); }
a { color: var(--accent); }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.skip { position: absolute; left: -9999px; top: 0; background: var(--bg); padding: .5rem 1rem; z-index: 10; }
.skip:focus { left: .5rem; top: .5rem; }
.wrap { max-width: 72rem; margin: 0 auto; padding: 0 1rem; }
.page-head { border-bottom: 1px solid var(--line); padding: 1rem 0 .5rem; }
h1 { font-size: 1.6rem; margin: .2rem 0 .4rem; }
h2 { font-size: 1.3rem; margin: 2rem 0 .75rem; }
h3 { font-size: 1.05rem; margin: 0; }
.meta, .muted { color: var(--muted); }
.meta { margin: .25rem 0; font-size: .95rem; }
.sections { display: flex; flex-wrap: wrap; gap: .25rem 1rem; margin: .5rem 0; padding: 0; list-style: none; }
.banner { border: 2px solid var(--accent); border-radius: .5rem; padding: .5rem .75rem; margin: .75rem 0; }
.banner.warn { border-color: var(--delete); }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(9rem, 1fr)); gap: .75rem; padding: 0; margin: 1rem 0; list-style: none; }
.card { border: 1px solid var(--line); border-left-width: .4rem; border-radius: .5rem; padding: .6rem .8rem; background: var(--panel); }
.card .n { display: block; font-size: 1.7rem; font-weight: 700; line-height: 1.2; }
.card.delete { border-left-color: var(--delete); } .card.delete .n { color: var(--delete); }
.card.review { border-left-color: var(--review); } .card.review .n { color: var(--review); }
.card.keep { border-left-color: var(--keep); }
.card.total { border-left-color: var(--muted); }
.grid { display: grid; grid-template-columns: 1fr; gap: 1.25rem; }
@media (min-width: 60rem) { .grid { grid-template-columns: 1fr 1fr; } .grid .wide { grid-column: 1 / -1; } }
.table-scroll { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: .95rem; }
caption { text-align: left; font-weight: 700; padding: .25rem 0 .5rem; }
th, td { text-align: left; vertical-align: top; padding: .35rem .5rem; border-bottom: 1px solid var(--line); }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.wording { color: var(--muted); font-size: .9rem; display: block; }
figure { margin: 0; }
figcaption { font-weight: 700; padding: .25rem 0 .5rem; }
.chart { width: 100%; height: auto; max-height: 16rem; display: block; }
.chart .bar { fill: var(--bar); }
.chart .axis { stroke: var(--line); }
.chart text { fill: var(--fg); font-size: 12px; font-family: inherit; }
.chart .count { font-size: 11px; }
details.data { margin-top: .5rem; }
.app[hidden], .needs-js[hidden] { display: none; }
.filters { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 9rem), 1fr)); gap: .6rem .8rem; align-items: end;
  background: var(--panel); border: 1px solid var(--line); border-radius: .5rem; padding: .75rem; margin: 0 0 .75rem; }
.filters .search { grid-column: 1 / -1; }
.field label { display: block; font-size: .85rem; font-weight: 600; margin-bottom: .15rem; }
input[type=search], select { width: 100%; font: inherit; color: var(--fg); background: var(--bg); border: 1px solid var(--muted);
  border-radius: .35rem; padding: .4rem .5rem; min-height: 2.5rem; }
button, .button { font: inherit; color: var(--fg); background: var(--bg); border: 1px solid var(--muted); border-radius: .35rem;
  padding: .4rem .75rem; min-height: 2.5rem; cursor: pointer; display: inline-flex; align-items: center; gap: .3rem; }
button:hover, .button:hover { border-color: var(--accent); }
button:disabled { opacity: .55; cursor: default; }
.primary { background: var(--accent); color: var(--bg); border-color: var(--accent); font-weight: 600; }
.progress { display: flex; flex-wrap: wrap; align-items: center; gap: .5rem 1rem; margin: .5rem 0; }
.progress progress { width: 12rem; max-width: 100%; height: 1rem; }
.progress .actions { display: flex; flex-wrap: wrap; gap: .5rem; margin-left: auto; }
.visually-hidden { position: absolute !important; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.status { font-weight: 600; margin: .5rem 0; }
.notice { margin: .5rem 0; padding: .5rem .75rem; border-radius: .35rem; background: var(--panel); border: 1px solid var(--line); }
.notice:empty { display: none; }
.posts { list-style: none; padding: 0; margin: 0; }
.post { border: 1px solid var(--line); border-left-width: .4rem; border-radius: .5rem; padding: .75rem .9rem; margin: 0 0 .9rem; background: var(--bg); }
.post.delete { border-left-color: var(--delete); }
.post.review { border-left-color: var(--review); }
.post:focus-within, .post:focus { box-shadow: 0 0 0 2px var(--focus); outline: none; }
.post-head { display: flex; flex-wrap: wrap; gap: .25rem .6rem; align-items: baseline; }
.rec { font-weight: 700; text-transform: uppercase; letter-spacing: .03em; font-size: .8rem; padding: .05rem .45rem; border-radius: .3rem; }
.rec.delete { color: var(--delete); background: var(--delete-bg); }
.rec.review { color: var(--review); background: var(--review-bg); }
.badge { font-size: .8rem; font-weight: 700; padding: .05rem .45rem; border-radius: .3rem; border: 1px solid var(--delete); color: var(--delete); }
.post-meta { color: var(--muted); font-size: .9rem; margin: .2rem 0 .5rem; }
.text { white-space: pre-wrap; overflow-wrap: anywhere; margin: .4rem 0; padding: .5rem .75rem; border-left: 3px solid var(--line);
  background: var(--panel); border-radius: 0 .35rem .35rem 0; }
mark { background: var(--mark); color: var(--mark-fg); padding: 0 .1em; border-radius: .15em; }
.findings { margin: .5rem 0; padding-left: 1.2rem; }
.findings li { margin: .25rem 0; overflow-wrap: anywhere; }
.post-meta, .summary td, .summary th { overflow-wrap: anywhere; }
.std { font-weight: 700; }
.why { color: var(--muted); font-size: .88rem; display: block; }
.post-foot { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: center; justify-content: space-between; margin-top: .5rem; }
.decide { display: flex; flex-wrap: wrap; gap: .4rem; align-items: center; }
.decide .label { font-size: .9rem; color: var(--muted); }
.decide button[aria-pressed=true][data-decision=deleted] { background: var(--delete-bg); color: var(--delete); border-color: var(--delete); font-weight: 700; }
.decide button[aria-pressed=true][data-decision=keep] { background: var(--keep-bg); color: var(--keep); border-color: var(--keep); font-weight: 700; }
.decide button[aria-pressed=true][data-decision=unsure] { background: var(--unsure-bg); color: var(--unsure); border-color: var(--unsure); font-weight: 700; }
.decide button[aria-pressed=true]::before { content: "\\2713"; }
.decision-note { display: none; }
.pager { display: flex; flex-wrap: wrap; gap: .5rem; align-items: center; justify-content: center; margin: 1rem 0; }
.keys { font-size: .88rem; color: var(--muted); }
.keys label { font-weight: 600; }
kbd { font-family: ui-monospace, Menlo, Consolas, monospace; border: 1px solid var(--line); border-radius: .25rem; padding: 0 .3rem; font-size: .85em; }
footer { border-top: 1px solid var(--line); margin-top: 2rem; padding: 1rem 0 2rem; color: var(--muted); font-size: .9rem; }
@media (max-width: 30rem) {
  h1 { font-size: 1.35rem; }
  .progress .actions { margin-left: 0; }
  .post { padding: .6rem .65rem; }
}
@media print {
  :root { --bg: #fff; --fg: #000; --muted: #333; --panel: #fff; --line: #999; }
  .skip, .sections, .filters, .progress, .pager, .keys, .decide, .notice, noscript, .no-print { display: none !important; }
  .decision-note { display: block; font-weight: 700; }
  .post { break-inside: avoid; page-break-inside: avoid; border-left-width: .25rem; }
  mark { background: none; color: #000; font-weight: 700; text-decoration: underline; }
  a[href^="http"]::after { content: " (" attr(href) ")"; font-size: .8em; overflow-wrap: anywhere; }
  .print-only { display: block !important; }
  details.data > summary { display: none; }
}
.print-only { display: none; }
`;
