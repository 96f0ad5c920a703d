import type { FormatId } from '../layout/formats.js';
import type { OutputFormat } from './types.js';
import { pdfOutput } from './pdf/index.js';
import { textFormat } from './text/index.js';
import { markdownFormat } from './markdown/index.js';
import { htmlFormat } from './html/index.js';

export type { OutputFormat, OutputInput, OutputMeta } from './types.js';
export { FORMAT_IDS, type FormatId } from '../layout/formats.js';
export { parseFormats } from './parse-formats.js';

/**
 * Every format cv writes, by id. A new format is a folder beside pdf/ and a
 * line here. The PDF draws the typeset pages; txt, md and html read the
 * composed document the same pages were typeset from.
 */
export const OUTPUT_FORMATS: ReadonlyMap<string, OutputFormat> = new Map([pdfOutput, textFormat, markdownFormat, htmlFormat].map((f) => [f.id, f]));

/** "haekyu-park-cv.pdf" -> "haekyu-park-cv.txt": the layout's output name with the format's extension. */
export function fileForFormat(pdfName: string, format: FormatId, formats: ReadonlyMap<string, OutputFormat> = OUTPUT_FORMATS): string {
  return pdfName.replace(/\.pdf$/i, '') + (formats.get(format)?.extension ?? `.${format}`);
}
