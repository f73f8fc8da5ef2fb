// The performance benchmark (`npm run bench`, not part of `npm test`): start-up and aggregation of the built CLI,
// each figure the median of several whole-process runs, printed as a table with the targets and whether they are met.
//
//   node test/bench/bench.mjs [--runs N] [--sizes 100,1000,10000] [--national 100000] [--only startup|aggregation|csv|national] [--keep]
//
// Start-up is measured on every Node version found: the one running this, the CI's Node 22 and 24
// (${TMPDIR:-/tmp}/impact-collectif-ci-node-<v>/bin/node, left by .ci/run) and any in BENCH_NODES (paths, ':' between).
// Each runs a copy of the package whose code cache it made itself (what a package built on that version gives),
// and, from Node 22, a copy without one, started with Node's own compile cache (what the tarball gives on a Node
// other than the one that built it). Start-up figures are ratios to `node -e 0` of the same version, measured in the same rounds (the machine's speed drifts; a ratio
// taken round by round does not). Beside them, two floors: commander alone answering --version (cli-floor.cjs), and a
// report's reading alone (report-floor.cjs). Aggregation is compared with a floor measured in the same rounds: the same
// files read and parsed with js-yaml, doing nothing else (floor.mjs).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { generate, generateNational } from './generate.mjs';
import { CSV_TARGET, surveyCsv } from './survey.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(ROOT, 'bin', 'impact-collectif.js');
const MEASURE = join(ROOT, 'test', 'bench', 'measure.mjs');
const FLOOR = join(ROOT, 'test', 'bench', 'floor.mjs');
const CSV_FLOOR = join(ROOT, 'test', 'bench', 'csv-floor.mjs');
const REPORT_FLOOR = join(ROOT, 'test', 'bench', 'report-floor.cjs');
const CLI_FLOOR = join(ROOT, 'test', 'bench', 'cli-floor.cjs');

const TARGET = { startup: 1.2, floor: 1.5, flat: 1.25, peakMiB: 256, national: 2 };

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const RUNS = Number(option('--runs', 15));
const SIZES = option('--sizes', '100,1000,10000').split(',').map(Number);
const KEEP = args.includes('--keep');
// The national case: 100,000 responses across 200 territories (0 to leave it out).
const NATIONAL = Number(option('--national', 100000));
const NATIONAL_TERRITORIES = 200;
// One part only (startup, aggregation, csv, national), or all of them.
const ONLY = option('--only', undefined);
const section = (name) => ONLY === undefined || ONLY === name;

const tmp = mkdtempSync(join(tmpdir(), 'impact-collectif-bench-'));
let statsCount = 0;

function status(text) {
  if (process.stderr.isTTY) process.stderr.write(`\r\x1b[2K${text}`);
}

