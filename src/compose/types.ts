/**
 * DocTree: what the document says and how it should look, before anything is
 * measured. Sizes are in PDF points. Produced by compose/, consumed by typeset/.
 */

import type { FontId } from '../fonts/types.js';

export type { FontId } from '../fonts/types.js';

/** A stretch of text in one style. Text never contains line breaks. */
export interface Run {
  text: string;
  font: FontId;
  size: number;
  /** '#rrggbb' */
  color: string;
  /** http(s), mailto or tel target: the run becomes a link annotation and a Link structure element. */
  link?: string;
  /** Never hyphenate or break inside this run except at its spaces (names, emails). URLs set `url`. */
  noHyphenate?: boolean;
  /** Keep on one line: no break at its spaces (a person's name). Only for short runs. */
  noBreak?: boolean;
  /** A URL or DOI shown as text: may break after / . - _ ? & and, failing that, anywhere. */
  url?: boolean;
  /**
   * The run is a date or a date range ("Aug 2018 – Present"): the ISO form of
   * each date in it, in order, '' for "Present". Read by the non-PDF outputs
   * (HTML `<time>`); the PDF ignores it.
   */
  dates?: string[];
}

/** The structure role a block gets in the tagged PDF. */
export type BlockRole = 'H1' | 'H2' | 'H3' | 'P';

/** Running text or a heading: runs broken into lines of the given alignment and leading. */
export interface Paragraph {
  kind: 'paragraph';
  role: BlockRole;
  runs: Run[];
  align: 'left' | 'right' | 'center' | 'justify';
  /** Baseline-to-baseline distance in points. */
  leading: number;
  /** Extra left inset of every line, and of lines after the first (hanging indent). */
  indent: number;
  hangingIndent?: number;
  hyphenate: boolean;
  spaceBefore: number;
  spaceAfter: number;
  /** Keep on the same page as the next block (headings). */
  keepWithNext?: boolean;
  /** Keep on the same page as the block before it (a legend under its list). */
  keepWithPrevious?: boolean;
}

/**
 * An entry's header line: text on the left that may wrap, and a short text on
 * the right (dates, place) set flush right on the left side's first line.
 * Reading order: left, then right.
 */
export interface Row {
  kind: 'row';
  left: Paragraph;
  right: Paragraph;
  /** Minimum space between the two sides. */
  gap: number;
  spaceBefore: number;
  spaceAfter: number;
  keepWithNext?: boolean;
}

/** One bullet or numbered item: its label and the blocks beside it. */
export interface ListItem {
  /** Bullet or label such as "[C3]", set in the label column. */
  label: Run[];
  body: Block[];
}

/** Bullets or a numbered publication list; each item is kept on one page where it fits. */
export interface List {
  kind: 'list';
  items: ListItem[];
  /** Left inset of the label column from the current left edge. */
  indent: number;
  /** Width of the label column; bodies start at indent + labelWidth. */
  labelWidth: number;
  /** Align labels flush right inside their column (numbered publication lists). */
  labelAlign: 'left' | 'right';
  /** The labels number the items ("[C6]"): an ordered list in HTML. Bullets leave it unset. */
  numbered?: boolean;
  itemGap: number;
  spaceBefore: number;
  spaceAfter: number;
}

/** A horizontal hairline (under a heading); an artifact in the tagged PDF. */
export interface Rule {
  kind: 'rule';
  thickness: number;
  color: string;
  spaceBefore: number;
  spaceAfter: number;
}

/** Vertical space; dropped when it would fall at the top of a page. */
export interface Spacer {
  kind: 'spacer';
  height: number;
}

/** A section or an entry: a structure element and, maybe, a bookmark and a keep-together unit. */
export interface Group {
  kind: 'group';
  role: 'Sect' | 'Div';
  /** Keep on one page when it fits on a page at all; split cleanly when it does not. */
  keepTogether: boolean;
  bookmark?: { title: string; level: number };
  children: Block[];
  spaceBefore: number;
  spaceAfter: number;
  /**
   * The group may split across pages after child `from` begins (between its
   * bullets or lines) when keeping it whole would end a page early; the page that
   * continues it opens with `cue` (the title and "(continued)", drawn as an
   * artifact: it repeats what was read).
   */
  continued?: { cue: Run[]; from: number };
}

/** Everything a document body is made of. */
export type Block = Paragraph | Row | List | Rule | Spacer | Group;

/** What the PDF says about itself: its info dictionary and language. */
export interface DocMeta {
  title: string;
  author: string;
  subject: string;
  keywords: string[];
  /** BCP 47, e.g. "en-US". */
  lang: string;
}

/** Running header (from page 2) and footer page numbers "n / N". */
export interface PageFurniture {
  header?: { runs: Run[]; fromPage: number; rule?: { thickness: number; color: string } };
  pageNumbers?: { font: FontId; size: number; color: string };
}

/** compose/ -> typeset/: the whole document, unmeasured. */
export interface DocTree {
  meta: DocMeta;
  furniture: PageFurniture;
  body: Block[];
}
