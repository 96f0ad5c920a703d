/** A user-facing problem at a place in a source file. Errors are values until the CLI prints them. */
export interface Diagnostic {
  file: string;
  /** 1-based line and column of the offending node (the key for unknown keys, else the value). */
  line: number;
  col: number;
  severity: 'error' | 'warning';
  message: string;
}

/** A failure without a place in a file: a variant that cannot fit, a bad flag value, a folder that cannot be written. */
export interface Problem {
  /** The exit code it calls for: 1 invalid input, 2 bad usage, 3 does not fit, 4 I/O. */
  code: 1 | 2 | 3 | 4;
  message: string;
}
