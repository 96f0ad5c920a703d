import type { FormatId } from './formats.js';

/** A layout variant after `extends` is merged and defaults are applied: what select/ and compose/ read. */

/**
 * One item of a layout's section list: a section of cv.yaml by `id`, or
 * every section of a `kind` (in cv.yaml order) that no `id` item names.
 */
export interface SectionSpec {
  /** Exactly one of id and kind is set. */
  id?: string;
  kind?: string;
  title?: string;
  style: 'full' | 'compact';
  limit?: number;
  selectedOnly: boolean;
  sinceYear?: number;
  tags?: string[];
}

/** A group of the publication list: which types it takes and its label prefix. */
export interface PublicationGroupSpec {
  title: string;
  types: string[];
  prefix: string;
}

/** A selection a layout carries, the same as the build flags. */
export interface SelectionSpec {
  sections?: string[];
  excludeSections?: string[];
  tags?: string[];
}

/** One variant after `extends` and defaults: what select/ and compose/ read. */
export interface Layout {
  id: string;
  /** The layout file, for messages. */
  file: string;
  title: string;
  output: string;
  /** The files this variant writes, in build order; 'pdf' unless the layout says more. */
  formats: FormatId[];
  /** How the content is arranged: a look of src/compose/looks/. */
  look: string;
  page: {
    size: 'letter' | 'a4';
    width: number;
    height: number;
    margins: { top: number; right: number; bottom: number; left: number };
  };
  /** Absolute paths. */
  fonts: {
    regular: string;
    italic: string;
    bold: string;
    boldItalic: string;
    semibold: string;
    fallbacks: string[];
  };
  type: { size: number; leading: number; name: number; heading: number; small: number };
  colors: { text: string; accent: string; muted: string; rule: string };
  paragraph: { align: 'justify' | 'left'; hyphenate: boolean };
  header: { summary: boolean; runningHeader: boolean; pageNumbers: boolean };
  /** In order; '*' stands for every section no other item takes (by id or kind). */
  sections: (SectionSpec | '*')[];
  publications: { groups: PublicationGroupSpec[]; numbering: 'descending' | 'ascending'; legend: boolean };
  /** Author lists longer than `max` are cut, keeping the owner (see compose/authors-cut.ts). */
  authors: { max: number };
  selection: SelectionSpec;
  fit: FitPolicy;
}

/**
 * How a variant meets its page budget: tighter spacing in `spacingSteps`
 * equal steps down to `minSpacing`, then smaller type in `scaleSteps` steps
 * down to `minFontSize`, then (when allowed) leaving out what `drop` ranks
 * lowest. Data, so that a layout tunes it and the typesetter's fit step reads it.
 */
export interface FitPolicy {
  maxPages?: number;
  minFontSize: number;
  minSpacing: number;
  spacingSteps: number;
  scaleSteps: number;
  drop: string[];
  allowDrop: boolean;
}
