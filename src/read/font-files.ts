import { closeSync, openSync, readSync, statSync } from 'node:fs';

/** Larger than any font a CV needs (a full CJK face is about 20 MB); refused before reading. */
export const MAX_FONT_BYTES = 64 * 1024 * 1024;

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
    if (st.isDirectory()) return { message: 'is a folder, not a font file', io: false };
    if (!st.isFile()) return { message: 'is not a regular file', io: true };
    size = st.size;
  } catch {
    return { message: 'not found', io: true };
  }
  if (size === 0) return { message: 'is empty', io: false };
  if (size > MAX_FONT_BYTES) return { message: `is too large (${size} bytes; the limit is ${MAX_FONT_BYTES})`, io: false };
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
  return { message: 'is not a TrueType or OpenType font', io: false };
}
