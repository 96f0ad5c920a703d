/**
 * fontkit (~50 ms to load, more to parse each face) stays off the path of a
 * build whose text the bundled faces' width tables cover: the faces are read,
 * shaped and subsetted by src/fonts/ (table-face.ts), and pdfkit's own
 * require of fontkit is made lazy in a bundle that holds pdfkit
 * (scripts/esbuild-lazy-pdfkit-requires.mjs). Text that needs real shaping still gets it.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { expectOk, pdfsIn, REPO, removeTempDirs, runCvAsync, tempDir, tool } from '../helpers/cli-run.js';
// @ts-expect-error: a plain .mjs build script without types
import { LAZY_FOR_PDFKIT, lazyPdfkitRequires } from '../../scripts/esbuild-lazy-pdfkit-requires.mjs';

afterAll(removeTempDirs);

// The hook sees fontkit where it is required from node_modules: so these builds run the
// compiled modules (dist/cli/main.js) rather than the bin, whose bundle holds fontkit;
// the last tests check that the bundle gets pdfkit's fontkit through the lazy stand-in.
const HOOK = join(REPO, 'tests/helpers/fontkit-calls.cjs');
const UNBUNDLED = [
  '--input-type=module',
  '-e',
  `const { main } = await import(${JSON.stringify(pathToFileURL(join(REPO, 'dist/cli/main.js')).href)}); await main(['node', 'cv', ...process.argv.slice(1)]);`,
];
interface FontkitLog {
  requiredBy: (string | null)[];
  created: number;
}

async function buildWithLog(args: string[]): Promise<{ log: FontkitLog; out: string }> {
  const out = tempDir('lazy-fontkit');
  const logFile = join(out, 'fontkit.json');
  const r = await runCvAsync([...args, '--out', out], { entry: UNBUNDLED, env: { NODE_OPTIONS: `--require ${HOOK}`, CV_TEST_FONTKIT_LOG: logFile } });
  expectOk(r, `cv ${args.join(' ')}`);
  return { log: JSON.parse(readFileSync(logFile, 'utf8')) as FontkitLog, out };
}

test('cv build of the sample parses no face with fontkit, and no module of ours requires it', async () => {
  const { log, out } = await buildWithLog(['build']);
  expect(pdfsIn(out)).toHaveLength(3);
  expect(log.created).toBe(0);
  // Only pdfkit's own import requires it (unbundled, pdfkit loads it at once; the bundle's stand-in does not).
  expect(log.requiredBy.filter((p) => p === null || !/[\\/]node_modules[\\/]pdfkit[\\/]/.test(p))).toEqual([]);
});

test('a Korean CV (Hangul from a NanumGothic fallback) is still shaped by fontkit', async () => {
  const layouts = join(REPO, 'tests/fixtures/layouts-korean');
  const input = join(REPO, 'tests/fixtures/build/lang-ko.yaml');
  const { log, out } = await buildWithLog(['build', '--input', input, '--layouts', layouts, '--layout', 'korean']);
  expect(log.created).toBeGreaterThan(0);
  const [file] = pdfsIn(out);
  expect(tool('pdftotext', [join(out, file!), '-']).stdout).toContain('박해규');
  expect(tool('pdffonts', [join(out, file!)]).stdout).toMatch(/NanumGothic/);
});

test('pdfkit bundled with the lazy-requires plugin loads fontkit only when it parses a font itself, and never AES or PNG code', async () => {
  const dir = tempDir('lazy-fontkit-bundle');
  const bundle = join(dir, 'pdfkit.cjs');
  // As a bundle that holds pdfkit is made, the lazy packages left outside so that their loading shows in require.cache.
  await build({
    stdin: { contents: "module.exports = require('pdfkit');", resolveDir: REPO, loader: 'js' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: LAZY_FOR_PDFKIT as string[],
    outfile: bundle,
    plugins: [lazyPdfkitRequires()],
    logLevel: 'silent',
  });
  const script = join(dir, 'probe.mjs');
  const regular = join(REPO, 'fonts/EBGaramond-Regular.ttf');
  writeFileSync(
    script,
    `import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const loadedPackage = (name) => Object.keys(require.cache).some((k) => k.split(/[\\\\/]/).join('/').includes('/node_modules/' + name + '/'));
const loaded = () => loadedPackage('fontkit');
const PDFDocument = require(${JSON.stringify(bundle)});
const { loadFonts } = await import(${JSON.stringify(pathToFileURL(join(REPO, 'dist/fonts/index.js')).href)});
const seen = { imported: loaded() };
const fonts = loadFonts([{ id: 'serif', file: ${JSON.stringify(regular)} }]);
const draw = (src) => {
  const doc = new PDFDocument({ autoFirstPage: false, font: null });
  doc.registerFont('f', src);
  doc.addPage();
  doc.font('f').text('Waffle office, Καλημέρα, Привет', 10, 10);
  doc.end();
};
draw(fonts.get('serif').font);
seen.drawnWithOurFace = loaded();
draw(${JSON.stringify(regular)});
seen.drawnFromFile = loaded();
seen.aesOrPng = loadedPackage('@noble/ciphers') || loadedPackage('png-js');
console.log(JSON.stringify(seen));
`,
  );
  const seen = JSON.parse(execFileSync(process.execPath, [script], { encoding: 'utf8', env: { ...process.env, NODE_PATH: join(REPO, 'node_modules') } })) as Record<string, boolean>;
  expect(seen).toEqual({ imported: false, drawnWithOurFace: false, drawnFromFile: true, aesOrPng: false });
});

test("the bin's bundle holds pdfkit with a lazy stand-in for each of those packages", () => {
  const bundle = readFileSync(join(REPO, 'dist/bundle/cv.cjs'), 'latin1');
  const standIns = bundle.match(/module\d*\.exports=new Proxy\(\{\},\{get:\(_,key\d*\)=>load\(\)\[key\d*\]/g) ?? [];
  expect(standIns).toHaveLength(LAZY_FOR_PDFKIT.length);
});
