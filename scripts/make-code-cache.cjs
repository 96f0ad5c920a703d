'use strict';
// Run by scripts/bundle.mjs in a process of its own: loads the bundle through
// bin/cv.cjs (so with the same V8 flags as every `cv` run), builds the sample
// CV's three PDFs and validates it, then writes V8's code cache of the bundle.
// Made after those runs, the cache holds every function they compiled, not
// just the top level. The cache is V8's (Node version and flags specific);
// bin/cv.cjs uses it only when V8 accepts it. It is not an output: builds never read it.
const { mkdtempSync, rmSync, writeFileSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const { load, CODE_CACHE } = require('../bin/cv.cjs');

const root = join(__dirname, '..');
const cv = join(root, 'cv.yaml');
const out = mkdtempSync(join(tmpdir(), 'cv-code-cache-'));

async function warm() {
  const { main, script, stamp } = load(false);
  const argv = (...args) => [process.execPath, 'cv', ...args];
  for (const args of [['build', '-i', cv, '--out', out], ['validate', cv]]) {
    await main(argv(...args));
    if (process.exitCode) throw new Error(`cv ${args.join(' ')} exited ${process.exitCode}`);
  }
  writeFileSync(CODE_CACHE, Buffer.concat([Buffer.from(`${stamp}\n`, 'latin1'), script.createCachedData()]));
}

warm()
  .catch((e) => {
    process.stderr.write(`${e.stack ?? e}\n`);
    process.exitCode = 1;
  })
  .finally(() => rmSync(out, { recursive: true, force: true }));
