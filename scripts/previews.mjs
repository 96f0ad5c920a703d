// npm run previews: renders page 1 of every layout to docs/previews/<layout>.png
// (pdftoppm from Debian's poppler-utils), so the README shows what the code makes today.
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = mkdtempSync(join(tmpdir(), 'cv-previews-'));
const dest = join(root, 'docs/previews');
mkdirSync(dest, { recursive: true });
execFileSync(process.execPath, [join(root, 'dist/cli/main.js'), 'build', '--out', out], { cwd: root, stdio: 'inherit' });
const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
for (const o of manifest.outputs) {
  const prefix = join(out, o.layout);
  execFileSync('pdftoppm', ['-r', '60', '-png', '-f', '1', '-l', '1', '-singlefile', join(out, o.file), prefix]);
  renameSync(`${prefix}.png`, join(dest, `${o.layout}.png`));
  console.log(`docs/previews/${o.layout}.png  (page 1 of ${o.pages})`);
}
rmSync(out, { recursive: true, force: true });
