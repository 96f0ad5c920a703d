import { Located } from '../located.js';
import { showPath, Tracked } from '../tracked.js';
import type { MapProblem } from '../tracked.js';
import type { ImportSource } from '../import-types.js';
import { parseJsonWithOffsets } from './parse-json.js';
import { jsonResumeToRawCv } from './to-raw-cv.js';

/**
 * JSON Resume (v1.0.0) as a CV source. Whatever the mapping did not take is
 * a warning at its key in the .json, so nothing is dropped silently.
 */
export const jsonResumeSource: ImportSource = {
  id: 'jsonresume',
  detect: (text) => /^\s*\{/.test(text) && /"(basics|work)"\s*:/.test(text),
  read(text, path) {
    const at = new Located(path, text);
    const parsed = parseJsonWithOffsets(text);
    if (!parsed.ok) {
      for (const e of parsed.errors) at.error(e.offset, e.message);
      return { ok: false, diagnostics: at.diagnostics };
    }
    if (parsed.value === null || typeof parsed.value !== 'object' || Array.isArray(parsed.value)) {
      at.error(0, 'a JSON Resume is a JSON object with basics, work, education...');
      return { ok: false, diagnostics: at.diagnostics };
    }
    const tracked = new Tracked(parsed.value);
    const problems: MapProblem[] = [];
    const raw = jsonResumeToRawCv(tracked, problems);
    for (const p of problems) (p.severity === 'error' ? at.error.bind(at) : at.warn.bind(at))(parsed.offsetOf(p.path), p.message);
    if (raw === undefined) return { ok: false, diagnostics: at.diagnostics };
    for (const p of tracked.untaken()) at.warn(parsed.offsetOf(p), `${showPath(p)} has no place in cv.yaml; not imported`);
    return { ok: true, raw, diagnostics: at.diagnostics };
  },
};
