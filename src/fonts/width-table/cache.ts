import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Font } from 'fontkit';
import { deriveWidthTable } from './derive.js';
import { TableShaper } from './shape.js';
import { WIDTH_TABLE_FORMAT, type WidthTable } from './types.js';
import { TABLE_DIR } from '../table-dir.js';
import { sha256Hex } from '../../common/crypto.js';

/** A face without a table file in TABLE_DIR (a layout's own font, or running from source) gets its table derived on first use, once per process. */
export { TABLE_DIR };

const tables = new Map<string, WidthTable>();
const shapers = new Map<string, TableShaper>();

const hashes = new WeakMap<Uint8Array, string>();

/** The sha256 of a font file's bytes, computed once per bytes object (coverage, table and face all ask for it). */
export function fontSha256(bytes: Uint8Array): string {
  let sha = hashes.get(bytes);
  if (sha === undefined) {
    sha = sha256Hex(bytes);
    hashes.set(bytes, sha);
  }
  return sha;
}

/** The width table of a font file's bytes, from the cache or derived once per process. */
export function widthTableFor(bytes: Uint8Array, sha = fontSha256(bytes)): WidthTable {
  let table = tables.get(sha);
  if (!table) {
    table = readCached(sha) ?? widthTableOf(bytes, sha);
    tables.set(sha, table);
  }
  return table;
}

/** The table shaper for a width table, made once per font (it depends on nothing but the font's bytes). */
export function tableShaperFor(table: WidthTable): TableShaper {
  let shaper = shapers.get(table.sha256);
  if (!shaper) {
    shaper = new TableShaper(table);
    shapers.set(table.sha256, shaper);
  }
  return shaper;
}

/**
 * Derives the table from a private fontkit instance, so the caller's instance
 * keeps its own glyph cache. fontkit is required here, not imported at the top,
 * so that a cached table (all `cv validate` needs) never loads it.
 */
export function widthTableOf(bytes: Uint8Array, sha = fontSha256(bytes)): WidthTable {
  const { create } = createRequire(import.meta.url)('fontkit') as typeof import('fontkit');
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
