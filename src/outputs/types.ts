import type { DocTree } from '../compose/types.js';
import type { FontFace, LoadedFonts } from '../fonts/types.js';
import type { PageTree } from '../typeset/types.js';

export { FORMAT_IDS, type FormatId } from '../layout/formats.js';

/** What an output says about itself; the build date is the only date that reaches any output. */
export interface OutputMeta {
  title: string;
  author: string;
  subject: string;
  keywords: string[];
  /** BCP 47, e.g. "en-US". */
  lang: string;
  date: Date;
  /** PDF/A-2b for the PDF; other formats ignore it. */
  pdfa?: boolean;
}

/**
 * One variant's content as the fit step settled it: every format is made from
 * this, so the resume's text holds exactly what its PDF holds. Formats that
 * read the composed document ignore the pages, and the other way round.
 */
export interface OutputInput {
  doc: DocTree;
  pages: PageTree;
  /** The faces in registration order, parsed once per session. */
  faces: readonly FontFace[];
  loadedFonts: LoadedFonts;
  meta: OutputMeta;
  /** The layout's paper and margins in points (the HTML page's print rules). */
  page: { width: number; height: number; margins: { top: number; right: number; bottom: number; left: number } };
  /**
   * Keeps bytes an output derives from these fonts alone (a face's WOFF2
   * subset for a set of characters) for as long as the fonts live, so a
   * watch's next build reuses them; `key` must name everything they depend on
   * besides the fonts. Absent in a one-off build.
   */
  remember?: (key: string, make: () => Promise<Uint8Array>) => Promise<Uint8Array>;
  /** Nothing reads `pages` after this output: it may empty each page's items and structure nodes once it has drawn them. */
  lastReader?: boolean;
}

/**
 * A file format cv writes. `emit` is pure: the same input gives the same
 * bytes, and nothing is written to disk here (the writing phase does that,
 * atomically, for every output of a build at once).
 */
export interface OutputFormat {
  readonly id: string;
  /** With the dot: ".pdf". */
  readonly extension: string;
  emit(input: OutputInput): Promise<Uint8Array>;
}
