export { emitPdf, PDF_CREATOR, PDF_PRODUCER, type EmitOptions } from './emit-pdf.js';
export type { FontFace, PdfMeta } from './types.js';
