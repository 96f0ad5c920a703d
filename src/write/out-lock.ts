import { closeSync, openSync, readFileSync, rmSync, statSync, writeSync, constants } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { track, untrack } from './live-files.js';

/** The lock file in an output folder while a build writes into it. */
export const LOCK_FILE = '.cv.lock';

/** Who holds a lock: enough to tell a live build from one that was killed. */
interface Holder {
  pid: number;
  host: string;
}

export type LockResult = { ok: true; release: () => void } | { ok: false; message: string };

export interface LockOptions {
  /** How long to wait for another build to finish writing (ms). */
  waitMs?: number;
  /** This process, as the lock records it (tests pass others). */
  pid?: number;
  host?: string;
}

const POLL_MS = 50;
/** A lock file that never got its contents (its writer died at once) is stale after this long. */
const UNREADABLE_STALE_MS = 5000;

/**
 * Takes `dir/.cv.lock`, created exclusively and holding pid and host name.
 * A second build waits up to `waitMs` for it, then gives up with a message.
 * A lock whose process is gone (same host, pid not running) was left by a
 * killed build: it is taken over, by renaming it away first so that two
 * builds that both see it stale cannot both take it.
 */
export async function acquireOutLock(dir: string, options: LockOptions = {}): Promise<LockResult> {
  const path = join(dir, LOCK_FILE);
  const me: Holder = { pid: options.pid ?? process.pid, host: options.host ?? hostname() };
  const deadline = Date.now() + (options.waitMs ?? 5000);
  for (;;) {
    const taken = tryCreate(path, me);
    if (taken === 'ok') {
      track(path);
      // Holding the lock, any breaker is one a killed build left (one breaking now would find this lock alive).
      rmSync(`${path}.break`, { force: true });
      return {
        ok: true,
        release: () => {
          rmSync(path, { force: true });
          untrack(path);
        },
      };
    }
    if (taken !== 'exists') return { ok: false, message: `cannot lock the output folder '${dir}': ${taken}` };
    const holder = readHolder(path);
    if (isStale(path, holder, me.host)) {
      if (breakStaleLock(path, me)) continue;
      // Another build is breaking it: wait for that as for a lock.
    }
    if (Date.now() >= deadline) {
      const who = holder ? `process ${holder.pid} on ${holder.host}` : 'another process';
      return { ok: false, message: `another cv build (${who}) is writing to '${dir}'; try again when it has finished, or remove ${path} if no build is running` };
    }
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
}

function tryCreate(path: string, me: Holder): 'ok' | 'exists' | string {
  let fd: number;
  try {
    fd = openSync(path, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o644);
  } catch (e) {
    const code = (e as { code?: string }).code;
    return code === 'EEXIST' ? 'exists' : (e as Error).message;
  }
  try {
    writeSync(fd, `${JSON.stringify(me)}\n`);
  } finally {
    closeSync(fd);
  }
  return 'ok';
}

function readHolder(path: string): Holder | undefined {
  try {
    const v = JSON.parse(readFileSync(path, 'utf8')) as Partial<Holder>;
    return typeof v.pid === 'number' && typeof v.host === 'string' ? { pid: v.pid, host: v.host } : undefined;
  } catch {
    return undefined;
  }
}

function isStale(path: string, holder: Holder | undefined, host: string): boolean {
  if (holder === undefined) {
    try {
      return Date.now() - statSync(path).mtimeMs > UNREADABLE_STALE_MS;
    } catch {
      return false; // gone meanwhile: try again
    }
  }
  // A lock from another host cannot be checked from here: it is left alone.
  return holder.host === host && !isRunning(holder.pid);
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as { code?: string }).code === 'EPERM';
  }
}

/**
 * Removes a stale lock; false when another build is breaking it. Two builds
 * may find it stale at once; only the one that creates `.cv.lock.break`
 * exclusively (holding its pid and host, as a lock does) looks again and
 * removes it, so a fresh lock another build has just taken is never removed
 * by mistake. A breaker whose build is gone (killed while breaking) is
 * removed at once, like a stale lock.
 */
function breakStaleLock(path: string, me: Holder): boolean {
  const breaker = `${path}.break`;
  if (tryCreate(breaker, me) !== 'ok') {
    if (!isStale(breaker, readHolder(breaker), me.host)) return false;
    rmSync(breaker, { force: true });
    if (tryCreate(breaker, me) !== 'ok') return false;
  }
  try {
    if (isStale(path, readHolder(path), me.host)) rmSync(path, { force: true });
  } finally {
    rmSync(breaker, { force: true });
  }
  return true;
}
