// Runs the property tests (tests/property/) over more random CVs than npm test does.
//
//   npm run fuzz -- --count 500 --seed 1       500 CVs from each generator, seeds 1..500
//   npm run fuzz -- --generator realistic      only the hand-written realistic generator
//   npm run fuzz -- --generator schema         only the schema walk
//   npm run fuzz -- --count 1 --seed 4242      replay one failing seed
//   npm run fuzz -- --kills 50 --concurrent 20 also 50 killed builds and 20 builds at once
//
// A failure prints its seed. Plain Node: it sets the counts in the environment
// and runs jest, which compiles the CLI (dist/) and the generators.

import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '200' },
    seed: { type: 'string', default: '1' },
    kills: { type: 'string', default: '20' },
    concurrent: { type: 'string', default: '20' },
    generator: { type: 'string', default: 'both' },
    verbose: { type: 'boolean', default: false },
  },
});
for (const k of ['count', 'seed', 'kills', 'concurrent']) {
  if (!/^\d+$/.test(values[k])) {
    process.stderr.write(`fuzz: --${k} must be a whole number, got '${values[k]}'\n`);
    process.exit(2);
  }
}
const tests = { both: ['tests/property'], schema: ['tests/property/random-cvs'], realistic: ['tests/property/realistic-cvs'] }[values.generator];
if (!tests) {
  process.stderr.write(`fuzz: --generator must be schema, realistic or both, got '${values.generator}'\n`);
  process.exit(2);
}
// With one generator, the killed and concurrent builds run only when asked for.
const asked = (flag) => process.argv.some((a) => a === flag || a.startsWith(`${flag}=`));
const extra = values.generator === 'both' ? [] : [...(asked('--kills') ? ['tests/property/killed-builds'] : []), ...(asked('--concurrent') ? ['tests/property/concurrent-builds'] : [])];
const repo = fileURLToPath(new URL('..', import.meta.url));
const env = {
  ...process.env,
  NODE_OPTIONS: '--experimental-vm-modules',
  FUZZ_COUNT: values.count,
  FUZZ_SEED: values.seed,
  FUZZ_KILLS: values.kills,
  FUZZ_CONCURRENT: values.concurrent,
  ...(values.verbose ? { FUZZ_VERBOSE: '1' } : {}),
};
const jest = fileURLToPath(new URL('../node_modules/jest/bin/jest.js', import.meta.url));
const r = spawnSync(process.execPath, [jest, ...tests, ...extra, '--testTimeout', '0'], { cwd: repo, env, stdio: 'inherit' });
process.exit(r.status ?? 1);
