import type { Diagnostic, Problem } from '../diagnostics/types.js';
import type { FontFace } from '../fonts/types.js';
import type { Hyphenator } from '../hyphenation/index.js';
import type { Layout } from '../layout/types.js';
import type { SourceDoc } from '../load/types.js';
import type { Cv } from '../normalize/types.js';
import type { Fonts, Session } from '../session/index.js';
import type { RawCv } from '../validate/raw-cv.js';
import { fontFaces } from '../compose/faces.js';
import { normalizeCv } from '../normalize/index.js';
import { sourceFor, type CvSource } from '../sources/index.js';
import { readHead } from '../load/index.js';
import { loadLayouts } from './layouts.js';

export { loadLayouts, type LayoutsResult } from './layouts.js';
export { watchFiles, type FileWatcher } from './watch-files.js';

/** Which files to read. Paths as the user gave them; folders absolute. */
export interface ReadRequest {
  input: string;
  /** The bundled layouts. */
  layoutsDir: string;
  /** The user's own layouts, which add variants and replace bundled ones by id. */
  userLayoutsDir?: string;
  fontsDir: string;
  /** Layout ids to read fonts and patterns for; empty means every layout. */
  layouts: readonly string[];
  /** The sources to pick from (tests swap in their own); default: every source cv knows. */
  sources?: readonly CvSource[];
}

/** One layout with everything it needs from the disk, so planning never touches it. */
export interface VariantInputs {
  layout: Layout;
  faces: FontFace[];
  fonts: Fonts;
  /** undefined when the layout does not hyphenate or the language has no patterns. */
  hyphenator?: Hyphenator;
  /** The files this variant depends on besides the CV: its layout file, the ones it extends, its fonts. */
  files: string[];
}

/** Everything a build reads, checked: the CV and the chosen layouts with their fonts and patterns. */
export interface Inputs {
  /** The CV's source with positions, for diagnostics found later (e.g. a glyph no font has). */
  doc: SourceDoc;
  raw: RawCv;
  cv: Cv;
  /** Every layout, by id (for messages that list them). */
  layouts: ReadonlyMap<string, Layout>;
  /** The chosen layouts, in order. */
  variants: VariantInputs[];
  /** Every file read: the CV, a .bib it names (also one that could not be read), every layout file, the chosen layouts' fonts (what `--watch` watches). */
  files: string[];
}

/** `files`, also on failure: what was read before the reading stopped, so a watch knows what to wait for. */
export type ReadResult =
  | { ok: true; inputs: Inputs; diagnostics: Diagnostic[]; sources: Map<string, string> }
  | { ok: false; code: 1 | 2 | 4; diagnostics: Diagnostic[]; problems: Problem[]; sources: Map<string, string>; files: string[] };

/**
 * The reading phase: every file a build depends on (the CV, the layouts, their
 * fonts, hyphenation patterns) is read and checked here and nowhere else, for
 * `cv build` and `cv validate` alike. Everything wrong with the inputs comes
 * back at once; fonts are parsed through the session, which keeps them.
 */
export async function readInputs(req: ReadRequest, session: Session): Promise<ReadResult> {
  const read = await sourceFor(req.input, readHead(req.input), req.sources).read(req.input);
  const sources = new Map(read.sources);
  const diagnostics: Diagnostic[] = [...read.diagnostics];
  const named = [...new Set([...read.sources.keys(), ...(read.files ?? [])])];
  const fail = (code: 1 | 2 | 4, problems: Problem[] = []): ReadResult => ({ ok: false, code, diagnostics, problems, sources, files: [...new Set([...named, ...sources.keys()])] });
  if (!read.ok && read.code === 4) return fail(4);

  const layouts = loadLayouts(req.layoutsDir, req.fontsDir, req.userLayoutsDir);
  for (const [k, v] of layouts.sources) sources.set(k, v);
  if (!layouts.ok) diagnostics.push(...layouts.diagnostics);
  if (!read.ok || !layouts.ok) return fail(!layouts.ok && layouts.code === 4 ? 4 : 1);

  const all = layouts.layouts;
  const unknown = req.layouts.filter((id) => !all.has(id));
  if (unknown.length > 0) {
    return fail(2, [{ code: 2, message: `unknown layout ${unknown.map((u) => `'${u}'`).join(', ')}; valid layouts: ${[...all.keys()].join(', ')}` }]);
  }
  const cv = normalizeCv(read.raw);
  const chosen = req.layouts.length > 0 ? [...new Set(req.layouts)].map((id) => all.get(id) as Layout) : [...all.values()];
  const variants: VariantInputs[] = [];
  for (const layout of chosen) {
    const faces = fontFaces(layout);
    let fonts: Fonts;
    try {
      fonts = session.fonts(faces);
    } catch (e) {
      // The files passed the header check but do not parse: a damaged font.
      diagnostics.push({ file: layout.file, line: 0, col: 0, severity: 'error', message: `a font of layout '${layout.id}' cannot be read: ${(e as Error).message}` });
      continue;
    }
    const hyphenator = layout.paragraph.hyphenate ? session.hyphenator(cv.lang) : undefined;
    if (layout.paragraph.hyphenate && !hyphenator) {
      diagnostics.push({ file: layout.file, line: 0, col: 0, severity: 'warning', message: `no hyphenation patterns for language '${cv.lang}'; layout '${layout.id}' is set without hyphenation` });
    }
    const files = [...(layouts.chains.get(layout.id) ?? [layout.file]), ...new Set(faces.map((f) => f.file))];
    variants.push({ layout, faces, fonts, ...(hyphenator ? { hyphenator } : {}), files });
  }
  if (diagnostics.some((d) => d.severity === 'error')) return fail(1);
  const files = [...new Set([...named, ...sources.keys(), ...variants.flatMap((v) => v.files)])];
  return { ok: true, inputs: { doc: read.doc, raw: read.raw, cv, layouts: all, variants, files }, diagnostics, sources };
}
