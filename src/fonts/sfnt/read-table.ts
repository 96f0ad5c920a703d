import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

/**
 * One table of a font file, read alone: the header, the table directory and
 * the table, a few KB instead of the whole file (cv validate needs only each
 * face's cmap). undefined when the file is not a regular file of at most
 * `limit` bytes, cannot be read, or its directory is one tableDirectory
 * (read-sfnt.ts) would refuse; the caller then reads the whole file, which
 * says what is wrong.
 */
export function readFontTable(path: string, tag: string, limit: number): Uint8Array | undefined {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch {
    return undefined;
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile() || stat.size > limit || stat.size < 12) return undefined;
    const head = readAt(fd, 0, 12);
    const count = head === undefined ? 0 : (head[4]! << 8) | head[5]!;
    if (head === undefined || 12 + count * 16 > stat.size) return undefined;
    const directory = readAt(fd, 12, count * 16);
    if (directory === undefined) return undefined;
    const entries = new DataView(directory.buffer, directory.byteOffset, directory.byteLength);
    let found: { offset: number; length: number } | undefined;
    for (let i = 0; i < count; i++) {
      const offset = entries.getUint32(i * 16 + 8);
      const length = entries.getUint32(i * 16 + 12);
      if (offset + length > stat.size) return undefined; // tableDirectory refuses such a file
      if (String.fromCharCode(...directory.subarray(i * 16, i * 16 + 4)) === tag) found = { offset, length }; // the last, as tableDirectory keeps
    }
    return found && readAt(fd, found.offset, found.length);
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}

function readAt(fd: number, position: number, length: number): Uint8Array | undefined {
  const bytes = new Uint8Array(length);
  let got = 0;
  while (got < length) {
    const n = readSync(fd, bytes, got, length - got, position + got);
    if (n === 0) return undefined;
    got += n;
  }
  return bytes;
}
