/**
 * Outputs exist in memory; here they are put in the output folder under its
 * lock, so that neither a crash nor a second build can leave a torn set.
 * See atomic-files.ts and out-lock.ts.
 */
import { mkdirSync } from 'node:fs';
import { describeIoError } from '../common/read-regular-file.js';
import { acquireOutLock, type LockOptions } from './out-lock.js';
import { recover, replaceSet, type OutFile } from './atomic-files.js';
import { verifyManifest, type VerifyResult } from './verify-manifest.js';
import { previousManifest, removeSuperseded } from './superseded.js';

export { writeFileAtomic, type OutFile } from './atomic-files.js';
export { releaseAll } from './live-files.js';
export { LOCK_FILE } from './out-lock.js';

/** Why a write did not happen, for the caller to report (exit 4). */
export type WriteResult = { ok: true; removed?: string[] } | { ok: false; message: string };

/** Why the output folder cannot be made, as a reason a person can act on (the rest as when a file cannot be read). */
function why(e: unknown): string {
  switch ((e as { code?: string }).code) {
    case 'EEXIST':
    case 'ENOTDIR': return 'a file is in the way of that folder (the path, or a folder on it, is a file)';
    case 'ENOENT': return 'a folder on the path does not exist (a dangling symlink?)';
    default: return describeIoError(e);
  }
}

/** Locks `dir`, finishes any set a killed build left, writes the new set and its manifest, unlocks. */
export async function writeOutputSet(dir: string, files: readonly OutFile[], manifest: OutFile, options: LockOptions = {}): Promise<WriteResult> {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (e) {
    return { ok: false, message: `cannot write to '${dir}': ${why(e)}` };
  }
  const lock = await acquireOutLock(dir, options);
  if (!lock.ok) return lock;
  try {
    recover(dir);
    const before = previousManifest(dir);
    replaceSet(dir, files, manifest);
    const removed = removeSuperseded(dir, before, manifest.bytes);
    return removed.length > 0 ? { ok: true, removed } : { ok: true };
  } catch (e) {
    return { ok: false, message: `cannot write to '${dir}': ${(e as Error).message}` };
  } finally {
    lock.release();
  }
}

/** `cv verify`: under the lock, finish what a killed build left, then check every manifest entry. */
export async function verifyOutputs(dir: string, options: LockOptions = {}): Promise<VerifyResult & { recovered: boolean }> {
  const lock = await acquireOutLock(dir, options);
  if (!lock.ok) return { ok: false, code: 4, problems: [lock.message], recovered: false };
  try {
    const { finished, removed } = recover(dir);
    return { ...verifyManifest(dir), recovered: finished || removed.length > 0 };
  } finally {
    lock.release();
  }
}
