// The HTML report's stylesheet: sober, system fonts, WCAG AA contrast, and an A4 print layout with the radar on page 1.

export const CSS = `
:root {
  color-scheme: light;
  --text: #1a1a1a;
  --muted: #4d4d4d;
  --line: #d3d3d3;
  --soft: #f5f5f5;
  --blue: #000091;
  --blue-soft: #e3e3f4;
  --warn: #8a3100;
  --warn-line: #b34000;
  --warn-bg: #fff3e6;
  --ok: #18753c;
  --ok-bg: #eef7f1;
  --pre: #f1eadb;
  --pre-text: #6b4400;
}
* { box-sizing: border-box; }
html { background: #ffffff; color: var(--text); font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
body { margin: 0 auto; max-width: 1080px; padding: 32px 40px 40px; }
h1, h2, h3 { line-height: 1.25; }
h2 { font-size: 21px; margin: 36px 0 12px; padding-bottom: 4px; border-bottom: 1px solid var(--line); }
h3 { font-size: 16px; margin: 0 0 8px; }
p { margin: 0 0 8px; }
a { color: var(--blue); }
.muted { color: var(--muted); }
.small { font-size: 14px; }
.nowrap { white-space: nowrap; }

.report-header { border-bottom: 4px solid var(--blue); padding-bottom: 14px; margin-bottom: 20px; }
.kicker { margin: 0; font-size: 13px; font-weight: 600; letter-spacing: .06em; text-transform: uppercase; color: var(--muted); }
h1 { font-size: 30px; margin: 2px 0 10px; }
.meta { display: flex; flex-wrap: wrap; gap: 4px 28px; margin: 0; font-size: 15px; }
.meta div { display: flex; gap: 6px; }
.meta dt { color: var(--muted); white-space: nowrap; }
.meta dt::after { content: " :"; }
html[lang="en"] .meta dt::after { content: ":"; }
.meta dd { margin: 0; font-weight: 600; }

.gate { display: flex; gap: 14px; align-items: flex-start; border: 2px solid; border-left-width: 10px; border-radius: 4px; padding: 12px 18px; margin: 0 0 8px; }
.gate h2 { font-size: 19px; margin: 0 0 4px; padding: 0; border: 0; }
.gate p:last-child { margin-bottom: 0; }
.gate-icon { flex: none; padding-top: 2px; }
.gate-icon svg { display: block; }
.gate-failed { background: var(--warn-bg); border-color: var(--warn-line); }
.gate-failed .gate-icon, .gate-failed h2 { color: var(--warn); }
.gate-met { background: var(--ok-bg); border-color: var(--ok); padding-top: 8px; padding-bottom: 8px; }
.gate-met .gate-icon, .gate-met h2 { color: var(--ok); }
.gate-met h2 { font-size: 17px; }
ul.gate-status { margin: 4px 0 6px; padding-left: 20px; }
ul.gate-status li.status-unmet { font-weight: 700; }
ol.prompts li { margin-bottom: 6px; }

.overview h2 { margin-top: 20px; }
.overview-grid { display: grid; grid-template-columns: minmax(0, 2fr) minmax(0, 1fr); gap: 24px; align-items: start; }
.radar-figure { margin: 0; }
.radar-figure figcaption { font-size: 14px; color: var(--muted); margin-top: 4px; }
svg.radar { display: block; width: 100%; height: auto; }
svg.trend-chart { display: block; width: 100%; max-width: 900px; height: auto; }
.key { border: 1px solid var(--line); border-radius: 6px; padding: 16px 18px; background: #ffffff; }
.key dl { margin: 0; }
.key dt { font-size: 14px; color: var(--muted); margin-top: 12px; }
.key dt:first-child { margin-top: 0; }
.key dd { margin: 0; }
.figure { font-size: 28px; font-weight: 700; line-height: 1.2; font-variant-numeric: tabular-nums; }
.figure small { font-size: 15px; font-weight: 400; color: var(--muted); }
.key .disclaimer { margin: 16px 0 0; padding-top: 10px; border-top: 1px solid var(--line); font-size: 14px; color: var(--muted); }

table { border-collapse: collapse; width: 100%; font-size: 15px; }
caption { caption-side: top; text-align: left; font-size: 14px; color: var(--muted); padding-bottom: 6px; }
th, td { padding: 7px 10px; border-bottom: 1px solid var(--line); text-align: left; vertical-align: middle; }
thead th { border-bottom: 2px solid var(--text); font-size: 14px; font-weight: 600; }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tr.group th { background: var(--soft); font-size: 13px; font-weight: 700; letter-spacing: .04em; text-transform: uppercase; padding-top: 5px; padding-bottom: 5px; }
tr.group-precondition th { background: var(--pre); color: var(--pre-text); }
tr.precondition td:first-child { border-left: 6px solid var(--pre); }
td.score { font-weight: 700; }
td.answers { min-width: 11em; }
svg.bar { display: block; width: 170px; height: 18px; }
.flag { display: inline-block; color: var(--warn); font-weight: 700; font-size: 13px; white-space: nowrap; }
.na { font-style: italic; color: var(--muted); font-weight: 400; }

ol.actions { list-style: none; margin: 0; padding: 0; }
ol.actions > li { display: grid; grid-template-columns: 34px minmax(0, 1fr); gap: 4px; border: 1px solid var(--line); border-radius: 6px; padding: 12px 16px; margin: 0 0 10px; }
ol.actions > li.gate-first { border-left: 6px solid var(--warn-line); }
.box { font-size: 24px; line-height: 1.1; }
.action-title { font-weight: 600; font-size: 16.5px; }
.rank { color: var(--blue); }
.tag { display: inline-block; font-size: 13px; font-weight: 700; color: var(--warn); margin-bottom: 6px; }
.concerns { font-size: 14px; color: var(--muted); }
.practices { margin: 2px 0 0; padding-left: 20px; font-size: 15px; }
.practices li { margin-bottom: 2px; }

ul.notes { padding-left: 20px; }
ul.notes li { margin-bottom: 6px; }

.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
svg.dist { display: block; }
table.divergences td { vertical-align: middle; }
tr.verdict-error td { color: var(--warn); font-weight: 700; }
tr.verdict-warn td { font-weight: 700; }
table.sectors { width: auto; min-width: 50%; }
tr.missing th { color: var(--warn); }
.note-warning { background: var(--warn-bg); border-left: 6px solid var(--warn-line); padding: 8px 12px; margin-top: 10px; }
table.by-sector th[scope="col"] { font-size: 13px; vertical-align: bottom; white-space: normal; hyphens: auto; width: 120px; min-width: 64px; }
table.by-sector th[scope="row"] { min-width: 200px; }
section h3 { margin-top: 22px; }
.key h3 { margin-top: 0; }
.table-wrap { overflow-x: auto; }
#comments h3 { font-size: 17px; color: var(--blue); border-bottom: 1px solid var(--line); padding-bottom: 2px; }
.comment-question { font-style: italic; margin-top: 12px; }
.comment { border-left: 4px solid var(--line); padding: 4px 14px; margin: 0 0 10px 4px; }
.comment-meta { font-size: 14px; color: var(--muted); margin-bottom: 2px; }
.comment-text { white-space: pre-wrap; margin: 0; }

ul.gate-lines { list-style: none; margin: 4px 0 0; padding: 0; }
ul.gate-lines li { display: flex; gap: 10px; align-items: flex-start; margin-bottom: 4px; }
.gate-line-icon svg { display: block; width: 22px; height: 22px; }
.change { white-space: nowrap; font-weight: 700; }
.change.up { color: var(--ok); }
.change.down { color: var(--warn); }
tbody.indices th, tbody.indices td { border-top: 2px solid var(--text); font-weight: 700; }

footer { margin-top: 40px; padding-top: 10px; border-top: 1px solid var(--line); font-size: 13px; color: var(--muted); }

@media (max-width: 780px) {
  body { padding: 16px; }
  .overview-grid { grid-template-columns: 1fr; }
}

@page { size: A4; margin: 12mm 12mm 14mm; }
@media print {
  html { font-size: 10pt; }
  body { max-width: none; padding: 0; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  h1 { font-size: 20pt; margin-bottom: 6px; }
  h2 { font-size: 14pt; margin-top: 16px; break-after: avoid; }
  h3 { font-size: 11pt; break-after: avoid; }
  p, li, dd, dt, td, th, .meta, .figure small, .comment-meta { font-size: inherit; }
  .kicker, .small, caption, .concerns, .key dt, .key .disclaimer, footer { font-size: 8.5pt; }
  .report-header { padding-bottom: 8px; margin-bottom: 10px; }
  .gate { padding: 6px 12px; }
  .gate h2 { font-size: 12pt; }
  .overview h2 { margin-top: 8px; }
  .overview-grid { grid-template-columns: 1fr; gap: 6px; }
  .radar-figure { width: 150mm; margin: 0 auto; }
  .radar-figure figcaption { display: none; }
  .key { padding: 8px 12px; }
  .key h3 { display: none; }
  .key dl { display: grid; grid-template-columns: max-content 1fr; column-gap: 14px; row-gap: 3px; align-items: baseline; }
  .key dt, .key dt:first-child { margin: 0; }
  .figure { font-size: 13pt; }
  .key .disclaimer { margin-top: 6px; padding-top: 4px; }
  table { font-size: 9pt; }
  th, td { padding: 3px 6px; }
  svg.bar { width: 110px; height: 14px; }
  .table-wrap { overflow: visible; }
  table.by-sector { font-size: 8pt; }
  table.by-sector th[scope="col"] { font-size: 7.5pt; min-width: 0; max-width: none; }
  table.by-sector th[scope="row"] { min-width: 0; }
  .action-title { font-size: 10.5pt; }
  ol.actions > li { padding: 6px 10px; margin-bottom: 6px; }
  .box { font-size: 14pt; }
  .practices { font-size: 9.5pt; }
  tr, ol.actions > li, .comment, .gate, .key, figure { break-inside: avoid; }
  table.compact { break-inside: avoid; }
  thead { display: table-header-group; }
  a { color: inherit; text-decoration: none; }
}
`;
