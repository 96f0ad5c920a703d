import { basename } from 'node:path';
import { fallbackLine } from './font-advice.js';
import type { Diagnostic } from '../diagnostics/types.js';
import type { Layout } from '../layout/types.js';
import type { SourceDoc } from '../load/types.js';
import { SourceLocator, stringValues } from '../load/locator.js';
import type { PageTree } from '../typeset/types.js';

function codePoint(cp: number): string {
  return `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * A character no font of the layout can draw is an error at each string of
 * cv.yaml that holds it, never a blank box. The typesetter knows which
 * characters; the source document knows where they are.
 */
export function missingGlyphDiagnostics(missing: PageTree['missingGlyphs'], doc: SourceDoc, layout: Layout): Diagnostic[] {
  if (missing.length === 0) return []; // the usual case: no need to list every string of cv.yaml
  const fonts = [layout.fonts.regular, ...layout.fonts.fallbacks].map((f) => basename(f)).join(', ');
  const values = stringValues(doc.value);
  const locator = new SourceLocator(doc);
  const out: Diagnostic[] = [];
  for (const char of new Set(missing.map((m) => m.char))) {
    const cp = char.codePointAt(0) ?? 0;
    const missingFrom = `character '${char}' (${codePoint(cp)}) is in none of the fonts of layout '${layout.id}' (${fonts})`;
    const message = `${missingFrom}; ${fallbackLine(char, layout.id)}`;
    const holders = values.filter(([, v]) => v.includes(char));
    for (const [pointer] of holders) {
      const at = locator.char(pointer, char);
      out.push({ file: doc.path, line: at.line, col: at.col, severity: 'error', message });
    }
    if (holders.length === 0) {
      // Not in the file: a word cv writes itself, such as a month name or "present" in the CV's language.
      const lang = (doc.value as { lang?: unknown } | null)?.lang;
      const at = typeof lang === 'string' ? locator.at('/lang') : { line: 1, col: 1 };
      const from = typeof lang === 'string' ? `it is in the dates and labels cv writes for lang '${lang}'` : 'it is in the labels cv writes';
      out.push({ file: doc.path, line: at.line, col: at.col, severity: 'error', message: `${missingFrom}: ${from}; ${fallbackLine(char, layout.id)}` });
    }
  }
  return out;
}
