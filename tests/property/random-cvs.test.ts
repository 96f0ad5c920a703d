/**
 * Property tests over random schema-valid CVs (tests/helpers/random-cv.ts).
 * Each CV is validated and built with every layout, and:
 *  - cv build exits 0, 1 or 3, never with a stack trace or "internal error";
 *  - cv validate agrees with cv build (valid exactly when the build is not refused as invalid);
 *  - every PDF passes qpdf --check, keeps every word inside the page and the
 *    margins (running header and page numbers excepted) with no two words
 *    overlapping, and prints the unique token planted in the owner's name.
 *
 * `npm test` runs a fixed seed; `npm run fuzz -- --count N --seed S` runs more
 * (FUZZ_COUNT, FUZZ_SEED). A failure names its seed: FUZZ_SEED=<seed> FUZZ_COUNT=1 replays it.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dump } from 'js-yaml';
import { randomCv } from '../helpers/random-cv.js';
import { readLayouts, removeTempDirs, requireTool, runCvAsync, tempDir, tool } from '../helpers/cli-run.js';
import { marginViolations, normalizeText, overlaps, wordBoxes } from '../helpers/pdf-read.js';

const COUNT = Number(process.env['FUZZ_COUNT'] ?? 16);
const SEED = Number(process.env['FUZZ_SEED'] ?? 20261202);
const PARALLEL = 2;
const layouts = readLayouts();

afterAll(removeTempDirs);
beforeAll(() => ['qpdf', 'pdftotext'].forEach((t) => requireTool(t, t === 'qpdf' ? '--version' : '-v')));

const STACK = /\n\s+at .+[:(]\d+:\d+\)?/;

/** Everything wrong with one random CV's build, each line naming the seed. */
async function problemsOf(seed: number): Promise<{ problems: string[]; built: number; status: number | null; validate: string }> {
  const { cv, token } = randomCv(seed);
  const dir = tempDir(`fuzz-${seed}`);
  const file = join(dir, 'cv.yaml');
  writeFileSync(file, dump(cv, { lineWidth: -1 }));
  const out = join(dir, 'out');
  const [v, b] = await Promise.all([runCvAsync(['validate', file]), runCvAsync(['build', '--input', file, '--out', out, '--json'])]);
  const problems: string[] = [];
  const say = (what: string) => problems.push(`seed ${seed}: ${what} (replay: FUZZ_SEED=${seed} FUZZ_COUNT=1 npm run fuzz; file ${file})`);
  if (![0, 1, 3].includes(b.status ?? -1)) say(`cv build exited ${b.status}: ${b.stderr.slice(0, 400)}`);
  for (const r of [v, b]) if (STACK.test(r.stderr) || /internal error/.test(r.stderr)) say(`a stack trace or internal error: ${r.stderr.slice(0, 400)}`);
  const validOk = v.status === 0;
  const buildAccepted = b.status === 0 || b.status === 3;
  if (validOk !== buildAccepted) say(`cv validate exited ${v.status} but cv build exited ${b.status}:\n${v.stderr.slice(0, 300)}\n${b.stderr.slice(0, 300)}`);
  const done = (built: number) => ({ problems, built, status: b.status, validate: v.stderr });
  if (b.status !== 0 && b.status !== 3) return done(0);
  let manifest: { outputs: { layout: string; file: string }[] };
  try {
    manifest = JSON.parse(b.stdout) as typeof manifest;
  } catch {
    say(`no manifest on stdout: ${b.stdout.slice(0, 200)}`);
    return done(0);
  }
  for (const o of manifest.outputs) {
    const pdf = join(out, o.file);
    const layout = layouts.get(o.layout)!;
    const check = tool('qpdf', ['--check', pdf], true);
    if (check.status !== 0) say(`${o.layout}: qpdf --check: ${check.stdout.slice(-300)}${check.stderr.slice(-300)}`);
    const pages = wordBoxes(pdf);
    const header = `${String(cv['name'])} · ${layout.title}`;
    for (const p of [...marginViolations(pages, layout.margins, header), ...overlaps(pages)].slice(0, 5)) say(`${o.layout}: ${p}`);
    const text = normalizeText(tool('pdftotext', [pdf, '-']).stdout);
    if (!text.includes(token)) say(`${o.layout}: the token '${token}' is not in the text`);
  }
  return done(manifest.outputs.length);
}

test(`${COUNT} random CVs from seed ${SEED} build with every layout, within the margins, agreeing with cv validate`, async () => {
  const seeds = Array.from({ length: COUNT }, (_, i) => SEED + i);
  const problems: string[] = [];
  const statuses: (number | null)[] = [];
  let pdfs = 0;
  for (let i = 0; i < seeds.length; i += PARALLEL) {
    for (const found of await Promise.all(seeds.slice(i, i + PARALLEL).map(problemsOf))) {
      problems.push(...found.problems);
      statuses.push(found.status);
      pdfs += found.built;
      if (found.status === 1 && process.env['FUZZ_VERBOSE'] === '1') process.stderr.write(found.validate);
    }
  }
  process.stderr.write(`fuzz: ${COUNT} CVs from seed ${SEED}: exit codes ${JSON.stringify(countBy(statuses))}, ${pdfs} PDFs checked, ${problems.length} problems\n`);
  expect(problems).toEqual([]);
  // The generator makes valid CVs: most must really build, or the properties above prove little.
  expect(statuses.filter((s) => s === 0 || s === 3).length).toBeGreaterThanOrEqual(Math.ceil(COUNT * 0.8));
}, 60_000 + COUNT * 20_000);

function countBy(xs: readonly (number | null)[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const x of xs) out[String(x)] = (out[String(x)] ?? 0) + 1;
  return out;
}
