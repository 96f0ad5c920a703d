import type { Diagnostic } from '../diagnostics/types.js';
import type { InputPaths, ValidateResult } from './types.js';
import { loadSource, readHead } from '../load/index.js';
import { validateLayout } from '../validate/index.js';
import { checkLayouts, missingGlyphDiagnostics, missingGlyphs } from '../plan/index.js';
import { readInputs } from '../read/index.js';
import { createSession, type Session } from '../session/index.js';

/** A layout file announces itself by its schema line, as cv.yaml does. */
const LAYOUT_SCHEMA_LINE = /^#.*\$schema=\S*layout\.schema\.json/;

/**
 * `cv validate`: the reading phase of `cv build` and the checks that need no
 * typesetting (layouts against the CV, a glyph for every character in every
 * layout's fonts), so that a file validates exactly when it builds. A layout
 * file given instead of a CV is checked against layout.schema.json.
 */
export async function validateFile(paths: InputPaths, session: Session = createSession()): Promise<ValidateResult> {
  const layout = validateLayoutFile(paths.input);
  if (layout) return layout;
  const read = await readInputs({ ...paths, layouts: [] }, session);
  if (!read.ok) return { code: read.code === 4 ? 4 : 1, diagnostics: read.diagnostics, sources: read.sources };
  const { inputs } = read;
  // What a layout leaves out is said by `cv build`; here only what would stop it.
  const layoutErrors = checkLayouts(inputs.cv, inputs.variants.map((v) => v.layout), paths.input).filter((d) => d.severity === 'error');
  const diagnostics: Diagnostic[] = [...read.diagnostics, ...layoutErrors];
  const reported = new Set<string>();
  for (const variant of inputs.variants) {
    const fresh = missingGlyphs(inputs.cv, variant, {}).filter((m) => !reported.has(m.char));
    fresh.forEach((m) => reported.add(m.char));
    diagnostics.push(...missingGlyphDiagnostics(fresh, inputs.doc, variant.layout));
  }
  if (diagnostics.some((d) => d.severity === 'error')) return { code: 1, diagnostics, sources: read.sources };
  const sections = inputs.raw.sections;
  const entries = sections.reduce((n, s) => n + (Array.isArray(s.entries) ? s.entries.length : 0), 0);
  return { code: 0, diagnostics, sources: read.sources, summary: { kind: 'cv', sections: sections.length, entries } };
}

function validateLayoutFile(path: string): ValidateResult | undefined {
  if (!LAYOUT_SCHEMA_LINE.test(readHead(path))) return undefined;
  const loaded = loadSource(path);
  if (!loaded.ok) return { code: loaded.kind === 'io' ? 4 : 1, diagnostics: loaded.diagnostics, sources: new Map([[path, loaded.text]]) };
  const result = validateLayout(loaded.doc);
  const sources = new Map([[path, loaded.doc.text]]);
  return result.ok ? { code: 0, diagnostics: result.diagnostics, sources, summary: { kind: 'layout' } } : { code: 1, diagnostics: result.diagnostics, sources };
}
