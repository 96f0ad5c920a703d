/**
 * Everything a command may touch in the outside world, passed in so that
 * commands stay testable and main.ts remains the only place that reads
 * process state.
 */
export interface CliContext {
  out(text: string): void;
  err(text: string): void;
  /** Whether diagnostics (stderr) may carry colour: a TTY and NO_COLOR unset. */
  color: boolean;
  env: Readonly<Record<string, string | undefined>>;
  setExitCode(code: number): void;
  /** Resolves on the first Ctrl-C (SIGINT) or SIGTERM, which then no longer end the process by themselves (`--watch`). */
  untilInterrupted(): Promise<void>;
}

/** Exit codes from DESIGN.md; 70 (EX_SOFTWARE) marks our own bugs. */
export const EXIT = { ok: 0, invalid: 1, usage: 2, cannotFit: 3, io: 4, internal: 70 } as const;
