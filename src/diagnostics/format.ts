import { controlPictures } from '../common/control-pictures.js';
import { LineIndex } from './line-index.js';
import { charWidth } from './text-width.js';
import type { Diagnostic } from './types.js';

/** Colour escapes, or none; the CLI decides (TTY and NO_COLOR), this module never looks. */
export interface FormatOptions {
  color?: boolean;
}

const MAX_SHOWN = 100;
let cachedIndex: LineIndex | null = null;

function indexFor(text: string): LineIndex {
  if (cachedIndex === null || cachedIndex.text !== text) cachedIndex = new LineIndex(text);
  return cachedIndex;
}

/**
 * Renders one diagnostic the way compilers do, so editors and terminals turn
 * `file:line:col` into a link and the caret shows the exact spot:
 *
 *     cv.yaml:42:7: error: 'end' (2017-03) is before 'start' (2017-08)
 *        42 |       end: 2017-03
 *           |       ^
 *
 * The caret line copies the tabs of the source line and counts wide
 * characters as two columns, so it lines up in a terminal. A diagnostic with
 * line 0 concerns the whole file (e.g. it cannot be read) and has no snippet.
 */
export function formatDiagnostic(d: Diagnostic, sourceText: string, options: FormatOptions = {}): string {
  const paint = painter(options.color === true);
  // A message may quote the input (a link it refuses): shown, like the source line, with nothing that drives the terminal.
  const file = controlPictures(d.file);
  const where = d.line > 0 ? `${file}:${d.line}:${d.col}` : file;
  const label = d.severity === 'error' ? paint('1;31', 'error') : paint('1;33', 'warning');
  const head = `${paint('1', `${where}:`)} ${label}: ${paint('1', controlPictures(d.message))}`;
  const index = indexFor(sourceText);
  if (d.line <= 0 || d.line > index.lineCount) return head;
  // Cut first, then picture (one character for one): a 4 MiB line of NULs is not all replaced.
  const cut = window(index.lineText(d.line), d.col);
  const shown = controlPictures(cut.shown);
  const { caretAt } = cut;
  const gutter = String(d.line).padStart(5);
  const pad = ' '.repeat(gutter.length);
  const caret = caretPrefix(shown, caretAt);
  return `${head}\n${gutter} | ${shown}\n${pad} | ${caret}${paint('1;32', '^')}`;
}

/** Cuts very long lines (minified YAML, a 10 MB single line) to a window around the column. */
function window(line: string, col: number): { shown: string; caretAt: number } {
  const at = Math.max(0, Math.min(col - 1, line.length));
  if (line.length <= MAX_SHOWN) return { shown: line, caretAt: at };
  const start = Math.max(0, Math.min(at - MAX_SHOWN / 2, line.length - MAX_SHOWN));
  const prefix = start > 0 ? '...' : '';
  const suffix = start + MAX_SHOWN < line.length ? '...' : '';
  return { shown: prefix + line.slice(start, start + MAX_SHOWN) + suffix, caretAt: at - start + prefix.length };
}

/** Whitespace that covers exactly the screen width of `line` up to UTF-16 index `at`. */
function caretPrefix(line: string, at: number): string {
  let out = '';
  for (const ch of line.slice(0, at)) {
    if (ch === '\t') out += '\t';
    else out += ' '.repeat(charWidth(ch));
  }
  return out;
}

function painter(on: boolean): (code: string, text: string) => string {
  return on ? (code, text) => `\u001b[${code}m${text}\u001b[0m` : (_code, text) => text;
}

/** Orders diagnostics by file, line, then column, so output reads top to bottom like the file. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.col - b.col,
  );
}

/** "2 errors, 1 warning": the last line of a run, so a long list still ends with the count. */
export function summarizeDiagnostics(diagnostics: readonly Diagnostic[]): string {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  const parts: string[] = [];
  if (errors > 0) parts.push(`${errors} error${errors === 1 ? '' : 's'}`);
  if (warnings > 0) parts.push(`${warnings} warning${warnings === 1 ? '' : 's'}`);
  return parts.length === 0 ? 'no problems' : parts.join(', ');
}
