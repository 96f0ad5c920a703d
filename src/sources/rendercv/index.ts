import { escapePointer } from '../../common/json-pointer.js';
import { parseSource } from '../../load/index.js';
import { Located } from '../located.js';
import { showPath, Tracked } from '../tracked.js';
import type { MapProblem, Path } from '../tracked.js';
import type { ImportSource } from '../import-types.js';
import { renderCvToRawCv } from './to-raw-cv.js';

/** Settings of RenderCV's own renderer: nothing of the CV's content, so one warning each, never silence. */
const DESIGN_KEYS = ['design', 'rendercv_settings', 'settings', 'locale', 'locale_catalog'];

/**
 * RenderCV YAML as a CV source, read with cv's own YAML loader so that every
 * warning points at its line and column in the RenderCV file.
 */
export const renderCvSource: ImportSource = {
  id: 'rendercv',
  detect: (text) => /^cv:\s*$/m.test(text),
  read(text, path) {
    const at = new Located(path, text);
    const loaded = parseSource(path, new TextEncoder().encode(text));
    if (!loaded.ok) return { ok: false, diagnostics: loaded.diagnostics };
    const { doc } = loaded;
    const offsetOf = (p: Path): number => {
      for (let n = p.length; n >= 0; n--) {
        const loc = doc.locations.get(p.slice(0, n).map((s) => `/${escapePointer(String(s))}`).join(''));
        if (loc !== undefined) return (loc.key ?? loc.value).offset;
      }
      return 0;
    };
    /** The scalar's source lines: its first line and the deeper-indented lines that continue it. */
    const slice = (p: Path): string => {
      const loc = doc.locations.get(p.map((s) => `/${escapePointer(String(s))}`).join(''));
      if (loc === undefined) return '';
      const lines = text.slice(loc.value.offset).split('\n');
      const itemIndent = loc.value.col - 3;
      const rest = lines.slice(1);
      const stop = rest.findIndex((l) => l.trim() !== '' && l.length - l.trimStart().length <= itemIndent);
      return [lines[0], ...(stop < 0 ? rest : rest.slice(0, stop))].join('\n');
    };
    const tracked = new Tracked(doc.value);
    const problems: MapProblem[] = [];
    const raw = renderCvToRawCv(tracked, slice, problems);
    for (const key of DESIGN_KEYS) {
      if (tracked.keys([key]).length === 0 && tracked.take([key]) === undefined) continue;
      tracked.skip([key]);
      const what = key === 'locale' || key === 'locale_catalog' ? 'language strings' : 'settings';
      problems.push({ path: [key], severity: 'warning', message: `'${key}' holds RenderCV's own ${what}; cv layouts (layouts/*.yaml) do this job, so it is not imported${key === 'locale' && raw?.lang !== undefined ? ` (its language became lang: ${raw.lang})` : ''}` });
    }
    for (const p of problems) (p.severity === 'error' ? at.error.bind(at) : at.warn.bind(at))(offsetOf(p.path), p.message);
    if (raw === undefined) return { ok: false, diagnostics: at.diagnostics };
    for (const p of tracked.untaken()) at.warn(offsetOf(p), `${showPath(p)} has no place in cv.yaml; not imported`);
    return { ok: true, raw, diagnostics: at.diagnostics };
  },
};
