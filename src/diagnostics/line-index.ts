/**
 * Maps UTF-16 offsets in a text to 1-based line and column. Built once per
 * file so that turning a million node offsets into positions stays linear
 * instead of rescanning the text for each one.
 */
export class LineIndex {
  readonly #starts: number[];

  constructor(readonly text: string) {
    const starts = [0];
    let i = text.indexOf('\n');
    while (i !== -1) {
      starts.push(i + 1);
      i = text.indexOf('\n', i + 1);
    }
    this.#starts = starts;
  }

  /** Line and column (both 1-based) of `offset`, clamped to the text. */
  position(offset: number): { line: number; col: number; offset: number } {
    const at = Math.max(0, Math.min(offset, this.text.length));
    const starts = this.#starts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= at) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, col: at - (starts[lo] ?? 0) + 1, offset: at };
  }

  /** Number of lines (a final line break starts one more, empty line). */
  get lineCount(): number {
    return this.#starts.length;
  }

  /** The text of 1-based `line` without its line break, or '' past the end. */
  lineText(line: number): string {
    const start = this.#starts[line - 1];
    if (start === undefined) return '';
    const next = this.#starts[line];
    let end = next === undefined ? this.text.length : next - 1;
    if (end > start && this.text.charCodeAt(end - 1) === 13) end--;
    return this.text.slice(start, end);
  }
}
