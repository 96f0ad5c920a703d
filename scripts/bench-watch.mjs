// npm run bench (after bench.mjs): in `cv build --watch`, the time from a save
// of cv.yaml (one word of one entry changed) to the new PDFs on disk, that is
// to the rename of out/manifest.json, which the build writes last. Runs a real
// watch process on a copy of the sample CV; the first saves warm the JIT and
// are not counted. Prints medians and spreads; asserts nothing about time.
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, watch, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const RUNS = Number(process.env.BENCH_WATCH_RUNS ?? 20);
const WARMUP = 5;
const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).bin.cv); // the package's bin

/** 0 -> "a", 25 -> "z", 26 -> "ba": a distinct lower-case word per save. */
function word(i) {
  return (i < 26 ? '' : word(Math.floor(i / 26))) + String.fromCharCode(97 + (i % 26));
}

/** CPU milliseconds a process has used so far (Linux /proc; clock ticks of 10 ms), or undefined elsewhere. */
function cpuMs(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return undefined;
  }
}

function stats(samples) {
  const s = [...samples].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.floor(p * (s.length - 1)))];
  return { median: q(0.5), p10: q(0.1), p90: q(0.9), min: s[0], max: s[s.length - 1] };
}

/** One watch session; resolves with the save-to-disk times and the rebuild times the watch printed. */
async function benchWatch(layoutArgs) {
  const dir = mkdtempSync(join(tmpdir(), 'cv-bench-watch-'));
  const cv = join(dir, 'cv.yaml');
  const out = join(dir, 'out');
  cpSync(join(root, 'cv.yaml'), cv);
  const original = readFileSync(cv, 'utf8');
  if (!original.includes('Dr. Polo Chau')) throw new Error('the sample CV no longer has the word this bench changes');
  const child = spawn(process.execPath, [cli, 'build', '--watch', '-i', cv, '-o', out, ...layoutArgs], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  let printed = '';
  let onOutput = () => {};
  for (const stream of [child.stdout, child.stderr]) {
    stream.setEncoding('utf8').on('data', (d) => {
      printed += d;
      onOutput();
    });
  }
  const until = (test) =>
    new Promise((resolve) => {
      onOutput = () => {
        const r = test();
        if (r !== undefined) resolve(r);
      };
      onOutput();
    });
  await until(() => (printed.includes('watching for changes') ? true : undefined));
  let written = () => {};
  const outWatch = watch(out, (_event, name) => {
    if (name === 'manifest.json') written();
  });
  const saves = [];
  const builds = [];
  const cpu = [];
  for (let i = 0; i < WARMUP + RUNS; i++) {
    const c0 = cpuMs(child.pid);
    const from = printed.length;
    const onDisk = new Promise((resolve) => (written = () => resolve(performance.now())));
    const rebuilt = until(() => /rebuilt [a-z, ]+ in (\d+) ms/.exec(printed.slice(from))?.[1]);
    const t0 = performance.now();
    // A word never saved before, so no cache of an earlier save can answer.
    writeFileSync(cv, original.replace('Dr. Polo Chau', `Dr. Polo Chau${word(i)}`));
    const [t1, ms] = await Promise.all([onDisk, rebuilt]);
    const c1 = cpuMs(child.pid);
    if (i >= WARMUP) {
      saves.push(t1 - t0);
      builds.push(Number(ms));
      if (c0 !== undefined && c1 !== undefined) cpu.push(c1 - c0);
    }
  }
  outWatch.close();
  child.kill('SIGINT');
  await new Promise((resolve) => child.on('exit', resolve));
  rmSync(dir, { recursive: true, force: true });
  return { saves: stats(saves), builds: stats(builds), cpu: cpu.length > 0 ? stats(cpu) : undefined };
}

const fmt = (x) => x.toFixed(1).padStart(8);
console.log(`\nWatch mode: a one-word save of cv.yaml to the new PDFs on disk (${RUNS} saves after ${WARMUP} warm-up saves), milliseconds`);
console.log('(the save-to-disk time includes the 20 ms quiet period the watch waits for a burst of saves to end;');
console.log(' cpu: what the watch process spent per save, in 10 ms ticks, so the share a busy machine adds shows)');
console.log(`${'watch'.padEnd(34)}${'median'.padStart(8)}${'p10'.padStart(8)}${'p90'.padStart(8)}${'min'.padStart(8)}${'max'.padStart(8)}  ${'rebuild'.padStart(8)}${'cpu'.padStart(8)} (medians)`);
for (const [name, args] of [
  ['every layout (three PDFs)', []],
  ['--layout full', ['--layout', 'full']],
  ['--layout resume', ['--layout', 'resume']],
  ['--layout publications', ['--layout', 'publications']],
]) {
  const { saves, builds, cpu } = await benchWatch(args);
  console.log(`${name.padEnd(34)}${fmt(saves.median)}${fmt(saves.p10)}${fmt(saves.p90)}${fmt(saves.min)}${fmt(saves.max)}  ${fmt(builds.median)}${cpu ? fmt(cpu.median) : '       -'}`);
}

// The same rebuilds in this process, with CPU time beside wall time: on a
// shared machine the wall time mostly says how long the build waited for a core.
const { buildVariants } = await import(join(root, 'dist/pipeline/index.js'));
const { createSession } = await import(join(root, 'dist/session/index.js'));
console.log(`\nWarm rebuilds in one process after a one-word change (${RUNS} after ${WARMUP} warm-up builds), milliseconds`);
console.log(`${'layouts'.padEnd(34)}${'wall'.padStart(8)}${'cpu'.padStart(8)}  (medians)`);
for (const [name, layouts] of [
  ['every layout (three PDFs)', []],
  ['full', ['full']],
  ['resume', ['resume']],
  ['publications', ['publications']],
]) {
  const dir = mkdtempSync(join(tmpdir(), 'cv-bench-rebuild-'));
  const cv = join(dir, 'cv.yaml');
  const original = readFileSync(join(root, 'cv.yaml'), 'utf8');
  const session = createSession();
  const request = { input: cv, layoutsDir: join(root, 'layouts'), fontsDir: join(root, 'fonts'), outDir: join(dir, 'out'), layouts, selection: {}, pdfa: false };
  const wall = [];
  const cpu = [];
  for (let i = 0; i < WARMUP + RUNS; i++) {
    writeFileSync(cv, original.replace('Dr. Polo Chau', `Dr. Polo Chau${word(i)}`));
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    const result = await buildVariants(request, session);
    const c = process.cpuUsage(c0);
    if (result.code !== 0) throw new Error(`the sample CV did not build (exit ${result.code})`);
    if (i >= WARMUP) {
      wall.push(performance.now() - t0);
      cpu.push((c.user + c.system) / 1000);
    }
  }
  rmSync(dir, { recursive: true, force: true });
  console.log(`${name.padEnd(34)}${fmt(stats(wall).median)}${fmt(stats(cpu).median)}`);
}
