import type { Entry, Highlight } from '../normalize/types.js';
import type { SectionSpec } from '../layout/types.js';
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

/** The section options of a layout: selected-only, since-year, tags, limit. */
export function applySectionSpec(entries: readonly Entry[], spec: SectionSpec): Entry[] {
  let kept = entries.filter((e) => {
    if (spec.selectedOnly && e.kind === 'publication' && !e.selected) return false;
    if (spec.sinceYear !== undefined) {
      const recency = entryRecency(e);
      if (recency !== 0 && Math.floor(recency / 10_000) < spec.sinceYear) return false;
    }
    return true;
  });
  kept = kept.flatMap((e) => filterEntry(e, spec.tags) ?? []);
  if (spec.limit !== undefined && kept.length > spec.limit) {
    // Keep the highest ranked, print them in their original order.
    const ranked = kept.map((entry, index) => ({ entry, index })).sort(compareLowestFirst);
    const keep = new Set(ranked.slice(ranked.length - spec.limit).map((r) => r.entry));
    kept = kept.filter((e) => keep.has(e));
  }
  return kept;
}