/** One whole-process run of `node argv…`: wall milliseconds, and with `stats`, peak memory and CPU time. */
function run(argv, stats = false, node = process.execPath, env = {}) {
  const file = join(tmp, `stats-${statsCount++}.json`);
  const start = process.hrtime.bigint();
  const r = spawnSync(node, stats ? ['--import', MEASURE, ...argv] : argv, {
    env: { ...process.env, BENCH_STATS: stats ? file : '', LANG: 'en_US.UTF-8', NO_COLOR: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 256 * 1024 * 1024,
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(`node ${argv.join(' ')} exited with ${r.status}: ${String(r.stderr).slice(0, 500)}`);
  return stats ? { ms, ...JSON.parse(readFileSync(file, 'utf8')) } : { ms };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/**
 * Runs the commands in turn, round after round (after one round not counted), and returns for each its runs.
 * Interleaving keeps a drift of the machine's speed from favouring one command.
 */
function rounds(label, commands, n) {
  const runs = commands.map(() => []);
  for (let round = -1; round < n; round++) {
    status(`${label}: round ${round + 2} of ${n + 1}`);
    commands.forEach((c, i) => {
      const r = run(c.argv, c.stats, c.node, c.env);
      if (round >= 0) runs[i].push(r);
    });
  }
  return runs;
}

/** The Node binaries to measure start-up with: this one, the CI's Node 22 and 24 when there, BENCH_NODES. */
function nodes() {
  const ci = [22, 24].map((v) => join(process.env.TMPDIR || '/tmp', `impact-collectif-ci-node-${v}`, 'bin', 'node'));
  const found = [process.execPath, ...ci.filter((p) => existsSync(p)), ...(process.env.BENCH_NODES ?? '').split(':').filter(Boolean)];
  const byVersion = new Map();
  for (const node of found) {
    const version = spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout?.trim();
    if (version && !byVersion.has(version)) byVersion.set(version, node);
  }
  return [...byVersion.values()];
}

/** A copy of the package (bin, dist, questionnaires), with the code cache made by `node`, or none; its launcher. */
function packageCopy(name, node, withCache) {
  const dir = join(tmp, name);
  for (const part of ['bin', 'dist', 'questionnaires', 'package.json']) cpSync(join(ROOT, part), join(dir, part), { recursive: true });
  for (const sub of ['dist', 'dist/vendor']) for (const f of readdirSync(join(dir, sub)).filter((f) => f.endsWith('.cache'))) rmSync(join(dir, sub, f));
  if (withCache) {
    const made = spawnSync(node, ['-e', `require(${JSON.stringify(join(dir, 'bin', 'boot.cjs'))}).makeCache(${JSON.stringify(join(dir, 'dist'))}).catch((e) => { console.error(e); process.exit(1); })`], { encoding: 'utf8' });
    if (made.status !== 0) throw new Error(`making the code cache with ${node}: ${made.stderr}`);
  }
  return join(dir, 'bin', 'impact-collectif.js');
}

const rows = [];
const verdicts = [];
const fmt = (x, digits = 0) => x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
function verdict(ok) {
  verdicts.push(ok);
  return ok ? 'yes' : 'NO';
}

try {
  status('generating answer files');
  // JSON answer files, at the largest size up to 1,000 that was asked for.
  const jsonSize = Math.max(...SIZES.filter((x) => x <= 1000));
  const data = generate(ROOT, tmp, [1, ...SIZES], [jsonSize]);
  const one = data[1].first;

  // Used by several parts below.
  const runsFor = (n) => (n <= 100 ? RUNS : n <= 1000 ? Math.max(5, Math.ceil(RUNS / 2)) : Math.max(3, Math.ceil(RUNS / 3)));
  const floorOf = (path) => ({ argv: [FLOOR, path], stats: true });
  const smallest = Math.min(...SIZES);

  if (section('startup')) {
    // Start-up, on each Node version found, with the build's code cache and (Node 22 and later) Node's own.
    rows.push(['Start-up', 'median', 'ratio to node -e 0', 'target', 'met']);
    // commander bundled into one file, as dist/main.cjs has it, for the CLI floor (cli-floor.cjs).
    const commander = join(tmp, 'commander.cjs');
    await build({ entryPoints: ['commander'], absWorkingDir: ROOT, bundle: true, platform: 'node', format: 'cjs', outfile: commander, logLevel: 'warning' });
    for (const node of nodes()) {
      const version = spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim();
      const hasCompileCache = Number(/^v(\d+)/.exec(version)[1]) >= 22;
      const built = packageCopy(`build-${version}`, node, true);
      const plain = hasCompileCache ? packageCopy(`node-${version}`, node, false) : undefined;
      const env = { NODE_COMPILE_CACHE: join(tmp, `node-compile-cache-${version}`) };
      const commands = (bin, how) => [
        { name: `--help (${how})`, argv: [bin, '--help'], node, env, targeted: true },
        { name: `--version (${how})`, argv: [bin, '--version'], node, env, targeted: true },
        { name: `report <one file> (${how})`, argv: [bin, 'report', one], node, env, targeted: true },
        { name: `report <one file> --format json (${how})`, argv: [bin, 'report', one, '--format', 'json'], node, env },
      ];
      const startup = [
        { name: 'node -e 0', argv: ['-e', '0'], node },
        { name: 'CLI floor (cli-floor.cjs: commander loaded, one command declared, its --version)', argv: [CLI_FLOOR, commander, '--version'], node, env },
        { name: 'report floor (report-floor.cjs: the questionnaire and the file read and parsed, nothing else)', argv: [REPORT_FLOOR, join(tmp, `build-${version}`), one], node, env },
        ...commands(built, "the build's code cache"),
        ...(plain ? commands(plain, "Node's compile cache") : []),
      ];
      const s = rounds(`start-up, Node ${version}`, startup, RUNS);
      const base = s[0].map((r) => r.ms);
      rows.push([`  Node ${version}`]);
      startup.forEach((c, i) => {
        const ratio = median(s[i].map((r, k) => r.ms / base[k]));
        rows.push([
          `    ${c.name}`,
          `${fmt(median(s[i].map((r) => r.ms)))} ms`,
          i === 0 ? '1.00' : fmt(ratio, 2),
          c.targeted ? `≤ ${TARGET.startup}` : '',
          c.targeted ? verdict(ratio <= TARGET.startup) : '',
        ]);
      });
    }

  }
  if (section('aggregation')) {
    // Aggregation: `report --format json`, against the floor, by size and layout. What one more response costs is
    // measured in CPU time (which other work on a shared machine disturbs far less than wall time), round by round
    // against a smaller run: (N responses − one) / (N − 1) for the smallest size, which also pays for the JIT
    // compiler's warm-up, then (N − smallest) / (N − smallest) beyond it. From those, what a response costs in
    // each stretch between two sizes (100 to 1,000, 1,000 to 10,000): "flat" is that it never grows by more than
    // the target from one stretch to the next. It falls as a run grows, the JIT compiler's one-time work being
    // shared by more responses; the floor's own figures, measured the same way, show the same fall.
    const json = (path) => ({ argv: [BIN, 'report', '--format', 'json', path], stats: true });
    const layouts = [
      { name: 'one file per response', path: (n) => (n === 1 ? one : data[n].files) },
      { name: 'one multi-document file', path: (n) => (n === 1 ? one : data[n].multi) },
    ];
    /** What a response costs between consecutive sizes, from the slopes measured against the smallest size. */
    const stretches = (slopes) => {
      const from = [{ n: smallest, slope: 0 }, ...slopes];
      return slopes.map((b, i) => (b.slope * (b.n - smallest) - from[i].slope * (from[i].n - smallest)) / (b.n - from[i].n));
    };
    rows.push([]);
    rows.push(['Aggregation (report --format json)', 'median', 'per 1,000 responses*', 'peak memory', 'floor', 'ratio to floor', 'target', 'met']);
    for (const layout of layouts) {
      rows.push([`  ${layout.name}`]);
      const ourSlopes = [];
      const floorSlopes = [];
      for (const n of SIZES) {
        const base = n === smallest ? 1 : smallest;
        const [ours, floor, smaller, smallerFloor] = rounds(
          `${layout.name}, ${fmt(n)} responses`,
          [json(layout.path(n)), floorOf(layout.path(n)), json(layout.path(base)), floorOf(layout.path(base))],
          runsFor(n),
        );
        const ms = median(ours.map((r) => r.ms));
        const peak = Math.max(...ours.map((r) => r.maxRssKiB)) / 1024;
        const ratio = median(ours.map((r, k) => r.ms / floor[k].ms));
        const perResponse = median(ours.map((r, k) => (r.cpuMs - smaller[k].cpuMs) / (n - base)));
        if (n !== smallest) {
          ourSlopes.push({ n, slope: perResponse });
          floorSlopes.push({ n, slope: median(floor.map((r, k) => (r.cpuMs - smallerFloor[k].cpuMs) / (n - base))) });
        }
        const last = n === Math.max(...SIZES);
        rows.push([
          `    ${fmt(n)} responses`,
          `${fmt(ms)} ms`,
          `${fmt(perResponse * 1000)} ms${n === smallest ? ' †' : ''}`,
          `${fmt(peak)} MiB`,
          `${fmt(median(floor.map((r) => r.ms)))} ms`,
          fmt(ratio, 2),
          last ? `≤ ${TARGET.floor}×, < ${TARGET.peakMiB} MiB` : '',
          last ? verdict(ratio <= TARGET.floor && peak < TARGET.peakMiB) : '',
        ]);
      }
      if (ourSlopes.length > 1) {
        // Two stretches at least (three sizes) to tell whether the cost grows.
        const ourStretches = stretches(ourSlopes);
        const floorStretches = stretches(floorSlopes);
        const growth = Math.max(...ourStretches.slice(1).map((s, i) => s / ourStretches[i]));
        const bounds = [smallest, ...ourSlopes.map((s) => s.n)];
        ourStretches.forEach((s, i) =>
          rows.push([`    a response from ${fmt(bounds[i])} to ${fmt(bounds[i + 1])}`, '', `${fmt(s * 1000)} ms`, '', `${fmt(floorStretches[i] * 1000)} ms`]),
        );
        rows.push([`    time per response, ${fmt(smallest)} to ${fmt(Math.max(...SIZES))}: growth`, '', `× ${fmt(growth, 2)}`, '', '', '', `≤ × ${TARGET.flat}`, verdict(growth <= TARGET.flat)]);
      }
    }

    if (data[jsonSize]?.json) {
      const n = jsonSize;
      const [ours, floor] = rounds(`JSON, ${fmt(n)} responses`, [
        { argv: [BIN, 'report', '--format', 'json', data[n].json], stats: true },
        { argv: [BIN, 'report', '--format', 'json', data[n].files], stats: true },
      ], runsFor(n));
      rows.push([]);
      rows.push([`  ${fmt(n)} responses, one JSON file each`, `${fmt(median(ours.map((r) => r.ms)))} ms`, '', `${fmt(Math.max(...ours.map((r) => r.maxRssKiB)) / 1024)} MiB`, '', `${fmt(median(ours.map((r, k) => r.ms / floor[k].ms)), 2)} (to YAML)`]);
    }
  }
  if (section('csv')) {
    {
      // A survey tool's CSV export of 10,000 rows, against csv-parse alone reading it.
      const n = 10_000;
      const csv = surveyCsv(BIN, tmp, n);
      const [ours, floor] = rounds(`CSV, ${fmt(n)} rows`, [
        { argv: [BIN, 'report', '--format', 'json', csv], stats: true },
        { argv: [CSV_FLOOR, csv], stats: true },
      ], runsFor(n));
      const ratio = median(ours.map((r, k) => r.ms / floor[k].ms));
      rows.push([]);
      rows.push(['Survey import (report --format json of a CSV export)', 'median', '', 'peak memory', 'csv-parse alone', 'ratio', 'target', 'met']);
      rows.push([`  ${fmt(n)} rows`, `${fmt(median(ours.map((r) => r.ms)))} ms`, '', `${fmt(Math.max(...ours.map((r) => r.maxRssKiB)) / 1024)} MiB`, `${fmt(median(floor.map((r) => r.ms)))} ms`, fmt(ratio, 2), `≤ ${CSV_TARGET}×`, verdict(ratio <= CSV_TARGET)]);
    }
  }
  if (NATIONAL > 0 && section('national')) {
    // The national case: one multi-document file per territory, `report --group-by territory --format json`, against
    // the floor reading the same files. Each response is folded into its territory's counts as it is read.
    status('generating the national case');
    const national = generateNational(ROOT, tmp, NATIONAL, NATIONAL_TERRITORIES);
    const [ours, floor] = rounds(
      `national, ${fmt(NATIONAL)} responses`,
      [{ argv: [BIN, 'report', '--group-by', 'territory', '--format', 'json', national], stats: true }, floorOf(national)],
      Math.max(3, Math.ceil(RUNS / 5)),
    );
    const peak = Math.max(...ours.map((r) => r.maxRssKiB)) / 1024;
    const ratio = median(ours.map((r, k) => r.ms / floor[k].ms));
    rows.push([]);
    rows.push([`National (report --group-by territory --format json)`, 'median', '', 'peak memory', 'floor', 'ratio to floor', 'target', 'met']);
    rows.push([
      `  ${fmt(NATIONAL)} responses, ${NATIONAL_TERRITORIES} territories (a file each)`,
      `${fmt(median(ours.map((r) => r.ms)))} ms`,
      '',
      `${fmt(peak)} MiB`,
      `${fmt(median(floor.map((r) => r.ms)))} ms`,
      fmt(ratio, 2),
      `≤ ${TARGET.national}×, < ${TARGET.peakMiB} MiB`,
      verdict(ratio <= TARGET.national && peak < TARGET.peakMiB),
    ]);
  }
  status('');

  const cpu = cpus();
  console.log(`impact-collectif benchmark: node ${process.version}, ${cpu.length} CPUs (${cpu[0]?.model.trim() ?? 'unknown'}), ${fmt(totalmem() / 2 ** 30)} GiB`);
  console.log(`medians of ${RUNS} runs (start-up, 100 responses), fewer for larger sizes; whole processes, wall time\n`);
  const widths = [];
  for (const r of rows) r.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, String(c).length)));
  for (const r of rows) console.log(r.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ').trimEnd());
  console.log(`\n* CPU time that each 1,000 responses beyond the first ${fmt(smallest)} add (median, round by round): the slope of the run's cost.`);
  console.log(`† beyond the first response, so with the JIT compiler's warm-up: not part of the flatness check.`);
  console.log(`Growth: what a response costs in each stretch between two sizes (per 1,000 responses, ours and the floor's), over the stretch before it.`);
  console.log(`targets met: ${verdicts.filter(Boolean).length} of ${verdicts.length}`);
} finally {
  if (KEEP) console.log(`files kept in ${tmp}`);
  else rmSync(tmp, { recursive: true, force: true });
}
