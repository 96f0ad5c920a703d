import type { Entry } from '../normalize/types.js';
import type { SectionSpec } from '../layout/types.js';
import { compareLowestFirst, entryRecency } from './rank.js';

/** Untagged content always stays; tagged content stays when one of its tags is wanted. */
export function tagsMeet(tags: readonly string[], wanted: readonly string[] | undefined): boolean {
  if (!wanted || wanted.length === 0 || tags.length === 0) return true;
  return tags.some((t) => wanted.includes(t));
}

/** Applies tags to an entry and its highlights; returns a new entry, or undefined when it is left out. */
export function filterEntry(entry: Entry, wanted: readonly string[] | undefined): Entry | undefined {
  if (!tagsMeet(entry.tags, wanted)) return undefined;
  const highlights = entry.highlights.filter((h) => tagsMeet(h.tags, wanted));
  return highlights.length === entry.highlights.length ? entry : { ...entry, highlights };
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
