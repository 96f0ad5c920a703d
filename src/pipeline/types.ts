import type { Diagnostic, Problem } from '../diagnostics/types.js';
import type { SelectionFlags } from '../select/types.js';
import type { Manifest } from '../write/index.js';
import type { FormatId } from '../layout/formats.js';

export type { BuiltFile, BuiltOutput, BuiltPdf, Manifest } from '../write/index.js';

/** Where the CV, the layouts and the bundled fonts are. */
export interface InputPaths {
  input: string;
  /** The bundled layouts. */
  layoutsDir: string;
  /** The user's own layouts (`--layouts`, or ./layouts when there is one): they add variants and replace bundled ones by id. */
  userLayoutsDir?: string;
  fontsDir: string;
}

/** Everything one `cv build` needs; made by cli/ from argv and the environment. */
export interface BuildRequest extends InputPaths {
  outDir: string;
  /** Layout ids; empty means every layout, bundled and the user's. */
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

/** Exit codes of DESIGN.md: 0 done, 1 invalid input, 2 bad usage, 3 does not fit, 4 I/O. */
export type ExitCode = 0 | 1 | 2 | 3 | 4;

/** A failure without a place in a file (cannot fit, bad flag value, cannot write). */
export type BuildProblem = Problem;

/** pipeline/ -> cli/: the outcome of one `cv build`, printed and turned into an exit code by the CLI. */
export interface BuildResult {
  code: ExitCode;
  manifest?: Manifest;
  /** Warnings and errors with file positions, for the CLI to print. */
  diagnostics: Diagnostic[];
  /** Errors without a file position (a variant that cannot fit, an unknown flag value). */
  problems: Problem[];
  /** Source texts by file, so the CLI can show the offending lines. */
  sources: ReadonlyMap<string, string>;
  /** The files this build read, for `--watch` (as far as the reading got, when it failed). */
  dependencies: BuildDependencies;
  /** Files of the previous build that this one made again under another name, removed (see write/superseded.ts). */
  removed?: string[];
}

/** What a build depends on: every file it read, and per built layout the files besides the CV that it read for it. */
export interface BuildDependencies {
  files: readonly string[];
  layouts: ReadonlyMap<string, readonly string[]>;
}

/** pipeline/ -> cli/: the outcome of one `cv validate`. */
export interface ValidateResult {
  code: 0 | 1 | 4;
  diagnostics: Diagnostic[];
  sources: ReadonlyMap<string, string>;
  /** What was checked, for the one line printed on success. */
  summary?: { kind: 'cv'; sections: number; entries: number } | { kind: 'layout' };
}
