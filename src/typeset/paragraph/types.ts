import type { Hyphenator } from '../../hyphenation/index.js';

/**
 * The paragraph engine's own types: what block layout hands in, what it gets
 * back, and the box/glue/penalty items in between. All plain data.
 */
import type { Run } from '../../compose/types.js';
import type { FontId } from '../../fonts/types.js';

/** One paragraph to break into lines. Widths and offsets are in points. */
export interface ParagraphInput {
  runs: Run[];
  /** Available width of every line (of lines after the first when `firstLineWidth` is set). */
  width: number;
  /** Available width of the first line, e.g. narrower when a right-hand date shares it. */
  firstLineWidth?: number;
  /** x of the first line's left edge relative to the paragraph's left edge. Does not reduce `firstLineWidth`. */
  firstLineOffset?: number;
  /** x of later lines' left edge (hanging indent). Does not reduce `width`. */
  restOffset?: number;
  align: 'left' | 'right' | 'center' | 'justify';
  /** Whether pattern hyphenation is allowed at all for this paragraph. */
  hyphenate: boolean;
  /** Hyphenation patterns, e.g. 'en-us'; undefined disables pattern hyphenation. */
  language?: string;
  /** Faces to try, in order, for a character the run's own face lacks. */
  fallbackFonts: FontId[];
  /** Limits of justification; TeX's (shrink 1/3, unbounded stretch) when absent. */
  spacing?: InterwordSpacing;
}

/**
 * How far justification may move an interword space: `shrink` is the part of
 * the space it may lose; `maxStretch` caps the stretch ratio (1 = the glue's
 * whole stretch, 1.5x the space): a line that would need more ends short.
 */
export interface InterwordSpacing {
  shrink: number;
  maxStretch: number;
}

/** A stretch of one line drawn in one face, style and run. */
export interface LineSegment {
  /** Exactly what to draw; a hyphen is already appended on hyphenated lines. */
  text: string;
  font: FontId;
  size: number;
  color: string;
  link?: string;
  /** Left edge relative to the paragraph's left edge (offsets and alignment included). */
  x: number;
  /** Advance width including `wordSpacing` on every U+0020. */
  width: number;
  /** Extra space added to each U+0020 in `text`; 0 unless justified. */
  wordSpacing: number;
  /** Index into `ParagraphInput.runs`. */
  runIndex: number;
}

export interface Line {
  segments: LineSegment[];
  /** Width the segments occupy: the available width on justified lines, else the natural width. */
  width: number;
  /** Max over segments of the face ascent/descent at its size (positive). */
  ascent: number;
  descent: number;
  /** Ends with an inserted hyphen (pattern or soft-hyphen break). */
  hyphenated: boolean;
  /** Ends where a space was: the break swallowed it, and text extraction needs it back to keep words apart. */
  spaceAfter?: boolean;
  /**
   * True only when a single character is wider than the line (width smaller
   * than one glyph): the one case no break can fix. Callers should report it.
   */
  overfull: boolean;
}

/** A character no face (own or fallback) can draw; located by run and UTF-16 offset. */
export interface MissingGlyph {
  char: string;
  codePoint: number;
  /** The run's own face. */
  font: FontId;
  runIndex: number;
  /** UTF-16 offset of the character in `runs[runIndex].text`. */
  offset: number;
}

export interface ParagraphResult {
  /** Empty for a paragraph with no visible text. */
  lines: Line[];
  missingGlyphs: MissingGlyph[];
}

/** Debugging/testing knobs; production callers pass nothing. */
export interface BreakOptions {
  /** 'optimal' (default): Knuth–Plass with rising tolerance, first-fit as last resort. */
  algorithm?: 'optimal' | 'first-fit';
  /** Patterns for the paragraph's language; without them nothing is pattern-hyphenated. */
  hyphenator?: Hyphenator;
}

/** Fixed-width material: a piece of one word, in one face. */
export interface Box {
  type: 'box';
  width: number;
  /** Part of a URL run: a justified line holding it may be set flush left (see url-lines.ts). */
  url?: boolean;
  /** UTF-16 range in the paragraph text. */
  start: number;
  end: number;
}

/** An interword space: may break here; stretches and shrinks when justified. */
export interface Glue {
  type: 'glue';
  width: number;
  stretch: number;
  shrink: number;
  /** Index of the space character in the paragraph text. */
  pos: number;
}

/** A possible break between boxes with a cost; `width` is added only when breaking here. */
export interface Penalty {
  type: 'penalty';
  width: number;
  penalty: number;
  /** Hyphen-like break (inserted or explicit): consecutive flagged breaks are discouraged and capped. */
  flagged: boolean;
  /** Breaking here appends a hyphen. */
  hyphen: boolean;
  /** A pattern hyphenation point: ignored by the first pass (TeX's pretolerance pass). */
  pattern: boolean;
  /** Break position in the paragraph text. */
  pos: number;
}

export type Item = Box | Glue | Penalty;

/**
 * Items plus what the breakers need beyond them: `startCorrection[i]` is added
 * to the width of a line that starts right after breaking at item i (shaping a
 * word's tail alone differs slightly from the whole word minus its head).
 */
export interface ItemList {
  items: Item[];
  startCorrection: Map<number, number>;
}

/** Which characters of the paragraph text a line holds. */
export interface LineRange {
  start: number;
  end: number;
  hyphen: boolean;
}
