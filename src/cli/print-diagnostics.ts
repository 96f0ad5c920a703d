import { formatDiagnostic, sortDiagnostics, summarizeDiagnostics } from '../diagnostics/format.js';
import type { Diagnostic } from '../diagnostics/types.js';
import type { CliContext } from './context.js';

/** Prints diagnostics in file order, each with its source line, then the count. */
export function printDiagnostics(ctx: CliContext, diagnostics: readonly Diagnostic[], sourceText: string): void {
  if (diagnostics.length === 0) return;
  for (const d of sortDiagnostics(diagnostics)) ctx.err(`${formatDiagnostic(d, sourceText, { color: ctx.color })}\n`);
  ctx.err(`${summarizeDiagnostics(diagnostics)}\n`);
}
