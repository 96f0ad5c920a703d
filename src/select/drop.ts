import type { Entry } from '../normalize/types.js';
import type { Layout } from '../layout/types.js';
import type { Dropped, Selected, SelectedSection } from './types.js';
import { compareLowestFirst } from './rank.js';
import { dropItemMeans } from './layout-sections.js';

/** One thing the fit step may leave out. */
export interface DropCandidate {
  readonly section: string;
  readonly entry: Entry;
  /** Index into entry.highlights, or undefined for the whole entry. */
  readonly highlight?: number;
}

function plain(markup: readonly { text: string }[]): string {
  const text = markup.map((s) => s.text).join('');
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/**
 * Everything the layout allows the fit step to drop, lowest rank first:
 * sections in the layout's `fit.drop` order (an item names a section id or a
 * kind; a section ranks by the first item that means it; of the sections one
 * kind means, the last in cv.yaml first); inside a section, highlights
 * before whole entries, and lower priority, then older, first. The order is
 * total, so dropping the first k candidates is deterministic.
 */
export function dropCandidates(selected: Selected, layout: Layout): DropCandidate[] {
  if (!layout.fit.allowDrop) return [];
  const taken = new Set<string>();
  // A kind item can mean several sections; the later one in cv.yaml goes first (a CV puts what
  // matters first: employment before service), so a resume never loses its first section for its last.
  return layout.fit.drop.flatMap((item) => selected.sections.filter((s) => dropItemMeans(item, s) && !taken.has(s.id)).reverse().flatMap((section) => {
    taken.add(section.id);
    const id = section.id;
    const ranked = section.entries.map((entry, index) => ({ entry, index })).sort(compareLowestFirst);
    const highlights = ranked.flatMap(({ entry }) =>
      entry.highlights.map((_, h) => ({ section: id, entry, highlight: entry.highlights.length - 1 - h })),
    );
    return [...highlights, ...ranked.map(({ entry }) => ({ section: id, entry }))];
  }));
}

/** Leaves out the given candidates; returns new content and the report of what went. */
export function applyDrops(selected: Selected, drops: readonly DropCandidate[]): { selected: Selected; dropped: Dropped[] } {
  const gone = new Set(drops.filter((d) => d.highlight === undefined).map((d) => d.entry));
  const goneHighlights = new Map<Entry, Set<number>>();
  for (const d of drops) {
    if (d.highlight === undefined || gone.has(d.entry)) continue;
    const set = goneHighlights.get(d.entry) ?? new Set<number>();
    set.add(d.highlight);
    goneHighlights.set(d.entry, set);
  }
  const dropped: Dropped[] = [];
  const sections: SelectedSection[] = [];
  for (const section of selected.sections) {
    const entries = section.entries.flatMap((e): Entry[] => {
      if (gone.has(e)) return [];
      const hs = goneHighlights.get(e);
      if (!hs) return [e];
      for (const i of [...hs].sort((a, b) => a - b)) {
        const h = e.highlights[i];
        if (h) dropped.push({ what: 'highlight', section: section.id, entry: e.label, highlight: plain(h.text) });
      }
      return [{ ...e, highlights: e.highlights.filter((_, i) => !hs.has(i)) }];
    });
    if (entries.length === 0) {
      dropped.push({ what: 'section', section: section.id });
      continue;
    }
    for (const e of section.entries) if (gone.has(e)) dropped.push({ what: 'entry', section: section.id, entry: e.label });
    sections.push({ ...section, entries });
  }
  return { selected: { ...selected, sections }, dropped };
}
