/**
 * bin/cv.cjs runs the bundle from one of V8's code caches made by `npm run build`
 * (scripts/make-code-cache.cjs): build's, or validate's for every other command.
 * Each must be current (V8 accepts it for this bundle, Node and the bin's
 * flags) and, when it is absent, stale or damaged, harmless: the bin compiles
 * the bundle itself and says the same.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BIN, BUNDLE, CV_YAML, REPO, removeTempDirs, runCv, tempDir } from '../helpers/cli-run.js';

const COMMANDS = ['build', 'validate', 'init'];
const cacheFile = (command: string) => join(REPO, `dist/bundle/${command === 'build' ? 'build' : 'validate'}.code-cache`);
const CACHE = cacheFile('validate');

/** Runs `node -e script` with a clean NODE_OPTIONS (jest's own would change V8's flags). */
function node(script: string, cwd = REPO) {
  const r = spawnSync(process.execPath, ['-e', script], { cwd, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
  if (r.status !== 0) throw new Error(`node -e exited ${r.status}\n${r.stderr}`);
  return r.stdout;
}

/** What loading the bin's bundle for `command` reports: whether V8 was given a cache and rejected it. */
function loadReport(bin: string, command = 'validate'): { given: boolean; rejected: boolean | undefined } {
  const script = `const b = require(${JSON.stringify(bin)}); const { script } = b.load(b.codeCache(${JSON.stringify(command)})); console.log(JSON.stringify({ given: script.cachedDataRejected !== undefined, rejected: script.cachedDataRejected }))`;
  return JSON.parse(node(script)) as { given: boolean; rejected: boolean | undefined };
}

/** A copy of the bin and bundle in a folder of its own (the rest linked), whose code cache a test may replace. */
function copyOfPackage(): string {
  const dir = tempDir('code-cache');
  mkdirSync(join(dir, 'bin'));
  mkdirSync(join(dir, 'dist/bundle'), { recursive: true });
  copyFileSync(BIN, join(dir, 'bin/cv.cjs'));
  copyFileSync(BUNDLE, join(dir, 'dist/bundle/cv.cjs'));
  for (const f of ['schema', 'layouts', 'fonts', 'templates', 'node_modules', 'package.json', 'dist/font-tables']) symlinkSync(join(REPO, f), join(dir, f));
  return dir;
}

describe('the code cache', () => {
  afterAll(removeTempDirs);

  it.each(COMMANDS)('for cv %s starts with the stamp of the bundle it was made for', (command) => {
    const bundle = readFileSync(BUNDLE, 'latin1');
    const stamp = bundle.slice(0, bundle.indexOf('\n'));
    expect(stamp).toMatch(/^\/\/ [0-9a-f]{64}$/);
    const cache = readFileSync(cacheFile(command));
    expect(cache.subarray(0, cache.indexOf(10)).toString('latin1')).toBe(stamp);
  });

  it.each(COMMANDS)('for cv %s is given to V8 and accepted by it', (command) => {
    expect(loadReport(BIN, command)).toEqual({ given: true, rejected: false });
  });

  it('and the bundle absent (a checkout never built): cv says to build it, exit 4, no stack trace', () => {
    const dir = tempDir('unbuilt');
    mkdirSync(join(dir, 'bin'));
    copyFileSync(BIN, join(dir, 'bin/cv.cjs'));
    const r = spawnSync(process.execPath, [join(dir, 'bin/cv.cjs'), 'validate', CV_YAML], { cwd: dir, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
    expect({ status: r.status, stdout: r.stdout }).toEqual({ status: 4, stdout: '' });
    expect(r.stderr).toBe(`cv: ${join(dir, 'dist/bundle/cv.cjs')} is missing: this copy of cv is not built; run 'npm run build' in ${dir}\n`);
  });

  it('absent, stale or damaged, is left out or rejected, and cv says the same', () => {
    const expected = runCv(['validate', CV_YAML]);
    expect(expected.status).toBe(0);
    const dir = copyOfPackage();
    const bin = join(dir, 'bin/cv.cjs');
    const cache = join(dir, 'dist/bundle/validate.code-cache');
    const stamp = readFileSync(CACHE).subarray(0, readFileSync(CACHE).indexOf(10) + 1);
    const cases: [string, Buffer | undefined, { given: boolean; rejected: boolean | undefined }][] = [
      ['absent', undefined, { given: false, rejected: undefined }],
      ['stale (another bundle)', Buffer.concat([Buffer.from(`// ${'0'.repeat(64)}\n`), readFileSync(CACHE).subarray(stamp.length)]), { given: false, rejected: undefined }],
      ['damaged', Buffer.concat([stamp, Buffer.alloc(4096, 7)]), { given: true, rejected: true }],
    ];
    for (const [what, data, report] of cases) {
      if (data) writeFileSync(cache, data);
      expect({ what, ...loadReport(bin) }).toEqual({ what, ...report });
      const r = spawnSync(process.execPath, [bin, 'validate', CV_YAML], { cwd: dir, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
      expect({ what, status: r.status, stdout: r.stdout, stderr: r.stderr }).toEqual({ what, status: 0, stdout: expected.stdout, stderr: expected.stderr });
    }
  });
});
