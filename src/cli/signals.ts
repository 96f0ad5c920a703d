import { releaseAll } from '../write/live-files.js';

/** Exit statuses a shell reports for a process ended by these signals (128 + number). */
const SIGNAL_EXIT = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;

/** Who stops instead of the process on the next SIGINT or SIGTERM (`cv build --watch`). */
let claimant: (() => void) | undefined;

/**
 * On Ctrl-C, SIGTERM or a closed terminal, removes the temporary files and
 * the output-folder lock this process holds, then exits as the signal would
 * have. It runs when the build yields (common/next-turn.ts); writing is
 * synchronous, so the handler runs between whole steps:
 * before the commit point (temporary files go, the old set stays) or after
 * it (the new set is complete). Only the CLI installs it: library code never
 * touches process state.
 */
export function installSignalCleanup(): void {
  for (const [signal, code] of Object.entries(SIGNAL_EXIT)) {
    process.on(signal, () => {
      const stop = claimant;
      if (stop && signal !== 'SIGHUP') {
        claimant = undefined;
        stop();
        return;
      }
      releaseAll();
      // Said, so that a stopped build is not taken for a finished one (its old outputs are left as they were).
      process.stderr.write(`cv: stopped by ${signal}\n`);
      process.exit(code);
    });
  }
}

/**
 * Resolves on the next SIGINT or SIGTERM, which then ends the caller's loop
 * instead of the process (a watch stops on Ctrl-C as it is meant to). A second
 * signal while it winds down ends the process as above.
 */
export function untilInterrupted(): Promise<void> {
  return new Promise((resolve) => (claimant = resolve));
}
