import { readFileSync } from 'node:fs';
import { create, type Font } from 'fontkit';
import type { FontFace } from '../emit/types.js';
import type { LoadedFonts, LoadedFont } from './types.js';

/**
 * Parses the bundled faces once per build so that measuring never touches the
 * file system again. Throws on an unreadable file, a font collection or a
 * duplicate id: the faces come from the layout and are bundled, so any of
 * these is a packaging bug or an I/O failure for the caller to report.
 */
export function loadFonts(faces: readonly FontFace[]): LoadedFonts {
  const fonts = new Map<string, LoadedFont>();
  for (const face of faces) {
    if (fonts.has(face.id)) throw new Error(`font id '${face.id}' is registered twice`);
    const parsed = create(readFileSync(face.file));
    if (!isSingleFont(parsed)) {
      throw new Error(`${face.file}: is a font collection; give a single TTF or OTF face`);
    }
    fonts.set(face.id, { id: face.id, file: face.file, font: parsed });
  }
  return fonts;
}

function isSingleFont(parsed: ReturnType<typeof create>): parsed is Font {
  return typeof (parsed as Partial<Font>).layout === 'function';
}
