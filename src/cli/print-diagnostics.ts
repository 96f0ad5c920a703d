import { isAbsolute, relative } from 'node:path';
import { formatDiagnostic, sortDiagnostics, summarizeDiagnostics } from '../diagnostics/format.js';
import type { Diagnostic } from '../diagnostics/types.js';
import type { CliContext } from './context.js';

/**
 * Prints diagnostics in file order, each with its source line, then the count.
 * `source` is the one file's text, or the texts of several files by path.
 */
export function printDiagnostics(ctx: CliContext, diagnostics: readonly Diagnostic[], source: string | ReadonlyMap<string, string>): void {
  if (diagnostics.length === 0) return;
  const textOf = (file: string) => (typeof source === 'string' ? source : (source.get(file) ?? ''));
  // Absolute paths under the working folder (the bundled layouts) are shown relative to it.
  const shown = (file: string) => {
    const rel = isAbsolute(file) ? relative(process.cwd(), file) : '';
    return rel && !rel.startsWith('..') ? rel : file;
  };
  for (const d of sortDiagnostics(diagnostics)) ctx.err(`${formatDiagnostic({ ...d, file: shown(d.file) }, textOf(d.file), { color: ctx.color })}\n`);
  ctx.err(`${summarizeDiagnostics(diagnostics)}\n`);
}
