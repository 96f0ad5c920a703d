// Part of `npm run build`: derives the width table of every bundled face
// (src/fonts/width-table/) and writes it to dist/font-tables/<sha256>.json, so
// that a build never runs fontkit's shaper for covered text and never derives
// a table at run time. The file name is the font's hash: a table can only be
// used with the exact bytes it came from.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const root = fileURLToPath(new URL('..', import.meta.url));
const { TABLE_DIR, widthTableOf } = await import(join(root, 'dist/fonts/width-table/cache.js'));
mkdirSync(TABLE_DIR, { recursive: true });
const fontsDir = join(root, 'fonts');
for (const name of readdirSync(fontsDir).filter((f) => /\.(ttf|otf)$/i.test(f)).sort()) {
  const table = widthTableOf(readFileSync(join(fontsDir, name)));
  writeFileSync(new URL(`${table.sha256}.json`, TABLE_DIR), JSON.stringify(table));
}
