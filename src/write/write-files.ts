import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Writes every file of a build so that a failure never leaves a broken or
 * half-written file where a good one was: first each file goes to a
 * temporary name beside its target, and only when all of them are written are
 * they renamed into place, the manifest last. The temporary names are fixed
 * (no randomness, no pid): builds of one folder are not run concurrently.
 */
export function writeFiles(files: readonly { path: string; bytes: Uint8Array | string }[]): void {
  const staged: { tmp: string; path: string }[] = [];
  try {
    for (const { path, bytes } of files) {
      mkdirSync(dirname(path), { recursive: true });
      const tmp = join(dirname(path), `.${basename(path)}.tmp`);
      staged.push({ tmp, path });
      writeFileSync(tmp, bytes);
    }
  } catch (e) {
    for (const { tmp } of staged) rmSync(tmp, { force: true });
    throw e;
  }
  for (const { tmp, path } of staged) renameSync(tmp, path);
}
