import type { Author } from '../normalize/types.js';

/** An author list as printed: the names shown, whether "…" goes before the owner, and how many are left out. */
export interface CutAuthors {
  shown: Author[];
  /** Index in `shown` before which an ellipsis marks skipped names (the owner, moved up); -1 for none. */
  gapBefore: number;
  hidden: number;
}

/**
 * Shortens a list longer than `max` to its first names, keeping the owner
 * visible: when the owner is beyond the cut, the last kept name gives way to
 * "…, Owner". What was cut is counted for "and N others". A list only one
 * name over `max` is printed whole: "and 1 other" would take the name's room.
 */
export function cutAuthors(authors: readonly Author[], max: number): CutAuthors {
  if (authors.length <= max + 1) return { shown: [...authors], gapBefore: -1, hidden: 0 };
  const head = authors.slice(0, max - 1);
  const owner = authors.findIndex((a) => a.isOwner);
  if (owner < max - 1) return { shown: [...head, authors[max - 1]!], gapBefore: -1, hidden: authors.length - max };
  const shown = [...head.slice(0, max - 1), authors[owner]!];
  return { shown, gapBefore: owner > max - 1 ? shown.length - 1 : -1, hidden: authors.length - shown.length };
}
