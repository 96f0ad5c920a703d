// Runs the property tests (tests/property/) over more random CVs than npm test does.
//
//   npm run fuzz -- --count 200 --seed 1      200 random CVs, seeds 1..200
//   npm run fuzz -- --count 1 --seed 4242     replay one failing seed
//   npm run fuzz -- --kills 50                also 50 killed builds
//
// A failure prints its seed. Plain Node: it sets the counts in the environment
// and runs jest, which compiles the CLI (dist/) and the generator.

import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: { count: { type: 'string', default: '200' }, seed: { type: 'string', default: '1' }, kills: { type: 'string', default: '20' }, verbose: { type: 'boolean', default: false } },
});
for (const [k, v] of Object.entries({ count: values.count, seed: values.seed, kills: values.kills })) {
  if (!/^\d+$/.test(v)) {
    process.stderr.write(`fuzz: --${k} must be a whole number, got '${v}'\n`);
    process.exit(2);
  }
}
const repo = fileURLToPath(new URL('..', import.meta.url));
const env = {
  ...process.env,
  NODE_OPTIONS: '--experimental-vm-modules',
  FUZZ_COUNT: values.count,
  FUZZ_SEED: values.seed,
  FUZZ_KILLS: values.kills,
  ...(values.verbose ? { FUZZ_VERBOSE: '1' } : {}),
};
const jest = fileURLToPath(new URL('../node_modules/jest/bin/jest.js', import.meta.url));
const r = spawnSync(process.execPath, [jest, 'tests/property', '--testTimeout', '0'], { cwd: repo, env, stdio: 'inherit' });
process.exit(r.status ?? 1);
