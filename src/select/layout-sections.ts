import type { Cv, Section } from '../normalize/types.js';
import type { Layout, SectionSpec } from '../layout/types.js';

/** A section of cv.yaml and the layout item that places it. */
export interface PlacedSection {
  spec: SectionSpec;
  section: Section;
}

/**
 * The layout's sections in print order. An `id` item takes that section; a
 * `kind` item takes every section of that kind (cv.yaml order) that no `id`
 * item and no earlier `kind` item takes; '*' takes every section left. So a
 * layout written by kind fits a CV with any section ids, and a section is
 * printed at most once.
 */
export function placeSections(cv: Cv, layout: Layout): PlacedSection[] {
  const taken = new Set(layout.sections.flatMap((s) => (s !== '*' && s.id !== undefined ? [s.id] : [])));
  const byKind = new Map<SectionSpec, Section[]>();
  for (const s of layout.sections) {
    if (s === '*' || s.kind === undefined) continue;
    const mine = cv.sections.filter((sec) => sec.kind === s.kind && !taken.has(sec.id));
    mine.forEach((sec) => taken.add(sec.id));
    byKind.set(s, mine);
  }
  const byId = new Map(cv.sections.map((s) => [s.id, s]));
  return layout.sections.flatMap((s): PlacedSection[] => {
    if (s === '*') {
      return cv.sections.filter((sec) => !taken.has(sec.id)).map((section) => ({ spec: { id: section.id, style: 'full', selectedOnly: false }, section }));
    }
    if (s.kind !== undefined) return (byKind.get(s) ?? []).map((section) => ({ spec: s, section }));
    const section = byId.get(s.id as string);
    return section ? [{ spec: s, section }] : [];
  });
}

/** Whether a `fit.drop` item means this section: its id, or its kind. */
export function dropItemMeans(item: string, section: { id: string; kind: string }): boolean {
  return item === section.id || item === section.kind;
}
