import { closeSync, constants, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, normalize, relative } from 'node:path';
import { track, untrack } from './live-files.js';
import { randomHex } from '../common/crypto.js';

/** One file of a build, by its path relative to the output folder. */
export interface OutFile {
  name: string;
  bytes: Uint8Array | string;
}

/** The journal of a set being put in place: present only between the commit point and the last rename. */
export const JOURNAL = '.cv-commit.json';
const TEMP = /^\..+\.cv-[0-9a-f]{16}\.tmp$/;

/**
 * A temporary file beside `path`, created exclusively under a name no one can
 * guess (O_EXCL also means a planted symlink is never followed), written and
 * flushed to disk. Tracked until renamed, so a signal handler can remove it.
 */
function writeTemp(path: string, bytes: Uint8Array | string): string {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = join(dirname(path), `.${basename(path)}.cv-${randomHex(8)}.tmp`);
  const fd = openSync(tmp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o644);
  track(tmp);
  try {
    writeSync(fd, typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  return tmp;
}

/** Writes one file (an import's cv.yaml, an export) so that it is either the old file or the whole new one. */
export function writeFileAtomic(path: string, bytes: Uint8Array | string): void {
  const tmp = writeTemp(path, bytes);
  try {
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  } finally {
    untrack(tmp);
  }
}

/**
 * Replaces a set of files and their manifest in `dir` so that a reader never
 * finds a manifest that does not describe the files beside it:
 *
 * 1. every file, the manifest too, goes to its own temporary file;
 * 2. a journal naming each rename is written (the commit point);
 * 3. the old manifest is removed, the files are renamed into place, the
 *    manifest last, and the journal is removed.
 *
 * A failure before the commit point removes every temporary file and leaves
 * the old set as it was. A build killed after it leaves the journal, and the
 * next writer (or `cv verify`) finishes the renames: see {@link recover}.
 * Callers hold the folder's lock.
 */
export function replaceSet(dir: string, files: readonly OutFile[], manifest: OutFile): void {
  mkdirSync(dir, { recursive: true });
  const staged: [string, string][] = [];
  const temps: string[] = [];
  try {
    for (const f of [...files, manifest]) {
      temps.push(writeTemp(join(dir, f.name), f.bytes));
      staged.push([relative(dir, temps[temps.length - 1]!), f.name]);
    }
    temps.push(writeTemp(join(dir, JOURNAL), `${JSON.stringify(staged)}\n`));
    renameSync(temps[temps.length - 1]!, join(dir, JOURNAL));
    untrack(temps.pop()!);
  } catch (e) {
    for (const tmp of temps) {
      rmSync(tmp, { force: true });
      untrack(tmp);
    }
    throw e;
  }
  rmSync(join(dir, manifest.name), { force: true });
  finish(dir, staged);
}

/** Renames what is still staged, the manifest last, then drops the journal. Safe to run twice. */
function finish(dir: string, staged: readonly [string, string][]): void {
  for (const [tmp, name] of staged) {
    const from = join(dir, tmp);
    if (existsSync(from)) renameSync(from, join(dir, name));
    untrack(from);
  }
  rmSync(join(dir, JOURNAL), { force: true });
}

/**
 * After a crash: completes a set whose journal was committed, and removes
 * the temporary files a killed build left. Callers hold the folder's lock,
 * so no live build owns any of those files. Returns what it did, for `cv verify`.
 */
export function recover(dir: string): { finished: boolean; removed: string[] } {
  let finished = false;
  const journal = join(dir, JOURNAL);
  if (existsSync(journal)) {
    let staged: [string, string][] | undefined;
    try {
      staged = JSON.parse(readFileSync(journal, 'utf8')) as [string, string][];
    } catch {
      staged = undefined; // torn journal: it never was committed (it is renamed into place whole)
    }
    // Only renames this writer could have journaled: a temporary file to a name, both inside `dir`.
    if (staged && !(Array.isArray(staged) && staged.every(isOurRename))) staged = undefined;
    if (staged) {
      finish(dir, staged);
      finished = true;
    } else rmSync(journal, { force: true });
  }
  const removed: string[] = [];
  const sweep = (folder: string) => {
    let names: string[];
    try {
      names = readdirSync(folder);
    } catch {
      return;
    }
    for (const n of names) {
      if (!TEMP.test(n)) continue;
      rmSync(join(folder, n), { force: true });
      removed.push(relative(dir, join(folder, n)));
    }
  };
  sweep(dir);
  return { finished, removed };
}

function inside(p: unknown): p is string {
  return typeof p === 'string' && p !== '' && !isAbsolute(p) && !normalize(p).split(/[\\/]/).includes('..');
}

function isOurRename(e: unknown): boolean {
  return Array.isArray(e) && e.length === 2 && inside(e[0]) && inside(e[1]) && TEMP.test(basename(e[0] as string));
}
