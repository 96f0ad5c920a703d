import type { Diagnostic } from '../diagnostics/types.js';
import type { Dropped, SelectionFlags } from '../select/types.js';
import type { FormatId } from '../outputs/types.js';

/** Everything one `cv build` needs; made by cli/ from argv and the environment. */
export interface BuildRequest {
  input: string;
  layoutsDir: string;
  fontsDir: string;
  outDir: string;
  /** Layout ids; empty means every layout in layoutsDir. */
  layouts: readonly string[];
  selection: SelectionFlags;
  /** Overrides every layout's page budget. */
  maxPages?: number;
  /** YYYY-MM-DD from --date or SOURCE_DATE_EPOCH; else cv.yaml's `updated`. */
  date?: string;
  pdfa: boolean;
  /** Overrides every layout's `formats` (`--format`). */
  formats?: readonly FormatId[];
}

/** One PDF of a build, as the manifest lists it. */
export interface BuiltPdf {
  layout: string;
  format: 'pdf';
  /** Path relative to the output folder. */
  file: string;
  pages: number;
  bytes: number;
  sha256: string;
  dropped: Dropped[];
  /** The type scale and spacing factors the fit step settled on (1 = as designed). */
  fit: { scale: number; spacing: number };
}

/**
 * A text, Markdown or HTML file of a build. It is made from the same composed
 * content as its layout's PDF: the same `dropped` and `fit`, and `sameContentAs`
 * names that PDF when the build wrote it too.
 */
export interface BuiltFile {
  layout: string;
  format: Exclude<FormatId, 'pdf'>;
  file: string;
  bytes: number;
  sha256: string;
  sameContentAs?: string;
  dropped: Dropped[];
  fit: { scale: number; spacing: number };
}

/** One file of the manifest. */
export type BuiltOutput = BuiltPdf | BuiltFile;

/** out/manifest.json: what one build wrote, for people and for the release workflow. */
export interface Manifest {
  /** The build date every PDF carries. */
  date: string;
  /** Every file written, PDFs with their page counts. */
  outputs: BuiltOutput[];
}

/** Exit codes of DESIGN.md: 0 done, 1 invalid input, 2 bad usage, 3 does not fit, 4 I/O. */
export type ExitCode = 0 | 1 | 2 | 3 | 4;

/** A failure without a place in a file (cannot fit, bad flag value, cannot write). */
export interface BuildProblem {
  code: Exclude<ExitCode, 0>;
  message: string;
}

/** build/ -> cli/: the outcome of one `cv build`, printed and turned into an exit code by the CLI. */
export interface BuildResult {
  code: ExitCode;
  manifest?: Manifest;
  /** Warnings and errors with file positions, for the CLI to print. */
  diagnostics: Diagnostic[];
  /** Errors without a file position (a variant that cannot fit, an unknown flag value). */
  problems: BuildProblem[];
  /** Source texts by file, so the CLI can show the offending lines. */
  sources: ReadonlyMap<string, string>;
}
