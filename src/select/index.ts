import type { Cv } from '../normalize/types.js';
import type { Layout } from '../layout/types.js';
import type { Omitted, SelectedSection, SelectionFlags, SelectResult } from './types.js';
import { applySectionSpec, filterEntry, filterHighlights, whyEmpty } from './filters.js';
import { placeSections } from './layout-sections.js';

export { dropItemMeans, placeSections } from './layout-sections.js';

function allTags(cv: Cv): Set<string> {
  const tags = new Set<string>();
  for (const s of cv.sections) {
    for (const e of s.entries) {
      e.tags.forEach((t) => tags.add(t));
      for (const h of [...e.highlights, ...e.highlights.flatMap((h) => h.highlights)]) h.tags.forEach((t) => tags.add(t));
    }
  }
  for (const h of [...cv.summary.bullets, ...cv.summary.bullets.flatMap((h) => h.highlights)]) h.tags.forEach((t) => tags.add(t));
  return tags;
}

function unknown(kind: string, asked: readonly string[] | undefined, valid: Set<string>): string | undefined {
  const bad = (asked ?? []).filter((x) => !valid.has(x));
  if (bad.length === 0) return undefined;
  const list = [...valid].sort().join(', ') || '(none)';
  return `unknown ${kind}${bad.length > 1 ? 's' : ''} ${bad.map((b) => `'${b}'`).join(', ')}; valid ${kind}s: ${list}`;
}

/**
 * Refuses section ids and tags that cv.yaml does not have, listing the valid
 * ones: a usage error, checked once per build rather than once per layout.
 */
export function checkSelection(cv: Cv, flags: SelectionFlags): string | undefined {
  const sectionIds = new Set(cv.sections.map((s) => s.id));
  const tags = allTags(cv);
  return (
    unknown('section', flags.sections, sectionIds) ??
    unknown('section', flags.excludeSections, sectionIds) ??
    unknown('tag', flags.tags, tags)
  );
}

/** Section ids a layout names that cv.yaml does not have: the layout skips them. */
export function missingSections(cv: Cv, layout: Layout): string[] {
  const ids = new Set(cv.sections.map((s) => s.id));
  return layout.sections.flatMap((s) => (s !== '*' && s.id !== undefined && !ids.has(s.id) ? [s.id] : []));
}

/**
 * Picks what one variant prints: the layout's sections and options, then the
 * layout's own selection, then the command-line flags. Never reorders entries.
 * Sections the layout names but cv.yaml lacks are skipped (see missingSections);
 * every section of cv.yaml that is not printed is listed in `omitted`, with why.
 */
export function selectContent(cv: Cv, layout: Layout, flags: SelectionFlags): SelectResult {
  const problem = checkSelection(cv, flags);
  if (problem) return { ok: false, message: problem };

  const only = flags.sections ?? layout.selection.sections;
  const exclude = new Set([...(layout.selection.excludeSections ?? []), ...(flags.excludeSections ?? [])]);
  const wanted = flags.tags ?? layout.selection.tags;

  const sections: SelectedSection[] = [];
  const why = new Map<string, Omitted['reason']>();
  const placed = placeSections(cv, layout);
  for (const { spec, section } of placed) {
    if ((only && !only.includes(section.id)) || exclude.has(section.id)) {
      why.set(section.id, 'excluded');
      continue;
    }
    const entries = applySectionSpec(section.entries, spec).flatMap((e) => filterEntry(e, wanted) ?? []);
    if (entries.length === 0) {
      why.set(section.id, whyEmpty(section.entries, spec));
      continue;
    }
    sections.push({ id: section.id, title: spec.title ?? section.title, kind: section.kind, spec, entries });
  }
  const placedIds = new Set(placed.map((p) => p.section.id));
  const omitted = cv.sections.flatMap((s): Omitted[] => {
    const reason = placedIds.has(s.id) ? why.get(s.id) : 'not-in-layout';
    return reason ? [{ section: s.id, reason }] : [];
  });
  const summary = { ...cv.summary, bullets: filterHighlights(cv.summary.bullets, wanted) };
  return { ok: true, selected: { cv: { ...cv, summary }, sections }, omitted };
}
