import type { Diagnostic } from '../diagnostics/types.js';
import type { Layout } from '../layout/types.js';
import type { Cv } from '../normalize/types.js';
import { missingSections } from '../select/index.js';
import { outputName } from './variant-settings.js';

/** Warnings and errors about the chosen layouts against this CV, before anything is typeset. */
export function checkLayouts(cv: Cv, layouts: readonly Layout[], input: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  const byOutput = new Map<string, Layout>();
  for (const layout of layouts) {
    const missing = missingSections(cv, layout);
    if (missing.length > 0) {
      const list = missing.map((id) => `'${id}'`).join(', ');
      out.push({ file: layout.file, line: 0, col: 0, severity: 'warning', message: `${input} has no section ${list}; layout '${layout.id}' skips ${missing.length > 1 ? 'them' : 'it'}` });
    }
    const name = outputName(layout, cv);
    const other = byOutput.get(name);
    if (other) out.push({ file: layout.file, line: 0, col: 0, severity: 'error', message: `layout '${layout.id}' writes '${name}', as layout '${other.id}' does; give one of them another 'output'` });
    byOutput.set(name, layout);
  }
  return out;
}
