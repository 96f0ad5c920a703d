/**
 * Where `npm run build` leaves the width tables of the bundled faces
 * (scripts/build-font-tables.mjs): dist/font-tables/<sha256>.json. Kept in a
 * file one folder below dist/, as every path from import.meta.url is, so that
 * it holds in the compiled tree and in the one-file bundle (dist/cli/cv.js) alike.
 */
export const TABLE_DIR = new URL('../font-tables/', import.meta.url);
