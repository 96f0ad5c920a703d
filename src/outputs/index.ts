/** The formats besides PDF, by id, and how their files are named. */
import type { FormatId, OutputFormat } from './types.js';
import { textFormat } from './text/index.js';
import { markdownFormat } from './markdown/index.js';
import { htmlFormat } from './html/index.js';

export { FORMAT_IDS, type FormatId, type OutputFormat, type OutputInput } from './types.js';

/** Every format made from the composed document; PDF is made by emit/ from the typeset pages. */
export const DERIVED_FORMATS: Readonly<Record<Exclude<FormatId, 'pdf'>, OutputFormat>> = {
  txt: textFormat,
  md: markdownFormat,
  html: htmlFormat,
};

/** "haekyu-park-cv.pdf" -> "haekyu-park-cv.txt": the layout's output name with the format's extension. */
export function fileForFormat(pdfName: string, format: FormatId): string {
  const extension = format === 'pdf' ? 'pdf' : DERIVED_FORMATS[format].extension;
  return pdfName.replace(/\.pdf$/i, '') + `.${extension}`;
}

export { parseFormats } from './parse-formats.js';
