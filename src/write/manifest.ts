import type { Dropped, Omitted } from '../select/types.js';
import type { FormatId } from '../layout/formats.js';

/** One PDF of a build, as the manifest lists it. */
export interface BuiltPdf {
  layout: string;
  format: 'pdf';
  /** Path relative to the output folder. */
  file: string;
  pages: number;
  bytes: number;
  sha256: string;
  /** What the fit step left out to meet the page budget. */
  dropped: Dropped[];
  /** Sections of cv.yaml this output does not show, and why (before any fitting). */
  omitted: Omitted[];
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
  omitted: Omitted[];
  fit: { scale: number; spacing: number };
}

/** One output file of a build, as the manifest lists it; PDFs with their page counts. */
export type BuiltOutput = BuiltPdf | BuiltFile;

/** out/manifest.json: what one build wrote, for people and for the release workflow. */
export interface Manifest {
  /** The build date every output carries. */
  date: string;
  outputs: BuiltOutput[];
}

/** The manifest as written: stable key order, two-space indent, final newline. */
export function manifestText(manifest: Manifest): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
