import { closeSync, openSync, readSync, statSync } from 'node:fs';

import { MAX_FONT_BYTES } from '../fonts/types.js';

/** What is wrong with a font file, and whether it is an I/O failure (exit 4) rather than a wrong file (exit 1). */
export interface FontFileProblem {
  message: string;
  io: boolean;
}

/**
 * Checks a layout's font file before anything parses it: it must be a
 * regular file (never a FIFO or a device, which would hang a read), of a
 * sane size, and start like a single TrueType or OpenType face. Only the
 * first four bytes are read.
 */
export function fontFileProblem(path: string): FontFileProblem | undefined {
  let size: number;
  try {
    const st = statSync(path);
    if (st.isDirectory()) return { message: 'is a directory, not a font file', io: true };
    if (!st.isFile()) return { message: `is not a regular file (${st.isFIFO() ? 'a named pipe' : st.isSocket() ? 'a socket' : 'a device'})`, io: true };
    size = st.size;
  } catch {
    return { message: 'not found', io: true };
  }
  if (size === 0) return { message: 'is empty', io: false };
  if (size > MAX_FONT_BYTES) return { message: `file is too large (${size} bytes; the limit is ${MAX_FONT_BYTES})`, io: true };
  const head = Buffer.alloc(4);
  try {
    const fd = openSync(path, 'r');
    try {
      readSync(fd, head, 0, 4, 0);
    } finally {
      closeSync(fd);
    }
  } catch {
    return { message: 'cannot be read', io: true };
  }
  const tag = head.toString('latin1');
  if (head.readUInt32BE(0) === 0x00010000 || tag === 'OTTO' || tag === 'true') return undefined;
  if (tag === 'ttcf') return { message: 'is a font collection; give a single TTF or OTF face', io: false };
  if (tag === 'wOFF' || tag === 'wOF2') return { message: 'is a WOFF web font; give the TTF or OTF file', io: false };
  return { message: 'is not a font (neither TrueType nor OpenType)', io: false };
}
