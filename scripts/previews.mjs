// npm run previews: renders page 1 of every layout's PDF to docs/previews/<layout>.png
// (pdftoppm from Debian's poppler-utils), and the top of each layout's HTML page in
// Debian's chromium (driven by playwright-core, never a downloaded browser) to
// docs/previews/<layout>-html.png, and on a phone width to <layout>-html-phone.png,
// so the README shows what the code makes today.
import { fileURLToPath, pathToFileURL } from 'node:url';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = mkdtempSync(join(tmpdir(), 'cv-previews-'));
const dest = join(root, 'docs/previews');
mkdirSync(dest, { recursive: true });
execFileSync(process.execPath, [join(root, 'bin/cv.cjs'), 'build', '--format', 'pdf,html', '--out', out], { cwd: root, stdio: 'inherit' });
const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
for (const o of manifest.outputs.filter((x) => x.format === 'pdf')) {
  const prefix = join(out, o.layout);
  execFileSync('pdftoppm', ['-r', '60', '-png', '-f', '1', '-l', '1', '-singlefile', join(out, o.file), prefix]);
  renameSync(`${prefix}.png`, join(dest, `${o.layout}.png`));
  console.log(`docs/previews/${o.layout}.png  (page 1 of ${o.pages})`);
}
const profile = mkdtempSync(join(tmpdir(), 'cv-previews-chromium-'));
const args = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run', '--disable-component-update', '--disable-sync'];
const browser = await chromium.launchPersistentContext(profile, { executablePath: '/usr/bin/chromium', args });
try {
  for (const o of manifest.outputs.filter((x) => x.format === 'html')) {
    const page = await browser.newPage();
    for (const [suffix, viewport] of [['html', { width: 900, height: 1100 }], ['html-phone', { width: 390, height: 844 }]]) {
      await page.setViewportSize(viewport);
      await page.goto(pathToFileURL(join(out, o.file)).href, { waitUntil: 'load' });
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      await page.screenshot({ path: join(dest, `${o.layout}-${suffix}.png`) });
      console.log(`docs/previews/${o.layout}-${suffix}.png  (${viewport.width} px wide)`);
    }
    await page.close();
  }
} finally {
  await browser.close();
  rmSync(profile, { recursive: true, force: true });
}
rmSync(out, { recursive: true, force: true });
