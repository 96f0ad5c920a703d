#!/usr/bin/env node
'use strict';
/**
 * The `cv` binary (package.json "bin"; npm's shims run `node bin/cv.cjs`, on
 * Windows too). It sets V8's flags, then runs the one-file bundle
 * (dist/bundle/cv.cjs, scripts/bundle.mjs) from V8's code cache when that
 * cache was made for this very bundle, Node and flags; otherwise it compiles
 * the bundle as usual. There are two caches (scripts/make-code-cache.cjs):
 * one made after a `cv build`, and a smaller one made after a `cv validate`
 * that every other command starts from, as it deserialises faster. CommonJS and plain JavaScript, so nothing is compiled or
 * resolved before the flags are set.
 */
const v8 = require('node:v8');

// A cv process lives well under a second and the JIT's optimising tier
// compiles on a background thread: for such a run it spends more CPU than it
// saves. Functions tier up later (a 10x budget), so a long build still gets them.
v8.setFlagsFromString('--interrupt-budget=1000000');
// The garbage collector's helper threads (parallel scavenges, concurrent
// marking and sweeping) cost more CPU in coordination than they take off a
// heap this size: on 2 cores, 5% less CPU for a 1,000-publication build and
// 3-5% for the sample, with no longer wall time.
for (const flag of ['--no-parallel-scavenge', '--no-concurrent-marking', '--no-concurrent-sweeping']) v8.setFlagsFromString(flag);

const { readFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { dirname, join } = require('node:path');
const { Script } = require('node:vm');

const BUNDLE = join(__dirname, '../dist/bundle/cv.cjs');

/** The code cache a command starts from: the bundle's first line (its stamp, the sha256 of the rest), a newline, then V8's data. */
function codeCache(command) {
  return join(__dirname, `../dist/bundle/${command === 'build' ? 'build' : 'validate'}.code-cache`);
}

/** A code cache's data when it was made for this bundle; V8 itself checks the Node version and flags. */
function readCodeCache(file, stamp) {
  let data;
  try {
    data = readFileSync(file);
  } catch {
    return undefined;
  }
  const newline = data.indexOf(10);
  return newline > 0 && data.toString('latin1', 0, newline) === stamp ? data.subarray(newline + 1) : undefined;
}

/** Compiles and runs the bundle, from the given code cache file if it fits (none: null); its main, the compiled script and the bundle's stamp. */
function load(cache = codeCache(process.argv[2])) {
  const source = readFileSync(BUNDLE, 'latin1'); // ASCII (scripts/bundle.mjs checks), and latin1 reads fastest
  const stamp = source.slice(0, source.indexOf('\n'));
  const script = new Script(source, { filename: BUNDLE, cachedData: cache === null ? undefined : readCodeCache(cache, stamp) });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(BUNDLE), module, BUNDLE, dirname(BUNDLE));
  return { main: module.exports.main, script, stamp };
}

/**
 * Exits once stdout and stderr have taken everything written: left to itself,
 * Node would first run V8's pending garbage-collection tasks (~8 ms of marking
 * a heap about to be thrown away) before exiting.
 */
function exitWhenFlushed() {
  let open = 2;
  const flushed = () => {
    if (--open === 0) process.exit();
  };
  process.stdout.write('', flushed);
  process.stderr.write('', flushed);
}

/** The bundle, or undefined with a message when it is not there: a checkout that was never built (or is being rebuilt). */
function loadOrExplain() {
  try {
    return load();
  } catch (e) {
    if (e.code !== 'ENOENT' || e.path !== BUNDLE) throw e;
    process.stderr.write(`cv: ${BUNDLE} is missing: this copy of cv is not built; run 'npm run build' in ${join(__dirname, '..')}\n`);
    process.exitCode = 4;
    return undefined;
  }
}

if (require.main === module) loadOrExplain()?.main(process.argv).then(exitWhenFlushed);
else module.exports = { load, codeCache };
