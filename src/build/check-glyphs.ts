import type { Diagnostic } from '../diagnostics/types.js';
import type { SourceDoc } from '../load/types.js';
import type { RawCv } from '../validate/raw-cv.js';
import { normalizeCv } from '../normalize/index.js';
import { selectContent } from '../select/index.js';
import { composeDocument } from '../compose/index.js';
import { loadLayouts } from './layouts.js';
import { createCoverageCache } from '../fonts/coverage.js';
import { fontFaces, pageSpec } from './variant.js';
import { uncoveredCharacters } from './glyph-coverage.js';
import { missingGlyphDiagnostics } from './missing-glyphs.js';

/**
 * For `cv validate`: the characters of a valid cv.yaml that no font of some
 * layout can draw, as errors at their places, so that validate and build
 * agree. Problems in the layout files themselves are left to `cv build`.
 */
export function checkGlyphs(doc: SourceDoc, raw: RawCv, layoutsDir: string, fontsDir: string): Diagnostic[] {
  const layouts = loadLayouts(layoutsDir, fontsDir);
  if (!layouts.ok) return [];
  const cv = normalizeCv(raw);
  const coverageFor = createCoverageCache();
  const reported = new Set<string>();
  const out: Diagnostic[] = [];
  for (const layout of layouts.layouts.values()) {
    const selection = selectContent(cv, layout, {});
    if (!selection.ok) continue;
    const coverage = coverageFor(fontFaces(layout));
    const doc2 = composeDocument(selection.selected, layout);
    const missing = uncoveredCharacters(doc2, coverage, pageSpec(layout, cv.lang).fallbackFonts).filter((m) => !reported.has(m.char));
    missing.forEach((m) => reported.add(m.char));
    out.push(...missingGlyphDiagnostics(missing, doc, layout));
  }
  return out;
}
