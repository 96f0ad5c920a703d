/**
 * Many builds into one out/ at the same moment (issue 14). The folder's lock
 * lets one write at a time: each build either ends with exit 0 (its set
 * complete), or waits for the lock, gives up and exits 4 with one clear line
 * naming the other build. At the end out/ holds exactly one complete set, the
 * one its manifest describes, with no temporary file, journal or lock.
 *
 * FUZZ_CONCURRENT sets how many (npm run fuzz -- --concurrent N).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO, expectOk, removeTempDirs, runCv, runCvAsync, tempDir } from '../helpers/cli-run.js';

const COUNT = Number(process.env['FUZZ_CONCURRENT'] ?? 5);
const SMALL = join(REPO, 'tests/fixtures/build/small-cv.yaml');
const dateOf = (i: number) => `2024-01-${String(1 + (i % 28)).padStart(2, '0')}`;
const args = (i: number, out: string) => ['build', '--input', SMALL, '--layout', 'resume', '--layout', 'publications', '--date', dateOf(i), '--out', out];

afterAll(removeTempDirs);

const setOf = (dir: string): string =>
  JSON.stringify((JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { outputs: { file: string; sha256: string }[] }).outputs.map((o) => [o.file, o.sha256]).sort());

test(`${COUNT} builds into one folder at once each end with the complete set or a clear message`, async () => {
  const out = tempDir('concurrent');
  const runs = await Promise.all(Array.from({ length: COUNT }, (_, i) => runCvAsync(args(i, out))));
  const problems: string[] = [];
  runs.forEach((r, i) => {
    if (r.status === 0) return;
    const lines = r.stderr.trim().split('\n');
    if (r.status !== 4 || lines.length !== 1 || !/another cv build \(.+\) is writing to/.test(lines[0]!)) problems.push(`build ${i} exited ${r.status}: ${r.stderr}`);
  });
  expect(problems).toEqual([]);
  const won = runs.flatMap((r, i) => (r.status === 0 ? [i] : []));
  expect(won.length).toBeGreaterThan(0);
  expect(readdirSync(out).filter((f) => /\.tmp$|^\.cv-commit\.json$|^\.cv\.lock/.test(f))).toEqual([]);
  const v = runCv(['verify', '--out', out]);
  expect([v.status, v.stderr]).toEqual([0, '']);
  // The set left is the one some successful build made, byte for byte.
  const date = (JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as { date: string }).date;
  const winner = won.find((i) => dateOf(i) === date);
  expect(winner).toBeDefined();
  const ref = tempDir('concurrent-ref');
  expectOk(runCv(args(winner!, ref)), 'reference build');
  expect(setOf(out)).toEqual(setOf(ref));
  process.stderr.write(`concurrent: ${COUNT} builds, ${won.length} wrote, ${COUNT - won.length} refused with the lock message\n`);
}, 120_000 + COUNT * 10_000);
