import { createRequire } from 'node:module';
import type { Font, GlyphRun } from 'fontkit';
import type { FontFace } from './types.js';
import { MAX_FONT_BYTES, type LoadedFonts, type LoadedFont } from './types.js';
import { readRegularFile } from '../common/read-regular-file.js';
import { codePointSet } from './coverage.js';
import { tableShaperFor, widthTableFor } from './width-table/cache.js';
import { layoutFromTable } from './width-table/layout-from-table.js';

/**
 * Parses the bundled faces once per build so that measuring never touches the
 * file system again. Throws on an unreadable file, a font collection or a
 * duplicate id: the faces come from the layout and are bundled, so any of
 * these is a packaging bug or an I/O failure for the caller to report.
 */
export function loadFonts(faces: readonly FontFace[], files: ReadonlyMap<string, Uint8Array> = readFontFiles(faces)): LoadedFonts {
  const fonts = new Map<string, LoadedFont>();
  for (const face of faces) {
    if (fonts.has(face.id)) throw new Error(`font id '${face.id}' is registered twice`);
    const read = files.get(face.file)!;
    const bytes = Buffer.from(read.buffer, read.byteOffset, read.length);
    const parsed = fontkit().create(bytes);
    if (!isSingleFont(parsed)) {
      throw new Error(`${face.file}: is a font collection; give a single TTF or OTF face`);
    }
    memoizeLayout(parsed);
    memoizeSubsets(parsed);
    const shaper = tableShaperFor(bytes);
    parsed.layout = layoutFromTable(parsed, shaper, parsed.layout);
    const hasGlyph = codePointSet(widthTableFor(bytes).glyphs);
    fonts.set(face.id, {
      id: face.id,
      file: face.file,
      font: parsed,
      unitsPerEm: parsed.unitsPerEm,
      hasGlyph,
      advances: (text) => shaper.shape(text)?.map((g) => g.xAdvance),
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

/**
 * fontkit, required when the first face is parsed and not at start-up (a command
 * that measures nothing never loads it). CommonJS, as pdfkit's own require of it
 * in outputs/pdf/, so that both share one instance and it loads once.
 */
function fontkit(): typeof import('fontkit') {
  return createRequire(import.meta.url)('fontkit') as typeof import('fontkit');
}

function isSingleFont(parsed: ReturnType<typeof import('fontkit').create>): parsed is Font {
  return typeof (parsed as Partial<Font>).layout === 'function';
}

/**
 * Shaping what the width table does not cover is the costliest step of a build, and every word is shaped twice:
 * once when the Measurer measures it and once when pdfkit draws it with the
 * same font object. Remembering each result halves that. pdfkit scales the
 * positions of the run it gets in place, so every caller receives its own
 * copy of the positions; the remembered run is never handed out.
 */
function memoizeLayout(font: Font): void {
  const shape = font.layout.bind(font);
  const runs = new Map<string, GlyphRun>();
  font.layout = (text, features) => {
    const key = features === undefined ? text : `${JSON.stringify(features)}\u0000${text}`;
    let run = runs.get(key);
    if (!run) {
      run = shape(text, features);
      runs.set(key, run);
    }
    return copyRun(run);
  };
}

function copyRun(run: GlyphRun): GlyphRun {
  const copy = Object.assign(Object.create(Object.getPrototypeOf(run) as object) as GlyphRun, run);
  copy.positions = run.positions.map((p) => Object.assign(Object.create(Object.getPrototypeOf(p) as object) as typeof p, p));
  return copy;
}

/** Subsets kept per face: a few variants, a few saves apart. */
const SUBSET_LIMIT = 16;

/**
 * A subset's bytes depend only on the glyphs it holds, in order: a rebuild
 * that draws the same glyphs with this face (a watch after a one-word save,
 * most of the time) embeds the bytes made last time instead of encoding the
 * face again. pdfkit reads nothing else of the subset after encoding it.
 */
function memoizeSubsets(font: Font): void {
  const create = font.createSubset.bind(font);
  const encoded = new Map<string, Uint8Array>();
  font.createSubset = () => {
    const subset = create();
    const encode = subset.encode.bind(subset);
    subset.encode = () => {
      const key = subset.glyphs.join(',');
      let bytes = encoded.get(key);
      if (!bytes) {
        bytes = encode();
        if (encoded.size >= SUBSET_LIMIT) encoded.clear();
        encoded.set(key, bytes);
      }
      return bytes;
    };
    return subset;
  };
}
