/**
 * Files that are not what they claim (issue 14): a device, a FIFO, a
 * directory, a file over the size limit, as cv.yaml or as a layout's font.
 * Each is refused at once, checked on the open file before it is read, with
 * a located error and exit 1 or 4: never a hang, a crash or exit 70.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync, truncateSync, closeSync, openSync } from 'node:fs';
import { join } from 'node:path';
import { BIN, CV_YAML, LAYOUTS_DIR, removeTempDirs, REPO, runCv, tempDir } from '../helpers/cli-run.js';

afterAll(removeTempDirs);

/** `cv ...args` with a hard time limit, so that a hang fails the test instead of the suite. */
function timed(args: string[], limitMs = 120_000): { status: number | null; stderr: string; ms: number } {
  const t0 = Date.now();
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: REPO, encoding: 'utf8', timeout: limitMs });
  return { status: r.status, stderr: r.stderr, ms: Date.now() - t0 };
}

/**
 * What "at once" means on this machine now: a few times the time of a command
 * that reads nothing (a missing file), so that a busy CI runner does not make
 * the test flaky, while a read of /dev/zero (which never ends) still fails it.
 */
function atOnce(): number {
  return 3 * timed(['validate', '/nonexistent/cv.yaml']).ms + 3000;
}

function mkfifo(path: string): void {
  const r = spawnSync('mkfifo', [path]);
  if (r.status !== 0) throw new Error(`mkfifo ${path} failed`);
}

describe('cv.yaml that is not a regular file of a sensible size', () => {
  const dir = tempDir('files');
  const fifo = join(dir, 'fifo.yaml');
  mkfifo(fifo);
  const big = join(dir, 'big.yaml');
  writeFileSync(big, `name: A\n# ${'x'.repeat(5 * 1024 * 1024)}\n`);

  test.each([
    ['/dev/zero', /not a regular file \(a device\)/],
    ['/dev/urandom', /not a regular file \(a device\)/],
    [fifo, /not a regular file \(a named pipe\)/],
    [dir, /is a directory/],
    [big, /file is too large \(\d+ bytes; the limit is 4194304\)/],
  ])('%s: cv validate and cv build refuse it at once with exit 4', (file, message) => {
    for (const args of [['validate', file], ['build', '--input', file, '--out', join(dir, 'out')]]) {
      const bound = atOnce();
      const r = timed(args);
      expect(r.status).toBe(4);
      expect(r.stderr).toMatch(message);
      expect(r.stderr.startsWith(`${file}: error:`)).toBe(true);
      // Node's start-up included; the old code never returned from /dev/zero.
      expect(r.ms).toBeLessThan(bound);
    }
  });
});

describe('a layout whose font is not a usable font file', () => {
  const dir = tempDir('fonts');
  const layouts = join(dir, 'layouts');
  mkdirSync(layouts);
  for (const f of readdirSync(LAYOUTS_DIR)) copyFileSync(join(LAYOUTS_DIR, f), join(layouts, f));
  mkfifo(join(layouts, 'fifo.ttf'));
  closeSync(openSync(join(layouts, 'huge.ttf'), 'w'));
  truncateSync(join(layouts, 'huge.ttf'), 1536 * 1024 * 1024); // sparse: 1.5 GB that takes no disk
  mkdirSync(join(layouts, 'folder.ttf'));
  writeFileSync(join(layouts, 'empty.ttf'), '');
  writeFileSync(join(layouts, 'text.ttf'), 'not a font at all\n');
  const resume = readFileSync(join(LAYOUTS_DIR, 'resume.yaml'), 'utf8');

  test.each([
    ['fifo.ttf', 4, /not a regular file \(a named pipe\)/],
    ['huge.ttf', 4, /file is too large/],
    ['folder.ttf', 4, /is a directory/],
    ['empty.ttf', 1, /is empty/],
    ['text.ttf', 1, /is not a font/],
    ['absent.ttf', 4, /not found/],
  ])('%s: a diagnostic at the layout line naming it, exit %s', (font, code, message) => {
    const text = resume.replace(/^id: resume$/m, 'id: odd').replace(/^output: .*$/m, `$&\nfonts: { regular: ./${font} }`);
    writeFileSync(join(layouts, 'odd.yaml'), text);
    const line = text.split('\n').findIndex((l) => l.startsWith('fonts:')) + 1;
    const bound = atOnce() + 5000; // the build also reads cv.yaml and the other layouts
    const r = timed(['build', '--input', CV_YAML, '--layouts', layouts, '--layout', 'odd', '--out', join(dir, 'out')]);
    expect(r.status).toBe(code);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toContain(`odd.yaml:${line}:19: error: font file`);
    expect(r.stderr).not.toMatch(/internal error/);
    expect(r.ms).toBeLessThan(bound);
  });
});

describe('very long text', () => {
  const dir = tempDir('long');
  const cv = (value: string) =>
    `name: Ada Lovelace\nsections:\n  - id: education\n    title: Education\n    kind: education\n    entries:\n      - institution: U\n        degree: PhD\n        start: "2018-08"\n        end: present\n        highlights:\n          - "${value}"\n`;

  test('one 100,000-character word in a highlight builds in seconds (it took 34 s)', () => {
    const file = join(dir, 'word.yaml');
    writeFileSync(file, cv(`Before ${'abcdefghij'.repeat(10_000)} after`));
    const r = timed(['build', '--input', file, '--layout', 'full', '--out', join(dir, 'out')], 60_000);
    expect(r.status).toBe(0);
    // About 1.6 s on an idle machine (34 s before); the bound leaves room for a busy CI runner.
    // The linear-time unit test (src/typeset/paragraph/linear-time.test.ts) is the precise one.
    expect(r.ms).toBeLessThan(45_000);
  });

  test('a name longer than the schema allows is refused by validation, with its limit', () => {
    const file = join(dir, 'name.yaml');
    writeFileSync(file, cv('fine').replace('name: Ada Lovelace', `name: ${'Ada '.repeat(100)}`));
    const r = runCv(['validate', file]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/name\.yaml:1:7: error: .*at most 200 characters/);
  });
});
