import type { Entry, Highlight } from '../normalize/types.js';
import type { SectionSpec } from '../layout/types.js';
import type { OmitReason } from './types.js';
import { compareLowestFirst, entryRecency } from './rank.js';

/** Untagged content always stays; tagged content stays when one of its tags is wanted. */
export function tagsMeet(tags: readonly string[], wanted: readonly string[] | undefined): boolean {
  if (!wanted || wanted.length === 0 || tags.length === 0) return true;
  return tags.some((t) => wanted.includes(t));
}

/** Applies tags to highlights and their sub-bullets; returns the same array when nothing goes. */
export function filterHighlights(highlights: readonly Highlight[], wanted: readonly string[] | undefined): readonly Highlight[] {
  let changed = false;
  const kept = highlights.flatMap((h): Highlight[] => {
    if (!tagsMeet(h.tags, wanted)) {
      changed = true;
      return [];
    }
    const subs = h.highlights.filter((s) => tagsMeet(s.tags, wanted));
    if (subs.length === h.highlights.length) return [h];
    changed = true;
    return [{ ...h, highlights: subs }];
  });
  return changed ? kept : highlights;
}

/** Applies tags to an entry and its highlights; returns a new entry, or undefined when it is left out. */
export function filterEntry(entry: Entry, wanted: readonly string[] | undefined): Entry | undefined {
  if (!tagsMeet(entry.tags, wanted)) return undefined;
  const highlights = filterHighlights(entry.highlights, wanted);
  return highlights === entry.highlights ? entry : { ...entry, highlights };
}

function keptBySelected(e: Entry, spec: SectionSpec): boolean {
  return !(spec.selectedOnly && e.kind === 'publication' && !e.selected);
}

function keptBySinceYear(e: Entry, spec: SectionSpec): boolean {
  if (spec.sinceYear === undefined) return true;
  const recency = entryRecency(e);
  return recency === 0 || Math.floor(recency / 10_000) >= spec.sinceYear;
}

/** The section options of a layout: selected-only, since-year, tags, limit. */
export function applySectionSpec(entries: readonly Entry[], spec: SectionSpec): Entry[] {
  let kept = entries.filter((e) => keptBySelected(e, spec) && keptBySinceYear(e, spec));
  kept = kept.flatMap((e) => filterEntry(e, spec.tags) ?? []);
  if (spec.limit !== undefined && kept.length > spec.limit) {
    // Keep the highest ranked, print them in their original order.
    const ranked = kept.map((entry, index) => ({ entry, index })).sort(compareLowestFirst);
    const keep = new Set(ranked.slice(ranked.length - spec.limit).map((r) => r.entry));
    kept = kept.filter((e) => keep.has(e));
  }
  return kept;
}

/** Which filter left a placed section without entries, checked in the order the filters apply. */
export function whyEmpty(entries: readonly Entry[], spec: SectionSpec): Exclude<OmitReason, 'not-in-layout' | 'excluded'> {
  if (entries.length === 0) return 'no-entries';
  const selected = entries.filter((e) => keptBySelected(e, spec));
  if (selected.length === 0) return 'none-selected';
  if (!selected.some((e) => keptBySinceYear(e, spec))) return 'none-since-year';
  return 'none-tagged';
}
