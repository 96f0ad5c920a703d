import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { create, type Font } from 'fontkit';
import { deriveWidthTable } from './derive.js';
import { TableShaper } from './shape.js';
import { WIDTH_TABLE_FORMAT, type WidthTable } from './types.js';

/**
 * Where `npm run build` leaves the tables of the bundled faces
 * (scripts/build-font-tables.mjs): dist/font-tables/<sha256>.json next to the
 * compiled code. A face without a file there (a layout's own font, or running
 * from source) gets its table derived on first use, once per process.
 */
export const TABLE_DIR = new URL('../../font-tables/', import.meta.url);

const shapers = new Map<string, TableShaper>();

export function fontSha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The table shaper for a font file's bytes; depends on nothing but those bytes. */
export function tableShaperFor(bytes: Uint8Array): TableShaper {
  const sha = fontSha256(bytes);
  let shaper = shapers.get(sha);
  if (!shaper) {
    shaper = new TableShaper(readCached(sha) ?? widthTableOf(bytes, sha));
    shapers.set(sha, shaper);
  }
  return shaper;
}

/** Derives the table from a private fontkit instance, so the caller's instance keeps its own glyph cache. */
export function widthTableOf(bytes: Uint8Array, sha = fontSha256(bytes)): WidthTable {
  const font = create(bytes) as Font & Parameters<typeof deriveWidthTable>[0];
  return deriveWidthTable(font, sha);
}

function readCached(sha: string): WidthTable | undefined {
  let text: string;
  try {
    text = readFileSync(new URL(`${sha}.json`, TABLE_DIR), 'utf8');
  } catch {
    return undefined;
  }
  const table = JSON.parse(text) as WidthTable;
  return table.format === WIDTH_TABLE_FORMAT && table.sha256 === sha ? table : undefined;
}
