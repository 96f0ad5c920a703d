/** A user-facing problem at a place in a source file. Errors are values until the CLI prints them. */
export interface Diagnostic {
  file: string;
  /** 1-based line and column of the offending node (the key for unknown keys, else the value). */
  line: number;
  col: number;
  severity: 'error' | 'warning';
  message: string;
}
