// Part of `npm run build`: bundles the compiled CLI (dist/cli/main.js, everything
// of ours it imports and the npm packages they use) into ONE CommonJS file,
// dist/bundle/cv.cjs, which bin/cv.cjs runs; then makes V8's code caches for it
// (scripts/make-code-cache.cjs). One file read and compiled from a cache
// starts much faster than ~60 chunks and ~150 package modules resolved, read
// and compiled one by one. Lazily imported stages stay lazy: esbuild wraps them
// in functions that run on first import, so `cv validate` never runs the PDF writer.
//
// The bundle sits one folder below dist/ like every compiled module, so each
// path taken from import.meta.url (schema/, layouts/, fonts/, dist/font-tables/) holds.
// Its first line is its stamp (the sha256 of the rest), which the code cache must carry.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { lazyPdfkitRequires } from './esbuild-lazy-pdfkit-requires.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = join(root, 'dist/bundle');
// esbuild plugins, one per line (each onLoad filter should match only the files it rewrites).
const plugins = [staticRequires(), lazyPdfkitRequires()];

const result = await build({
  entryPoints: [join(root, 'dist/cli/main.js')],
  write: false,
  outfile: join(outdir, 'cv.cjs'),
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  // subset-font finds its WebAssembly files through require.resolve from its own
  // folder; it stays installed and is required from there (HTML outputs only).
  external: ['subset-font'],
  // jsonc-parser's main is a UMD module that requires its parts at run time,
  // from beside the bundle; its ES module build is bundled instead.
  alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' },
  // In CommonJS, an import() of a package left outside becomes a require (a
  // script run through vm has no loader for import()).
  supported: { 'dynamic-import': false },
  // ASCII only (see below), so that bin/cv.cjs reads it as latin1, three times faster than as UTF-8.
  charset: 'ascii',
  // 2 MB instead of 5.5 MB to read; names stay, so stack traces (CV_DEBUG=1) still say where.
  minifyWhitespace: true,
  define: { 'import.meta.url': 'importMetaUrl' },
  banner: { js: 'var importMetaUrl = require("node:url").pathToFileURL(__filename).href;' },
  plugins,
  logLevel: 'warning',
});
rmSync(outdir, { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });
// esbuild leaves non-ASCII in regular expression literals; \uXXXX means the same there (and in strings, comments, identifiers).
// Written as the function expression Node's CommonJS wrapper would make of it, so that bin/cv.cjs
// compiles the file as read instead of first concatenating a 3 MB string.
const code = `(function (exports, require, module, __filename, __dirname) {${result.outputFiles[0].text.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n})`;
writeFileSync(join(outdir, 'cv.cjs'), `// ${createHash('sha256').update(code).digest('hex')}\n${code}`);

// pdfkit, bundled, takes its own file to be the bundle: it finds its PDF/A ICC profile beside it.
const pdfkit = dirname(createRequire(import.meta.url).resolve('pdfkit'));
mkdirSync(join(outdir, 'data'));
copyFileSync(join(pdfkit, 'data/sRGB_IEC61966_2_1.icc'), join(outdir, 'data/sRGB_IEC61966_2_1.icc'));

const cache = spawnSync(process.execPath, [join(root, 'scripts/make-code-cache.cjs')], { cwd: root, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
if (cache.status !== 0) throw new Error(`scripts/make-code-cache.cjs failed\n${cache.stdout}${cache.stderr}`);

/**
 * `createRequire(import.meta.url)('x')` (how our ESM modules load CommonJS
 * packages lazily) as a plain `require('x')`, which esbuild bundles and runs on first call.
 */
function staticRequires() {
  return {
    name: 'static-requires',
    setup(b) {
      const ours = new RegExp(`^${join(root, 'dist').replace(/[\\^$.*+?()[\]{}|]/g, '\\$&')}[\\\\/].*\\.js$`);
      b.onLoad({ filter: ours }, async (args) => {
        const { readFile } = await import('node:fs/promises');
        const text = await readFile(args.path, 'utf8');
        return { contents: text.replace(/createRequire\(import\.meta\.url\)\((['"][^'"]+['"])\)/g, 'require($1)'), loader: 'js' };
      });
    },
  };
}
