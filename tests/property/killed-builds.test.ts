/**
 * Builds killed with SIGKILL at random (seeded) moments (issue 14). SIGKILL
 * runs no handler, so this is the crash case: right after it, any manifest in
 * out/ must describe the files beside it; after the next command that takes
 * the folder's lock (here `cv verify`), out/ holds the old or the new complete
 * set, matching its manifest, and no temporary file, journal or lock.
 *
 * FUZZ_KILLS sets how many (npm run fuzz -- --kills N); FUZZ_SEED the moments.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BIN, REPO, expectOk, removeTempDirs, runCv, runCvAsync, tempDir } from '../helpers/cli-run.js';
import { prng } from '../helpers/rng.js';
import { verifyManifest } from '../../src/write/verify-manifest.js';

const KILLS = Number(process.env['FUZZ_KILLS'] ?? 5);
const SEED = Number(process.env['FUZZ_SEED'] ?? 20261202);
const SMALL = join(REPO, 'tests/fixtures/build/small-cv.yaml');
const DATES = ['2024-01-01', '2024-02-02'];
const args = (date: string, out: string) => ['build', '--input', SMALL, '--layout', 'resume', '--layout', 'publications', '--date', date, '--out', out];

afterAll(removeTempDirs);

const setOf = (dir: string): string =>
  JSON.stringify((JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { outputs: { file: string; sha256: string }[] }).outputs.map((o) => [o.file, o.sha256]).sort());
const leftovers = (dir: string) => readdirSync(dir).filter((f) => /\.tmp$|^\.cv-commit\.json$|^\.cv\.lock/.test(f));

test(`${KILLS} builds killed at random moments (seed ${SEED}) leave the old or the new complete set`, async () => {
  // The two sets a build can leave, and how long a build takes here.
  const sets: string[] = [];
  let ms = 0;
  for (const date of DATES) {
    const dir = tempDir('kill-ref');
    const t0 = Date.now();
    expectOk(await runCvAsync(args(date, dir)), `reference build ${date}`);
    ms = Math.max(ms, Date.now() - t0);
    sets.push(setOf(dir));
  }
  expect(sets[0]).not.toEqual(sets[1]);

  const out = tempDir('killed');
  expectOk(await runCvAsync(args(DATES[0]!, out)), 'first build');
  const rand = prng(SEED);
  const problems: string[] = [];
  const outcomes = { old: 0, new: 0, neither: 0 };
  for (let k = 0; k < KILLS; k++) {
    const delay = Math.floor(rand() * ms * 1.1);
    const child = spawn(process.execPath, [BIN, ...args(DATES[(k + 1) % 2]!, out)], { cwd: REPO, stdio: 'ignore' });
    const closed = new Promise((r) => child.on('close', r));
    await new Promise((r) => setTimeout(r, delay));
    child.kill('SIGKILL');
    await closed;
    const at = `kill ${k} after ${delay} ms (seed ${SEED})`;
    // Right after the crash: a manifest, if there is one, describes the files beside it.
    if (existsSync(join(out, 'manifest.json'))) {
      const now = verifyManifest(out);
      if (!now.ok) problems.push(`${at}: before recovery: ${now.problems.join('; ')}`);
    }
    const v = runCv(['verify', '--out', out]);
    if (v.status !== 0) problems.push(`${at}: cv verify exited ${v.status}: ${v.stderr}`);
    else if (!sets.includes(setOf(out))) problems.push(`${at}: out/ holds neither the old nor the new set`);
    if (leftovers(out).length > 0) problems.push(`${at}: left ${leftovers(out).join(', ')}`);
    const ended = existsSync(join(out, 'manifest.json')) ? sets.indexOf(setOf(out)) : -1;
    outcomes[ended === 0 ? 'old' : ended === 1 ? 'new' : 'neither']++;
    if (process.env['FUZZ_PROGRESS'] === '1') process.stderr.write(`killed: ${at}: ${ended === 0 ? 'old set' : ended === 1 ? 'new set' : 'NEITHER'}, ${problems.length} problems so far\n`);
  }
  process.stderr.write(`killed: ${KILLS} builds killed: ${outcomes.old} left the old set, ${outcomes.new} the new set, ${outcomes.neither} neither; ${problems.length} problems\n`);
  expect(problems).toEqual([]);
  // A busy machine slows each build down: the bound is generous, the count of kills is what matters.
}, 120_000 + KILLS * 60_000);
