/**
 * Jest globalSetup: compiles src/ into dist/ once per jest run, so that the
 * integration tests, which run the real CLI (`node bin/cv.cjs`) as a
 * subprocess, never test a stale build. Native tsc takes a second or two; the
 * bundled faces' width tables follow (scripts/build-font-tables.mjs), then the
 * one-file bundle the bin runs and its V8 code cache (scripts/bundle.mjs, dist/bundle/cv.cjs).
 *
 * Plain ESM JavaScript on purpose: jest loads it before any transform is set
 * up for test files, and the package is "type": "module".
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('../../', import.meta.url));

export default function globalSetup() {
  const tsc = join(repo, 'node_modules/typescript/bin/tsc');
  if (!existsSync(tsc)) throw new Error(`global-setup: TypeScript is not installed (${tsc} is missing); run npm ci`);
  const r = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: repo, encoding: 'utf8' });
  if (r.error) throw new Error(`global-setup: could not run tsc: ${r.error.message}`);
  const main = join(repo, 'dist/cli/main.js');
  if (!existsSync(main)) {
    throw new Error(`global-setup: tsc did not produce dist/cli/main.js\n${r.stdout}${r.stderr}`);
  }
  if (r.status !== 0) {
    // tsc still emits on type errors (noEmitOnError is off); `npm run typecheck` is where they fail.
    // Say so, because a test failure may come from them.
    process.stderr.write(`\nglobal-setup: tsc reported errors (dist/ was still written):\n${`${r.stdout}${r.stderr}`.split('\n').slice(0, 20).join('\n')}\n`);
  }
  // The bundled faces' width tables, as `npm run build` leaves them (the CLI derives them itself otherwise, slower).
  const tables = spawnSync(process.execPath, [join(repo, 'scripts/build-font-tables.mjs')], { cwd: repo, encoding: 'utf8' });
  if (tables.status !== 0) throw new Error(`global-setup: scripts/build-font-tables.mjs failed\n${tables.stdout}${tables.stderr}`);
  // The one-file bundle the package's bin (bin/cv.cjs) runs, and its code cache; the integration tests run that bin.
  const bundle = spawnSync(process.execPath, [join(repo, 'scripts/bundle.mjs')], { cwd: repo, encoding: 'utf8' });
  if (bundle.status !== 0) throw new Error(`global-setup: scripts/bundle.mjs failed\n${bundle.stdout}${bundle.stderr}`);
}
