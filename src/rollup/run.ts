// `report --group-by territory`: the roll-up of many territories, and with --output-dir one report per territory.
import type { Context } from '../commands/context.js';
import { load, useColor, type ReportOptions } from '../commands/report.js';
import { EXIT, UsageError } from '../core/errors.js';
import { msg, render } from '../i18n/messages/index.js';
import { progressText } from '../i18n/progress.js';
import { oneLine } from '../io/sanitize.js';
import { progress } from '../io/progress.js';
import { writeOutput } from '../io/output.js';
import { noteLine } from '../answers/notes.js';
import type { Response } from '../answers/schema.js';
import type { Questionnaire } from '../questionnaire/schema.js';
import { exportTables, isExport, reporterFor, rollupReporterFor, ROLLUP_FORMATS, type ExportFormat, type Format, type RollupFormat } from '../reporters/index.js';
import { exportsText } from '../i18n/exports.js';
import { rollupTable, spreadTable } from '../reporters/tables/rollup.js';
import { score } from '../scoring/score.js';
import { foldResponse } from '../scoring/tally.js';
import type { Report } from '../scoring/report.js';
import { foldAnswerFiles, type Written } from './fold.js';
import { readTerritoryMap } from './map.js';
import { rollup, scoredFromCounts, scoredFromReport, type RollupOptions, type TerritoryCounts } from './rollup.js';
import type { Rollup } from './schema.js';
import { territoriesOf, type TerritoryMap } from './territory.js';
import { fileStems } from './files.js';
import { checkFolder, writeFolder } from './batch.js';
import { resolve } from 'node:path';

/** Formats --output-dir writes, and the extension of their files. */
const BATCH: Partial<Record<Format, string>> = { html: 'html', markdown: 'md', json: 'json' };

export interface GroupByOptions extends ReportOptions {
  groupBy?: string;
  outputDir?: string;
  territoryMap?: string;
}

export async function groupByReport(ctx: Context, paths: string[], opts: GroupByOptions): Promise<number> {
  // A threshold is a verdict on one report; silently ignored, it would let a CI job pass.
  if (opts.failUnder !== undefined) throw new UsageError(msg('usage.thresholdGroupBy', { flag: '--fail-under' }));
  if (opts.minDimension !== undefined) throw new UsageError(msg('usage.thresholdGroupBy', { flag: '--min-dimension' }));
  const format = (opts.format ?? (opts.outputDir !== undefined ? 'html' : 'terminal')) as Format | ExportFormat;
  if (opts.outputDir !== undefined) {
    if (opts.output !== undefined) throw new UsageError(msg('usage.outputDirWithOutput'));
    if (isExport(format) || !BATCH[format]) throw new UsageError(msg('usage.outputDirFormat', { format, choices: Object.keys(BATCH) }));
  }
  // The roll-up is one table (and its spread): --table has nothing to choose.
  if (opts.table !== undefined) throw new UsageError(msg('usage.tableGroupBy'));
  if (opts.csvDialect !== undefined && format !== 'csv') throw new UsageError(msg('usage.csvOnly', { flag: '--csv-dialect' }));
  if (!isExport(format) && !(ROLLUP_FORMATS as readonly string[]).includes(format)) throw new UsageError(msg('usage.groupByFormat', { format, choices: [...ROLLUP_FORMATS] }));
  const map = opts.territoryMap !== undefined ? await readTerritoryMap(opts.territoryMap) : new Map<string, string>();
  const ropts: RollupOptions = { lang: ctx.lang, target: opts.target, gateThreshold: opts.gateThreshold };
  const inputs = (files: string[], q: { file: string; builtin: boolean }) => [...files, ...(q.builtin ? [] : [q.file]), ...(opts.territoryMap ? [opts.territoryMap] : [])];

  if (opts.outputDir !== undefined) {
    await checkFolder(resolve(ctx.io.cwd, opts.outputDir), opts.outputDir);
    const loaded = await load(ctx, paths, opts.questionnaire);
    const groups = groupResponses(ctx, loaded.responses, map);
    const reports = groups.map((g) =>
      score(loaded.questionnaire.questionnaire, g.responses, { lang: ctx.lang, target: opts.target, top: opts.top, gateThreshold: opts.gateThreshold, withNames: opts.withNames, minGroupSize: opts.minGroupSize }),
    );
    const r = rollup(
      loaded.questionnaire.questionnaire,
      groups.map((g, i) => ({ name: g.name, spellings: g.spellings, scored: scoredFromReport(reports[i]!) })),
      ropts,
    );
    await writeBatch(ctx, format as Format, r, reports, opts);
    return EXIT.ok;
  }

  const { questionnaire, files, counts } = await countTerritories(ctx, paths, opts.questionnaire, map);
  const r = rollupOfCounts(questionnaire.questionnaire, counts, ropts);
  const text = isExport(format)
    ? await exportTables(format, [{ name: exportsText[ctx.lang].sheets.rollup, table: rollupTable(r, ctx.lang) }, { name: exportsText[ctx.lang].sheets.spread, table: spreadTable(r, ctx.lang) }], opts.csvDialect)
    : (await rollupReporterFor(format as RollupFormat))(r, { lang: ctx.lang, color: useColor(ctx.io, format, opts.output) });
  await writeOutput(ctx, text, opts.output, inputs(files, questionnaire));
  return EXIT.ok;
}

/** The roll-up of territories' counts (the streaming path). */
export function rollupOfCounts(q: Questionnaire, counts: TerritoryCounts[], opts: RollupOptions): Rollup {
  return rollup(q, counts.map((c) => ({ name: c.name, spellings: c.spellings, scored: scoredFromCounts(q, c, opts) })), opts);
}

