import { FORMAT_IDS, type FormatId } from '../layout/formats.js';

/** "txt, pdf" -> ['pdf', 'txt'] (build order, no repeats), or the values that name no format. */
export function parseFormats(values: readonly string[]): { ok: true; formats: FormatId[] } | { ok: false; unknown: string[] } {
  const unknown = values.filter((v) => !(FORMAT_IDS as readonly string[]).includes(v));
  if (unknown.length > 0 || values.length === 0) return { ok: false, unknown };
  return { ok: true, formats: FORMAT_IDS.filter((id) => values.includes(id)) };
}
