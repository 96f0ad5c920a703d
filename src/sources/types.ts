import type { Diagnostic } from '../diagnostics/types.js';
import type { SourceDoc } from '../load/types.js';
import type { RawCv } from '../validate/raw-cv.js';

/**
 * A file read as a CV. `doc` keeps the source's own text and the position of
 * every value (JSON pointers into `raw`), so that any later diagnostic, such
 * as a character no font has, points into the file the user wrote.
 */
export type SourceRead =
  | { ok: true; raw: RawCv; doc: SourceDoc; diagnostics: Diagnostic[] /* warnings only */; sources: Map<string, string>; files?: string[] }
  /**
   * code 4: the file could not be read; 1: it is not a valid CV. `sources`
   * holds the text of every file read (the CV's own, a .bib it names) to
   * show under the diagnostics. `files`: the other files the CV names, read
   * or not (a .bib), so that `--watch` also follows one that appears later.
   */
  | { ok: false; code: 1 | 4; diagnostics: Diagnostic[]; sources: Map<string, string>; files?: string[] };

/**
 * A format cv reads a CV from: cv.yaml today; JSON Resume, RenderCV YAML and
 * BibTeX are more sources of the same shape. A source never throws on bad
 * input: every problem is a diagnostic located in its own file.
 */
export interface CvSource {
  readonly id: string;
  /** Whether this source reads the file, judged from its name and first bytes. */
  accepts(path: string, head: string): boolean;
  read(path: string): Promise<SourceRead>;
}
