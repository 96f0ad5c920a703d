import { loadSource } from '../../load/index.js';
import { validateCv } from '../../validate/index.js';
import { withBibtexSources } from '../bibtex/with-bibtex-sources.js';
import type { CvSource } from '../types.js';

/**
 * cv.yaml: YAML with positions, checked against cv.schema.json and the
 * semantic rules, with the .bib files its publication sections name read in
 * (their problems located in the .bib).
 */
export const cvYamlSource: CvSource = {
  id: 'cv-yaml',
  accepts: (path) => /\.ya?ml$/i.test(path),
  async read(path) {
    const loaded = loadSource(path);
    if (!loaded.ok) return { ok: false, code: loaded.kind === 'io' ? 4 : 1, diagnostics: loaded.diagnostics, sources: new Map([[path, loaded.text]]) };
    const sources = new Map([[path, loaded.doc.text]]);
    const files: string[] = [];
    const checked = await withBibtexSources(validateCv(loaded.doc), loaded.doc, sources, files);
    if (!checked.ok) return { ok: false, code: 1, diagnostics: checked.diagnostics, sources, files };
    return { ok: true, raw: checked.cv, doc: loaded.doc, diagnostics: checked.diagnostics, sources, files };
  },
};
