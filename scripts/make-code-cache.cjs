'use strict';
// Run by scripts/bundle.mjs in a process of its own: loads the bundle through
// bin/cv.cjs (so with the same V8 flags as every `cv` run), validates the
// sample CV and writes V8's code cache of the bundle for every command but
// build, then builds the sample's three PDFs and writes the cache for build.
// Made after those runs, a cache holds every function they compiled, not just
// the top level. The cache is V8's (Node version and flags specific); bin/cv.cjs
// uses it only when V8 accepts it. It is not an output: builds never read it.
const { mkdtempSync, rmSync, writeFileSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const { load, codeCache } = require('../bin/cv.cjs');

const root = join(__dirname, '..');
const cv = join(root, 'cv.yaml');
const out = mkdtempSync(join(tmpdir(), 'cv-code-cache-'));

async function warm() {
  const { main, script, stamp } = load(null);
  for (const args of [['validate', cv], ['build', '-i', cv, '--out', out]]) {
    await main([process.execPath, 'cv', ...args]);
    if (process.exitCode) throw new Error(`cv ${args.join(' ')} exited ${process.exitCode}`);
    writeFileSync(codeCache(args[0]), Buffer.concat([Buffer.from(`${stamp}\n`, 'latin1'), script.createCachedData()]));
  }
}

warm()
  .catch((e) => {
    process.stderr.write(`${e.stack ?? e}\n`);
    process.exitCode = 1;
  })
  .finally(() => rmSync(out, { recursive: true, force: true }));
