/**
 * Typesetting: DocTree + Measurer + PageSpec -> PageTree. The PageTree is plain
 * data (JSON-serialisable); outputs/pdf/ draws it without making any layout decision.
 * Coordinates are PDF points from the top-left corner of the page; text `y` is
 * the baseline.
 */
import type { FontId } from '../fonts/types.js';
import type { InterwordSpacing } from './paragraph/types.js';

export type { FontMetrics, Measurer } from '../fonts/types.js';

export interface PageSpec {
  width: number;
  height: number;
  margins: { top: number; right: number; bottom: number; left: number };
  /** Faces to try, in order, for a character the run's own face lacks. */
  fallbackFonts: FontId[];
  /** Language for hyphenation patterns, e.g. "en-us"; undefined disables hyphenation. */
  hyphenationLanguage?: string;
  /** Limits of justified spacing for every paragraph; TeX's when absent. */
  spacing?: InterwordSpacing;
  /**
   * Page fill (see paginate): a page may end at most `maxShortfall` points
   * early before an entry that may split is split; the room left is spread
   * over the page's gaps, each growing by at most `gapStretch` of itself.
   */
  fill?: { maxShortfall: number; gapStretch: number };
}

export type StructRole =
  | 'Document' | 'Sect' | 'Div' | 'H1' | 'H2' | 'H3' | 'P'
  | 'L' | 'LI' | 'Lbl' | 'LBody' | 'Link' | 'Span';

/** The logical structure (reading order) of the document; text items point into it by id. */
export interface StructNode {
  id: number;
  role: StructRole;
  /** For Link nodes: the target. */
  href?: string;
  /** For L nodes: the labels number the items (compose's List.numbered); bullets otherwise. */
  numbered?: boolean;
  children: StructNode[];
}

export interface TextItem {
  kind: 'text';
  x: number;
  /** Baseline. */
  y: number;
  text: string;
  font: FontId;
  size: number;
  color: string;
  /** Measured advance width including word spacing. */
  width: number;
  /** Extra space added to each U+0020 (justified lines); 0 when ragged. */
  wordSpacing: number;
  /** Structure node this text belongs to, or 'artifact' for running headers and page numbers. */
  struct: number | 'artifact';
  /** Ends a line that broke at a space: outputs/pdf/ draws that space, invisible, so extracted words stay apart. */
  spaceAfter?: boolean;
  /** The final '-' was inserted by hyphenation: outputs/pdf/ marks it so extraction reads the whole word. */
  hyphenInserted?: boolean;
}

export interface RuleItem {
  kind: 'rule';
  x: number;
  /** Centre line of the stroke (pdfkit strokes are centred on their path). */
  y: number;
  width: number;
  thickness: number;
  color: string;
}

/** A clickable area; `y` is the top of the rectangle. */
export interface LinkItem {
  kind: 'link';
  x: number;
  y: number;
  width: number;
  height: number;
  href: string;
  /** The Link structure node it belongs to. */
  struct: number;
}

export type PageItem = TextItem | RuleItem | LinkItem;

export interface Page {
  /** 1-based. */
  number: number;
  items: PageItem[];
}

export interface OutlineItem {
  title: string;
  page: number;
  y: number;
  children: OutlineItem[];
}

export interface PageTree {
  width: number;
  height: number;
  pages: Page[];
  structure: StructNode;
  outline: OutlineItem[];
  /** Characters no font could draw; empty when all is well. Locations are resolved upstream. */
  missingGlyphs: { char: string; codePoint: number; font: FontId }[];
}

/**
 * A pass asked to stop beyond a page count that its content cannot fit in:
 * its boxes alone are taller than that many pages, so it needs at least this
 * many. Only the fit loop asks, and it needs only "fits or not".
 */
export interface PagesAtLeast {
  pagesAtLeast: number;
}

export const isPagesAtLeast = (r: PageTree | PagesAtLeast): r is PagesAtLeast => 'pagesAtLeast' in r;
