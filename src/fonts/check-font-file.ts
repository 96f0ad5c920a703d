import { create } from 'fontkit';
import { readRegularFile } from '../load/read-regular-file.js';

/** Bigger font files are refused before they are read: a large CJK face is about 20 MB. */
export const MAX_FONT_BYTES = 64 * 1024 * 1024;

/** Why a file a layout names cannot be used as a font: exit 4 when it cannot be read, 1 when it is not a font. */
export interface FontFileProblem {
  code: 1 | 4;
  message: string;
}

/**
 * Checks a font file the way a build will use it, before anything is
 * typeset: a regular file under the size limit (a FIFO or a device is never
 * read), then a single TrueType or OpenType face that fontkit can parse.
 */
export function fontFileProblem(path: string): FontFileProblem | undefined {
  const read = readRegularFile(path, MAX_FONT_BYTES);
  if (!read.ok) return { code: 4, message: `font file '${path}': ${read.message}` };
  if (read.bytes.length === 0) return { code: 1, message: `font file '${path}' is empty` };
  try {
    const parsed = create(Buffer.from(read.bytes.buffer, read.bytes.byteOffset, read.bytes.length));
    if (typeof (parsed as { layout?: unknown }).layout !== 'function') return { code: 1, message: `font file '${path}' is a font collection; give a single TTF or OTF face` };
  } catch (e) {
    return { code: 1, message: `font file '${path}' is not a font fontkit can read (${e instanceof Error ? e.message : String(e)})` };
  }
  return undefined;
}
