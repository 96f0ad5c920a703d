import type { SourceDoc } from '../../load/types.js';
import type { ValidateCvResult } from '../../validate/index.js';

/**
 * A validated cv.yaml with the .bib files its publication sections name read
 * in, for `cv build` and `cv validate` alike: errors in a .bib make the CV
 * invalid, as errors in cv.yaml do. The texts of the .bib files are added to
 * `sources` so their diagnostics print with their lines. The BibTeX parser
 * is loaded only for a CV that names a .bib (it costs half a second). The
 * path of every .bib named, read or not, goes to `files` (`--watch` follows them).
 */
export async function withBibtexSources(result: ValidateCvResult, doc: SourceDoc, sources: Map<string, string>, files: string[] = []): Promise<ValidateCvResult> {
  if (!result.ok || !result.cv.sections.some((s) => s.kind === 'publication' && s.bibtex !== undefined)) return result;
  const { expandBibtexSections } = await import('./expand-sections.js');
  const locate = (pointer: string) => {
    const loc = doc.locations.get(pointer);
    const span = loc?.key ?? loc?.value;
    return span === undefined ? undefined : { line: span.line, col: span.col };
  };
  const expanded = expandBibtexSections(result.cv, doc.path, locate);
  for (const [path, text] of expanded.sources) sources.set(path, text);
  files.push(...expanded.files);
  const diagnostics = [...result.diagnostics, ...expanded.diagnostics];
  if (expanded.diagnostics.some((d) => d.severity === 'error')) return { ok: false, diagnostics };
  return { ok: true, cv: expanded.raw, diagnostics };
}
