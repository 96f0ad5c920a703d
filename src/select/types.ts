import type { Cv, Entry, EntryKind } from '../normalize/types.js';
import type { SectionSpec } from '../layout/types.js';

/** What the user asked for on the command line, on top of the layout's own selection. */
export interface SelectionFlags {
  sections?: readonly string[];
  excludeSections?: readonly string[];
  tags?: readonly string[];
}

/** A section as one variant prints it: its entries already filtered and in cv.yaml order. */
export interface SelectedSection {
  readonly id: string;
  /** The heading to print (the layout may rename a section). */
  readonly title: string;
  readonly kind: EntryKind;
  readonly spec: SectionSpec;
  readonly entries: readonly Entry[];
}

/** The content of one variant, in print order, after layout rules, flags and tags. */
export interface Selected {
  readonly cv: Cv;
  readonly sections: readonly SelectedSection[];
}

/** One thing the fit step left out, for stderr and the manifest. */
export interface Dropped {
  readonly what: 'section' | 'entry' | 'highlight';
  readonly section: string;
  readonly entry?: string;
  readonly highlight?: string;
}

/**
 * Why a section of cv.yaml is not in a variant: the layout has no item for it,
 * the layout's selection or a flag excludes it, or every entry was filtered
 * out (no entries at all, no `selected` publication, none since `sinceYear`,
 * none with a wanted tag).
 */
export type OmitReason = 'not-in-layout' | 'excluded' | 'no-entries' | 'none-selected' | 'none-since-year' | 'none-tagged';

/** A section of cv.yaml a variant leaves out before fitting, for stderr and the manifest. */
export interface Omitted {
  readonly section: string;
  readonly reason: OmitReason;
}

/** Content to print, or why the selection is impossible. */
export type SelectResult =
  /** `omitted` lists, in cv.yaml order, every section of cv.yaml that is not in `selected`. */
  | { ok: true; selected: Selected; omitted: Omitted[] }
  /** Unknown section ids or tags: a usage error (exit 2) listing the valid ones. */
  | { ok: false; message: string };
