// Part of `npm run build`: bundles the compiled CLI (dist/cli/main.js and
// everything of ours it imports) into dist/bundle/cv.js, the `cv` binary.
// One file (plus a chunk per lazily imported stage, so `cv validate` never
// loads the PDF writer) starts faster than ~150 modules resolved and read one
// by one. npm packages stay outside (node_modules, as installed). The bundle
// sits one folder below dist/ like every compiled module, so each path taken
// from import.meta.url (schema/, layouts/, fonts/, dist/font-tables/) holds.
import { chmodSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { lazyFontkit } from './esbuild-lazy-fontkit.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = join(root, 'dist/bundle');
await build({
  entryPoints: { cv: join(root, 'dist/cli/main.js') },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  chunkNames: 'chunk-[hash]',
  logLevel: 'warning',
  plugins: [lazyFontkit()],
});
chmodSync(join(outdir, 'cv.js'), 0o755);
