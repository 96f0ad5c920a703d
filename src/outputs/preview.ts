import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** What `cv preview` reads of a manifest entry. */
export interface PreviewEntry {
  layout: string;
  format: string;
  file: string;
}

/** One line to print: a variant's HTML or PDF as a file:// URL a browser opens as it is. */
export interface PreviewLink {
  layout: string;
  format: 'html' | 'pdf';
  url: string;
  path: string;
}

/**
 * The HTML then the PDF of each variant, in manifest order; entries from a
 * manifest written before formats existed count as PDFs.
 */
export function previewLinks(entries: readonly PreviewEntry[], outDir: string): PreviewLink[] {
  const layouts = [...new Set(entries.map((e) => e.layout))];
  return layouts.flatMap((layout) =>
    (['html', 'pdf'] as const).flatMap((format) =>
      entries
        .filter((e) => e.layout === layout && (e.format ?? 'pdf') === format)
        .map((e) => {
          const path = resolve(outDir, e.file);
          return { layout, format, url: pathToFileURL(path).href, path };
        }),
    ),
  );
}
