/**
 * outputs/: what turns one variant's composed content into the bytes of a file.
 * Every format reads the same DocTree the fit step settled on (after drops and
 * scale), so a resume's text, Markdown and HTML hold exactly what its PDF holds.
 */
import type { DocTree } from '../compose/types.js';
import type { PageTree } from '../typeset/types.js';
import type { FontFace } from '../emit/types.js';

/** The formats a layout can write, in the order a build writes them. */
export const FORMAT_IDS = ['pdf', 'txt', 'md', 'html'] as const;
export type FormatId = (typeof FORMAT_IDS)[number];

/** One variant, composed and typeset: everything a format may read. */
export interface OutputInput {
  /** The composed document the fit step chose. */
  doc: DocTree;
  /** The same document typeset into pages (what the PDF draws). */
  tree: PageTree;
  /** The layout's font faces, in registration order: ids and absolute file paths. */
  faces: readonly FontFace[];
  /** The layout's paper and margins in points (the HTML page's print rules). */
  page: { width: number; height: number; margins: { top: number; right: number; bottom: number; left: number } };
}

/** A file format made from one variant. */
export interface OutputFormat {
  id: FormatId;
  /** File extension without the dot; the layout's `output` gets it in place of `pdf`. */
  extension: string;
  emit(input: OutputInput): Promise<Uint8Array>;
}
