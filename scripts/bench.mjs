// npm run bench: how long `cv build` takes, cold (a fresh process per run) and
// stage by stage in one process. Prints medians, spreads and ratios; it never
// asserts anything about time.
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const RUNS = Number(process.env.BENCH_RUNS ?? 10);
const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'dist/cli/main.js');
const out = mkdtempSync(join(tmpdir(), 'cv-bench-'));

function stats(samples) {
  const s = [...samples].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.floor(p * (s.length - 1)))];
  return { median: q(0.5), p10: q(0.1), p90: q(0.9), min: s[0], max: s[s.length - 1] };
}

function timeProcess(args) {
  const samples = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    execFileSync(process.execPath, args, { cwd: root, stdio: 'ignore', env: { ...process.env, SOURCE_DATE_EPOCH: '1600000000' } });
    samples.push(performance.now() - t0);
  }
  return stats(samples);
}

const rows = [];
const baseline = timeProcess(['-e', '']);
rows.push(['node -e "" (process start)', baseline]);
rows.push(['cv validate', timeProcess([cli, 'validate', 'cv.yaml'])]);
rows.push(['cv build (all layouts)', timeProcess([cli, 'build', '--out', out])]);
for (const layout of ['full', 'resume', 'publications']) {
  rows.push([`cv build --layout ${layout}`, timeProcess([cli, 'build', '--layout', layout, '--out', out])]);
}

const fmt = (x) => x.toFixed(1).padStart(8);
console.log(`\nCold runs (${RUNS} fresh processes each), milliseconds`);
console.log(`${'command'.padEnd(34)}${'median'.padStart(8)}${'p10'.padStart(8)}${'p90'.padStart(8)}${'min'.padStart(8)}${'max'.padStart(8)}  x node`);
for (const [name, s] of rows) {
  console.log(`${name.padEnd(34)}${fmt(s.median)}${fmt(s.p10)}${fmt(s.p90)}${fmt(s.min)}${fmt(s.max)}  ${(s.median / baseline.median).toFixed(2)}`);
}

// Stage by stage, in one warm process.
const { stageTimings } = await import(join(root, 'dist/pipeline/stage-timings.js'));
const paths = { input: join(root, 'cv.yaml'), layoutsDir: join(root, 'layouts'), fontsDir: join(root, 'fonts') };
const { createSession } = await import(join(root, 'dist/session/index.js'));
const fontCache = createSession();
const first = await stageTimings(paths, fontCache); // pays for JIT warm-up and each face's first shaping
const stageRuns = [];
for (let i = 0; i < RUNS; i++) stageRuns.push(await stageTimings(paths, fontCache));
const names = Object.keys(stageRuns[0]);
console.log(`\nIn-process stages, every layout, milliseconds: the first run (cold fonts and JIT), then the median of ${RUNS} warm runs`);
console.log(`${'stage'.padEnd(34)}${'first'.padStart(8)}${'median'.padStart(8)}${'p10'.padStart(8)}${'p90'.padStart(8)}  share`);
const total = names.reduce((n, k) => n + stats(stageRuns.map((r) => r[k])).median, 0);
for (const k of names) {
  const s = stats(stageRuns.map((r) => r[k]));
  console.log(`${k.padEnd(34)}${fmt(first[k])}${fmt(s.median)}${fmt(s.p10)}${fmt(s.p90)}  ${((s.median / total) * 100).toFixed(0).padStart(3)}%`);
}
// Type quality: the loosest and tightest justified line of every layout (goal 0.8x-1.5x the natural space).
const { lineQuality } = await import(join(root, 'dist/pipeline/line-quality.js'));
console.log('\nJustified spacing, worst line per layout (space as a multiple of its natural width)');
console.log(`${'layout'.padEnd(16)}${'pages'.padStart(6)}${'lines'.padStart(7)}${'loosest'.padStart(9)}${'tightest'.padStart(9)}`);
const quality = await lineQuality(paths);
for (const [id, q] of quality) {
  const r = (x) => (x ? x.ratio.toFixed(2) : '-').padStart(9);
  console.log(`${id.padEnd(16)}${String(q.pages).padStart(6)}${String(q.lines).padStart(7)}${r(q.loosest)}${r(q.tightest)}`);
}
// Page fill: how many body lines each page but the last ends early (goal: at most 3, but before a section that does not fit, marked *).
console.log('\nPage ends, body lines left empty on each page but the last (* before a section that does not fit there)');
for (const [id, q] of quality) console.log(`${id.padEnd(16)}${q.ends.map((e) => `${e.linesEarly}${e.linesEarly > 3 && e.sectionDoesNotFit ? '*' : ''}`).join('  ') || '-'}`);
rmSync(out, { recursive: true, force: true });
