import { loadPublishedSchema } from './published-schema.js';

let kinds: string[] | undefined;

/**
 * Every section kind cv.yaml may use, read from cv.schema.json (each
 * `...Section` definition's `kind` const), so a layout's `kind:` item is
 * checked against the same list the CV is and a new kind needs no second edit.
 */
export function sectionKinds(): readonly string[] {
  if (kinds === undefined) {
    const defs = (loadPublishedSchema('cv.schema.json') as { definitions?: Record<string, { properties?: { kind?: { const?: unknown } } }> }).definitions ?? {};
    kinds = Object.values(defs).flatMap((d) => (typeof d.properties?.kind?.const === 'string' ? [d.properties.kind.const] : []));
  }
  return kinds;
}
