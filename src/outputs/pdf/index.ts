import type { OutputFormat } from '../types.js';
import { emitPdf } from './emit-pdf.js';

export { emitPdf, PDF_CREATOR, PDF_PRODUCER, type EmitOptions } from './emit-pdf.js';
export type { FontFace, PdfMeta } from './types.js';

/** The typeset pages as a tagged PDF, drawn with the very fonts that were measured. */
export const pdfOutput: OutputFormat = {
  id: 'pdf',
  extension: '.pdf',
  emit: (input) => emitPdf(input.pages, input.faces, input.meta, { loadedFonts: input.loadedFonts, releaseDrawn: input.lastReader === true }),
};
