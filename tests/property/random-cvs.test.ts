/**
 * Property tests over random schema-valid CVs (tests/helpers/random-cv.ts, a
 * walk of the schema), with the checks of tests/helpers/fuzz-check.ts: exit
 * codes, no stack trace, validate agreeing with build, qpdf, words inside the
 * margins, no overlaps, the planted token printed.
 *
 * `npm test` runs a fixed seed; `npm run fuzz -- --count N --seed S` runs more
 * (FUZZ_COUNT, FUZZ_SEED). A failure names its seed: FUZZ_SEED=<seed> FUZZ_COUNT=1 replays it.
 */
import { randomCv } from '../helpers/random-cv.js';
import { removeTempDirs, requireTool } from '../helpers/cli-run.js';
import { checkGenerated, countBy } from '../helpers/fuzz-check.js';

const COUNT = Number(process.env['FUZZ_COUNT'] ?? 16);
const SEED = Number(process.env['FUZZ_SEED'] ?? 20261202);
const PARALLEL = Number(process.env['FUZZ_PARALLEL'] ?? 2);

// FUZZ_KEEP=1 keeps the generated files and outputs, to look at a failure.
afterAll(() => process.env['FUZZ_KEEP'] === '1' || removeTempDirs());
beforeAll(() => ['qpdf', 'pdftotext'].forEach((t) => requireTool(t, t === 'qpdf' ? '--version' : '-v')));

test(`${COUNT} random schema-walk CVs from seed ${SEED} build with every layout, within the margins, agreeing with cv validate`, async () => {
  const seeds = Array.from({ length: COUNT }, (_, i) => SEED + i);
  const problems: string[] = [];
  const statuses: (number | null)[] = [];
  let pdfs = 0;
  for (let i = 0; i < seeds.length; i += PARALLEL) {
    const batch = seeds.slice(i, i + PARALLEL).map((s) => checkGenerated(randomCv(s), `npm run fuzz -- --generator schema --count 1 --seed ${s}`));
    for (const found of await Promise.all(batch)) {
      problems.push(...found.problems);
      statuses.push(found.status);
      pdfs += found.built;
      if (process.env['FUZZ_PROGRESS'] === '1') process.stderr.write(`fuzz (schema walk): seed ${found.seed}: exit ${found.status}, ${found.problems.length} problems\n${found.problems.map((p) => `  ${p}\n`).join("")}`);
      if (found.status === 1 && process.env['FUZZ_VERBOSE'] === '1') process.stderr.write(found.validate);
    }
  }
  process.stderr.write(`fuzz (schema walk): ${COUNT} CVs from seed ${SEED}: exit codes ${JSON.stringify(countBy(statuses))}, ${pdfs} PDFs checked, ${problems.length} problems\n`);
  expect(problems).toEqual([]);
  // The generator makes valid CVs: most must really build, or the properties above prove little.
  expect(statuses.filter((s) => s === 0 || s === 3).length).toBeGreaterThanOrEqual(Math.ceil(COUNT * 0.8));
}, 60_000 + COUNT * 20_000);
