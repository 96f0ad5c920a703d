import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

/** The bytes of a file, or why it cannot be read, in words for the person who named it. */
export type ReadResult = { ok: true; bytes: Uint8Array } | { ok: false; message: string };

/**
 * Reads a file only after checking, on the open descriptor, that it is a
 * regular file no larger than `limit`: a FIFO, a device such as /dev/zero or
 * /dev/urandom, or a directory is refused at once instead of read forever.
 * O_NONBLOCK keeps the open itself from waiting for a FIFO's writer; it has
 * no effect on a regular file. At most `limit` bytes are ever read, even
 * from a file that grows while it is read.
 */
export function readRegularFile(path: string, limit: number): ReadResult {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    return { ok: false, message: `cannot read file: ${describeIoError(e)}` };
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) return { ok: false, message: 'cannot read file: is a directory' };
    if (!stat.isFile()) return { ok: false, message: `cannot read file: not a regular file (${kindOf(stat)})` };
    if (stat.size > limit) return { ok: false, message: `file is too large (${stat.size} bytes; the limit is ${limit})` };
    const bytes = new Uint8Array(stat.size);
    let got = 0;
    while (got < bytes.length) {
      const n = readSync(fd, bytes, got, bytes.length - got, null);
      if (n === 0) break;
      got += n;
    }
    return { ok: true, bytes: got === bytes.length ? bytes : bytes.subarray(0, got) };
  } catch (e) {
    return { ok: false, message: `cannot read file: ${describeIoError(e)}` };
  } finally {
    closeSync(fd);
  }
}

function kindOf(stat: ReturnType<typeof fstatSync>): string {
  if (stat.isFIFO()) return 'a named pipe';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  if (stat.isSocket()) return 'a socket';
  return 'not a file';
}

/** ENOENT -> "no such file": the words a CV owner knows. */
export function describeIoError(e: unknown): string {
  const code = typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : '';
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ELOOP':
      return 'too many symbolic links';
    default:
      return e instanceof Error ? e.message : String(e);
  }
}
