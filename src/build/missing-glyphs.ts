import type { Diagnostic } from '../diagnostics/types.js';
import type { Layout } from '../layout/types.js';
import type { PageTree } from '../typeset/types.js';
import { basename } from 'node:path';

function codePoint(cp: number): string {
  return `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * A character no font of the layout can draw is an error at each place it
 * appears in cv.yaml, never a blank box. The typesetter knows which
 * characters; the source text tells where they are.
 */
export function missingGlyphDiagnostics(missing: PageTree['missingGlyphs'], file: string, text: string, layout: Layout): Diagnostic[] {
  const fonts = [layout.fonts.regular, ...layout.fonts.fallbacks].map((f) => basename(f)).join(', ');
  const out: Diagnostic[] = [];
  const seen = new Set<string>();
  for (const m of missing) {
    if (seen.has(m.char)) continue;
    seen.add(m.char);
    const message = `character '${m.char}' (${codePoint(m.codePoint)}) is in none of the fonts of layout '${layout.id}' (${fonts}); add a font that has it to 'fonts.fallbacks' in ${basename(layout.file)}`;
    const lines = text.split('\n');
    let found = false;
    lines.forEach((line, i) => {
      const col = line.indexOf(m.char);
      if (col < 0 || line.trimStart().startsWith('#')) return;
      found = true;
      out.push({ file, line: i + 1, col: col + 1, severity: 'error', message });
    });
    if (!found) out.push({ file, line: 1, col: 1, severity: 'error', message });
  }
  return out;
}
