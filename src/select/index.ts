import type { Cv, Section } from '../normalize/types.js';
import type { Layout, SectionSpec } from '../layout/types.js';
import type { SelectedSection, SelectionFlags, SelectResult } from './types.js';
import { applySectionSpec, filterEntry, filterHighlights } from './filters.js';

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

/** The layout's sections in print order, with '*' expanded to every section not named elsewhere. */
function orderedSpecs(cv: Cv, layout: Layout): { spec: SectionSpec; section: Section }[] {
  const named = new Set(layout.sections.flatMap((s) => (s === '*' ? [] : [s.id])));
  const byId = new Map(cv.sections.map((s) => [s.id, s]));
  return layout.sections.flatMap((s): { spec: SectionSpec; section: Section }[] => {
    if (s === '*') {
      return cv.sections
        .filter((sec) => !named.has(sec.id))
        .map((section) => ({ spec: { id: section.id, style: 'full', selectedOnly: false }, section }));
    }
    const section = byId.get(s.id);
    return section ? [{ spec: s, section }] : [];
  });
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
  return layout.sections.flatMap((s) => (s !== '*' && !ids.has(s.id) ? [s.id] : []));
}

/**
 * Picks what one variant prints: the layout's sections and options, then the
 * layout's own selection, then the command-line flags. Never reorders entries.
 * Sections the layout names but cv.yaml lacks are skipped (see missingSections).
 */
export function selectContent(cv: Cv, layout: Layout, flags: SelectionFlags): SelectResult {
  const problem = checkSelection(cv, flags);
  if (problem) return { ok: false, message: problem };

  const only = flags.sections ?? layout.selection.sections;
  const exclude = new Set([...(layout.selection.excludeSections ?? []), ...(flags.excludeSections ?? [])]);
  const wanted = flags.tags ?? layout.selection.tags;

  const sections: SelectedSection[] = [];
  for (const { spec, section } of orderedSpecs(cv, layout)) {
    if (only && !only.includes(section.id)) continue;
    if (exclude.has(section.id)) continue;
    const entries = applySectionSpec(section.entries, spec).flatMap((e) => filterEntry(e, wanted) ?? []);
    if (entries.length === 0) continue;
    sections.push({ id: section.id, title: spec.title ?? section.title, kind: section.kind, spec, entries });
  }
  const summary = { ...cv.summary, bullets: filterHighlights(cv.summary.bullets, wanted) };
  return { ok: true, selected: { cv: { ...cv, summary }, sections } };
}