/**
 * Every response folded into its territory's counts as it is read (fold.ts); when the answers need explaining,
 * read the usual way, which says what is wrong (or, if nothing is, folded the same way).
 */
async function countTerritories(ctx: Context, paths: string[], ref: string | undefined, map: TerritoryMap) {
  const t = progressText[ctx.lang];
  const n = (x: number) => x.toLocaleString(ctx.lang);
  const bar = progress(ctx.io, (done, total) => t.reading(n(done), n(total)));
  let folded;
  try {
    folded = await foldAnswerFiles(paths, ref, { onProgress: bar.update, onNote: (note) => ctx.io.stderr(noteLine(note, ctx.lang)) });
  } finally {
    bar.end();
  }
  if (!folded) {
    const loaded = await load(ctx, paths, ref);
    const byName = new Map<string, Written>();
    for (const r of loaded.responses) foldWritten(byName, r);
    folded = { questionnaire: loaded.questionnaire, byName, files: loaded.files };
  }
  return { questionnaire: folded.questionnaire, files: folded.files, counts: mergeWritten(ctx, folded.byName, map) };
}

function foldWritten(byName: Map<string, Written>, r: Response): void {
  let w = byName.get(r.territory);
  if (!w) byName.set(r.territory, (w = { responses: 0, bySector: new Map(), from: null, to: null }));
  w.responses++;
  foldResponse(w.bySector, r);
  if (r.date !== undefined) {
    if (w.from === null || r.date < w.from) w.from = r.date;
    if (w.to === null || r.date > w.to) w.to = r.date;
  }
}

/** Territories as written merged by their normalised or mapped name; near names noted on standard error. */
function mergeWritten(ctx: Context, byName: Map<string, Written>, map: TerritoryMap): TerritoryCounts[] {
  const territories = territoriesOf(new Map([...byName].map(([name, w]) => [name, w.responses])), map);
  noteNear(ctx, territories.near);
  const merged = new Map<string, TerritoryCounts>();
  for (const [name, w] of byName) {
    const canonical = territories.canonical.get(name)!;
    let c = merged.get(canonical);
    if (!c) merged.set(canonical, (c = { name: canonical, spellings: [], bySector: new Map(), dates: { from: null, to: null } }));
    c.spellings.push(name);
    for (const [sector, s] of w.bySector) {
      const into = c.bySector.get(sector);
      if (!into) {
        c.bySector.set(sector, { responses: s.responses, byQuestion: new Map([...s.byQuestion].map(([id, q]) => [id, { distribution: [...q.distribution], unknown: q.unknown }])) });
        continue;
      }
      into.responses += s.responses;
      for (const [id, q] of s.byQuestion) {
        const t = into.byQuestion.get(id);
        if (!t) into.byQuestion.set(id, { distribution: [...q.distribution], unknown: q.unknown });
        else {
          q.distribution.forEach((k, level) => (t.distribution[level]! += k));
          t.unknown += q.unknown;
        }
      }
    }
    if (w.from !== null && (c.dates.from === null || w.from < c.dates.from)) c.dates.from = w.from;
    if (w.to !== null && (c.dates.to === null || w.to > c.dates.to)) c.dates.to = w.to;
  }
  return [...merged.values()];
}

/** The responses of each territory, with its one name (the --output-dir path, which scores each in full). */
function groupResponses(ctx: Context, responses: readonly Response[], map: TerritoryMap) {
  const counts = new Map<string, number>();
  for (const r of responses) counts.set(r.territory, (counts.get(r.territory) ?? 0) + 1);
  const territories = territoriesOf(counts, map);
  noteNear(ctx, territories.near);
  const groups = new Map<string, { name: string; spellings: Set<string>; responses: Response[] }>();
  for (const r of responses) {
    const name = territories.canonical.get(r.territory)!;
    let g = groups.get(name);
    if (!g) groups.set(name, (g = { name, spellings: new Set(), responses: [] }));
    g.spellings.add(r.territory);
    g.responses.push(r.territory === name ? r : { ...r, territory: name });
  }
  return [...groups.values()].map((g) => ({ name: g.name, spellings: [...g.spellings], responses: g.responses }));
}

function noteNear(ctx: Context, near: [string, string][]): void {
  for (const [a, b] of near) ctx.io.stderr(`impact-collectif: ${render(msg('note.nearTerritories', { a: oneLine(a), b: oneLine(b) }), ctx.lang)}\n`);
}

/** One report per territory and the roll-up as the index, written as one folder (batch.ts). */
async function writeBatch(ctx: Context, format: Format, r: Rollup, reports: Report[], opts: GroupByOptions): Promise<void> {
  const ext = BATCH[format]!;
  const byName = new Map(reports.map((rep) => [rep.territory, rep]));
  const stems = fileStems(r.territories.map((t) => t.territory));
  r.territories.forEach((t, i) => (t.file = `${stems[i]}.${ext}`));
  const renderReport = await reporterFor(format);
  const renderIndex = await rollupReporterFor(format as RollupFormat);
  const rctx = { lang: ctx.lang, color: false, bySector: opts.bySector, comments: opts.comments, explain: opts.explain, withNames: opts.withNames };
  const files = new Map<string, string>();
  for (const t of r.territories) files.set(t.file!, renderReport(byName.get(t.territory)!, rctx));
  files.set(`index.${ext}`, renderIndex(r, rctx));
  await writeFolder(ctx.io.cwd, opts.outputDir!, files);
}
