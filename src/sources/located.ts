import { LineIndex } from '../diagnostics/line-index.js';
import type { Diagnostic } from '../diagnostics/types.js';

/**
 * Collects the diagnostics of one source file, placed by offset, so that an
 * importer says where a problem is without working out lines itself.
 */
export class Located {
  readonly diagnostics: Diagnostic[] = [];
  readonly #lines: LineIndex;

  constructor(readonly file: string, text: string) {
    this.#lines = new LineIndex(text);
  }

  warn(offset: number, message: string): void {
    this.#add(offset, 'warning', message);
  }

  error(offset: number, message: string): void {
    this.#add(offset, 'error', message);
  }

  /** A problem of the whole file (line 0: no snippet to show). */
  fileError(message: string): void {
    this.diagnostics.push({ file: this.file, line: 0, col: 0, severity: 'error', message });
  }

  get failed(): boolean {
    return this.diagnostics.some((d) => d.severity === 'error');
  }

  #add(offset: number, severity: Diagnostic['severity'], message: string): void {
    const { line, col } = this.#lines.position(offset);
    this.diagnostics.push({ file: this.file, line, col, severity, message });
  }
}
