import type { Diagnostic } from '../diagnostics/types.js';
import type { RawCv } from '../validate/raw-cv.js';

/** What the user told `cv import` beyond the file itself. */
export interface ImportOptions {
  /** The owner's name (BibTeX has none of its own). */
  name?: string;
  /** Other spellings of the owner already known, e.g. from the cv.yaml that `--into` extends. */
  aliases?: readonly string[];
}

/** A source read into a RawCv (warnings allowed), or everything wrong with it. */
export type SourceResult =
  | { ok: true; raw: RawCv; diagnostics: Diagnostic[] }
  | { ok: false; diagnostics: Diagnostic[] };

/**
 * One file format that `cv import` can turn into a cv.yaml. Pure: the caller
 * reads the file, so an importer is testable on strings and keeps I/O in the
 * reading phase. (Named apart from the CvSource that reads cv.yaml by path.)
 */
export interface ImportSource {
  id: 'jsonresume' | 'rendercv' | 'bibtex';
  /** Whether `text` looks like this format; content decides, the path is a tie-breaker only. */
  detect(text: string, path: string): boolean;
  read(text: string, path: string, options: ImportOptions): SourceResult;
}
