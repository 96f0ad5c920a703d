import type { Dropped, Omitted } from '../select/types.js';

/** One output file of a build, as the manifest lists it. */
export interface BuiltOutput {
  layout: string;
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
