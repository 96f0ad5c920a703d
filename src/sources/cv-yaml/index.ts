import { loadSource } from '../../load/index.js';
import { validateCv } from '../../validate/index.js';
import type { CvSource } from '../types.js';

/** cv.yaml: YAML with positions, checked against cv.schema.json and the semantic rules. */
export const cvYamlSource: CvSource = {
  id: 'cv-yaml',
  accepts: (path) => /\.ya?ml$/i.test(path),
  read(path) {
    const loaded = loadSource(path);
    if (!loaded.ok) return { ok: false, code: loaded.kind === 'io' ? 4 : 1, diagnostics: loaded.diagnostics, text: loaded.text };
    const checked = validateCv(loaded.doc);
    if (!checked.ok) return { ok: false, code: 1, diagnostics: checked.diagnostics, text: loaded.doc.text };
    return { ok: true, raw: checked.cv, doc: loaded.doc, diagnostics: checked.diagnostics };
  },
};
