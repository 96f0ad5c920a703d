/**
 * Property tests over realistic random CVs (tests/helpers/realistic-cv.ts, a
 * hand-written generator independent of the schema walk): the checks of
 * tests/helpers/fuzz-check.ts, and no lost words: every word the generator
 * wrote where the full CV prints it is in the full CV's text.
 *
 * `npm test` runs a fixed seed; `npm run fuzz -- --generator realistic --count N --seed S` runs more.
 */
import { realisticCv } from '../helpers/realistic-cv.js';
import { removeTempDirs, requireTool } from '../helpers/cli-run.js';
import { checkGenerated, countBy } from '../helpers/fuzz-check.js';

const COUNT = Number(process.env['FUZZ_COUNT'] ?? 8);
const SEED = Number(process.env['FUZZ_SEED'] ?? 20261202);
const PARALLEL = Number(process.env['FUZZ_PARALLEL'] ?? 2);

// FUZZ_KEEP=1 keeps the generated files and outputs, to look at a failure.
afterAll(() => process.env['FUZZ_KEEP'] === '1' || removeTempDirs());
beforeAll(() => ['qpdf', 'pdftotext'].forEach((t) => requireTool(t, t === 'qpdf' ? '--version' : '-v')));

test(`${COUNT} realistic random CVs from seed ${SEED} build with every layout and lose no word`, async () => {
  const seeds = Array.from({ length: COUNT }, (_, i) => SEED + i);
  const problems: string[] = [];
  const statuses: (number | null)[] = [];
  let pdfs = 0;
  let words = 0;
  for (let i = 0; i < seeds.length; i += PARALLEL) {
    const batch = seeds.slice(i, i + PARALLEL).map((s) => checkGenerated(realisticCv(s), `npm run fuzz -- --generator realistic --count 1 --seed ${s}`));
    for (const found of await Promise.all(batch)) {
      problems.push(...found.problems);
      statuses.push(found.status);
      pdfs += found.built;
      words += found.words;
      if (process.env['FUZZ_PROGRESS'] === '1') process.stderr.write(`fuzz (realistic): seed ${found.seed}: exit ${found.status}, ${found.problems.length} problems\n${found.problems.map((p) => `  ${p}\n`).join("")}`);
      if (found.status === 1) process.stderr.write(found.validate);
    }
  }
  process.stderr.write(`fuzz (realistic): ${COUNT} CVs from seed ${SEED}: exit codes ${JSON.stringify(countBy(statuses))}, ${pdfs} PDFs checked, ${words} words found, ${problems.length} problems\n`);
  expect(problems).toEqual([]);
  // Every realistic CV is valid: all build (exit 3 only when the one-page resume cannot hold what it must keep).
  expect(statuses.filter((s) => s !== 0 && s !== 3)).toEqual([]);
}, 60_000 + COUNT * 30_000);
