import { createRequire } from 'node:module';
import type { Font } from 'fontkit';
import type { FontFace } from './types.js';
import { MAX_FONT_BYTES, type DrawFont, type LoadedFonts, type LoadedFont } from './types.js';
import { readRegularFile } from '../common/read-regular-file.js';
import { codePointSet } from './coverage.js';
import { fontSha256, tableShaperFor, widthTableFor } from './width-table/cache.js';
import { layoutFromTable } from './width-table/layout-from-table.js';
import { readSfnt } from './sfnt/read-sfnt.js';
import { TableFace } from './table-face.js';
import { memoizeLayout, memoizeSubsets } from './fontkit-memo.js';

/**
 * Parses the bundled faces once per build so that measuring never touches the
 * file system again. Throws on an unreadable file, a font collection or a
 * duplicate id: the faces come from the layout and are bundled, so any of
 * these is a packaging bug or an I/O failure for the caller to report.
 *
 * A TrueType face with a width table becomes a TableFace: read, shaped and
 * subsetted by our own code, so a build whose text the tables cover never
 * loads fontkit. Any other face (CFF outlines, variations, no table) is
 * fontkit's Font, its layout answering from the table where there is one.
 */
export function loadFonts(faces: readonly FontFace[], files: ReadonlyMap<string, Uint8Array> = readFontFiles(faces)): LoadedFonts {
  const fonts = new Map<string, LoadedFont>();
  for (const face of faces) {
    if (fonts.has(face.id)) throw new Error(`font id '${face.id}' is registered twice`);
    const bytes = files.get(face.file)!;
    const sha = fontSha256(bytes);
    const sfnt = readSfnt(bytes);
    // fontkit first when our reader declines the file: a collection is refused before any table is derived from it.
    const parsed = sfnt ? undefined : parseFace(face, bytes);
    const table = widthTableFor(bytes, sha);
    const shaper = tableShaperFor(table);
    const font: DrawFont =
      sfnt && table.cmap.length > 0
        ? new TableFace(sfnt, shaper, sha, () => parseFace(face, bytes))
        : fontkitFace(parsed ?? parseFace(face, bytes), shaper);
    fonts.set(face.id, {
      id: face.id,
      file: face.file,
      font,
      unitsPerEm: font.unitsPerEm,
      hasGlyph: codePointSet(table.glyphs),
      advances: (text) => shaper.advances(text),
    });
  }
  return fonts;
}

/** Each face's file, read once (by path): the bytes loadFonts and glyphCoverage work from. Throws on an unreadable file. */
export function readFontFiles(faces: readonly FontFace[]): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  for (const face of faces) {
    if (files.has(face.file)) continue;
    const read = readRegularFile(face.file, MAX_FONT_BYTES);
    if (!read.ok) throw new Error(`${face.file}: ${read.message}`);
    files.set(face.file, read.bytes);
  }
  return files;
}

/** fontkit's Font for a face, its shaping remembered (see fontkit-memo.ts). */
function parseFace(face: FontFace, bytes: Uint8Array): Font {
  const parsed = fontkit().create(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length));
  if (!isSingleFont(parsed)) {
    throw new Error(`${face.file}: is a font collection; give a single TTF or OTF face`);
  }
  memoizeLayout(parsed);
  return parsed;
}

/** A fontkit Font that pdfkit draws and subsets itself: its subsets remembered, its layout from the table where it covers the text. */
function fontkitFace(font: Font, shaper: ReturnType<typeof tableShaperFor>): Font {
  memoizeSubsets(font);
  font.layout = layoutFromTable(font.getGlyph.bind(font), shaper, font.layout);
  return font;
}

/**
 * fontkit, required when a face first needs it and not at start-up. CommonJS,
 * as pdfkit's own require of it in outputs/pdf/, so that both share one
 * instance and it loads once.
 */
function fontkit(): typeof import('fontkit') {
  return createRequire(import.meta.url)('fontkit') as typeof import('fontkit');
}

function isSingleFont(parsed: ReturnType<typeof import('fontkit').create>): parsed is Font {
  return typeof (parsed as Partial<Font>).layout === 'function';
}
