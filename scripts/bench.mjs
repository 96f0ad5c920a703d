// npm run bench: `cv` against Typst in the same run. Every sample is a cold
// process; cv and Typst (its Node compiler, bench/cv.typ: the same cv.yaml in
// one PDF) alternate, one pair per run, so both see the same machine load.
// Prints medians of CPU time (user + sys, what the process itself spent) and
// wall time, the median of the pairwise CPU ratios cv / Typst, and peak RSS.
// It never asserts anything about time.
//
//   BENCH_RUNS=10 (pairs per row)  BENCH_SCALE=1000,5000 (publication counts; '' for none)
//   BENCH_STAGES=1 (also the in-process stage table)
import { fileURLToPath, pathToFileURL } from 'node:url';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const RUNS = Number(process.env.BENCH_RUNS ?? 10);
const SCALE = (process.env.BENCH_SCALE ?? '1000,5000').split(',').filter(Boolean).map(Number);
const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).bin.cv); // the package's bin, as a whole process
const tmp = mkdtempSync(join(tmpdir(), 'cv-bench-'));
const usage = join(root, 'bench/report-usage.cjs');
const env = { ...process.env, SOURCE_DATE_EPOCH: '1600000000' };

/** One cold process: wall ms from the parent, CPU ms and peak RSS (MB) from the child itself (bench/report-usage.cjs). */
function sample(args) {
  const report = join(tmp, 'usage.json');
  rmSync(report, { force: true });
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['--require', usage, ...args], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'], env: { ...env, BENCH_USAGE: report } });
  const wall = performance.now() - t0;
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}\n${r.stderr}`);
  const u = JSON.parse(readFileSync(report, 'utf8'));
  return { wall, cpu: (u.userCPUTime + u.systemCPUTime) / 1000, rss: u.maxRSS / 1024 };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const typst = ['bench/typst-once.mjs', join(tmp, 'typst.pdf')];
const out = join(tmp, 'out');

/** RUNS pairs, cv then Typst, alternating. */
function paired(name, args) {
  const cv = [];
  const ty = [];
  for (let i = 0; i < RUNS; i++) {
    cv.push(sample(args));
    ty.push(sample(typst));
  }
  return { name, cv, ty };
}

function alone(name, args, runs) {
  const cv = [];
  for (let i = 0; i < runs; i++) cv.push(sample(args));
  return { name, cv };
}

sample(typst); // the first Typst run fills the OS file cache for both
const rows = [
  paired('cv build (three PDFs)', [cli, 'build', '--out', out]),
  ...['full', 'resume', 'publications'].map((l) => paired(`cv build --layout ${l}`, [cli, 'build', '--layout', l, '--out', out])),
  paired('cv validate', [cli, 'validate', 'cv.yaml']),
];
for (const n of SCALE) {
  const file = join(tmp, `pubs-${n}.yaml`);
  spawnSync(process.execPath, [join(root, 'bench/generate-publications.mjs'), String(n), file], { cwd: root });
  rows.push(alone(`${n} publications (--layout publications)`, [cli, 'build', '-i', file, '--layout', 'publications', '--out', out], n > 1000 ? Math.max(1, Math.ceil(RUNS / 2)) : RUNS));
}

const f0 = (x) => x.toFixed(0).padStart(7);
const f2 = (x) => x.toFixed(2).padStart(7);
console.log(`\n${cpus().length} cores (${cpus()[0]?.model ?? '?'}), Node ${process.version}; medians of cold runs, ms (RSS: MB)`);
console.log(`${'command'.padEnd(42)}${'cpu'.padStart(7)}${'wall'.padStart(7)}${'rss'.padStart(7)}  |${'typst'.padStart(7)}${'wall'.padStart(7)}  | cpu ratio  wall ratio`);
for (const r of rows) {
  const cells = `${r.name.padEnd(42)}${f0(median(r.cv.map((s) => s.cpu)))}${f0(median(r.cv.map((s) => s.wall)))}${f0(Math.max(...r.cv.map((s) => s.rss)))}`;
  if (!r.ty) {
    console.log(`${cells}  |`);
    continue;
  }
  const ratio = (k) => median(r.cv.map((s, i) => s[k] / r.ty[i][k]));
  console.log(`${cells}  |${f0(median(r.ty.map((s) => s.cpu)))}${f0(median(r.ty.map((s) => s.wall)))}  |${f2(ratio('cpu'))}x   ${f2(ratio('wall'))}x`);
}
console.log(`(${RUNS} pairs per row, cv and Typst alternating; ratio: the median of the pairwise ratios; rss: the largest peak)`);

if (process.env.BENCH_STAGES === '1') {
  // Stage by stage, in one warm process.
  const { stageTimings } = await import(pathToFileURL(join(root, 'dist/pipeline/stage-timings.js')).href);
  const { createSession } = await import(pathToFileURL(join(root, 'dist/session/index.js')).href);
  const paths = { input: join(root, 'cv.yaml'), layoutsDir: join(root, 'layouts'), fontsDir: join(root, 'fonts') };
  const session = createSession();
  const first = await stageTimings(paths, session);
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await stageTimings(paths, session));
  console.log(`\nIn-process stages, every layout, ms: the first run (cold), then the median of ${RUNS} warm runs`);
  for (const k of Object.keys(first)) console.log(`${k.padEnd(42)}${f0(first[k])}${f0(median(runs.map((r) => r[k])))}`);
}
// Type quality: the loosest and tightest justified line of every layout (goal 0.8x-1.5x the natural space).
const { lineQuality } = await import(pathToFileURL(join(root, 'dist/pipeline/line-quality.js')).href);
console.log('\nJustified spacing, worst line per layout (space as a multiple of its natural width)');
console.log(`${'layout'.padEnd(16)}${'pages'.padStart(6)}${'lines'.padStart(7)}${'loosest'.padStart(9)}${'tightest'.padStart(9)}`);
const quality = await lineQuality({ input: join(root, 'cv.yaml'), layoutsDir: join(root, 'layouts'), fontsDir: join(root, 'fonts') });
for (const [id, q] of quality) {
  const r = (x) => (x ? x.ratio.toFixed(2) : '-').padStart(9);
  console.log(`${id.padEnd(16)}${String(q.pages).padStart(6)}${String(q.lines).padStart(7)}${r(q.loosest)}${r(q.tightest)}`);
}
// Page fill: how many body lines each page but the last ends early (goal: at most 3, but before a section that does not fit, marked *).
console.log('\nPage ends, body lines left empty on each page but the last (* before a section that does not fit there)');
for (const [id, q] of quality) console.log(`${id.padEnd(16)}${q.ends.map((e) => `${e.linesEarly}${e.linesEarly > 3 && e.sectionDoesNotFit ? '*' : ''}`).join('  ') || '-'}`);
rmSync(tmp, { recursive: true, force: true });
