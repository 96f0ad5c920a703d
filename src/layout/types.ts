/** A layout variant after `extends` is merged and defaults are applied: what select/ and compose/ read. */

export interface SectionSpec {
  id: string;
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
  /** In order; '*' stands for every section not named elsewhere. */
  sections: (SectionSpec | '*')[];
  publications: { groups: PublicationGroupSpec[]; numbering: 'descending' | 'ascending'; legend: boolean };
  /** Author lists longer than `max` are cut, keeping the owner (see compose/authors-cut.ts). */
  authors: { max: number };
  selection: SelectionSpec;
  fit: { maxPages?: number; minFontSize: number; minSpacing: number; drop: string[]; allowDrop: boolean };
}
