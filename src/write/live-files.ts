import { rmSync } from 'node:fs';

/**
 * Temporary files and locks this process holds right now, so that whoever
 * handles SIGINT or SIGTERM (the CLI, the only place that touches process
 * state) can remove them before the process ends: see {@link releaseAll}.
 */
const live = new Set<string>();

export function track(path: string): void {
  live.add(path);
}

export function untrack(path: string): void {
  live.delete(path);
}

/** Removes every temporary file and lock still held. Synchronous, so a signal handler can call it and exit. */
export function releaseAll(): void {
  for (const path of live) rmSync(path, { force: true });
  live.clear();
}
