import type { PdfStreamRef } from './pdfkit-api.js';

/**
 * Makes a page's content stream collect its operators as text and turn them
 * into bytes once, when the page is written. pdfkit makes a Uint8Array of
 * every operator (about ten per word run: a 1,000-publication list made a
 * million of them); the bytes, joined, are the same.
 */
export function batchContentWrites(content: PdfStreamRef): void {
  const write = content.write.bind(content);
  const finalize = content.finalize.bind(content);
  let pending: string[] = [];
  const flush = (): void => {
    if (pending.length === 0) return;
    // pdfkit keeps the low byte of each code unit ("binary"); so does latin1.
    write(new Uint8Array(Buffer.from(pending.join(''), 'latin1')));
    pending = [];
  };
  content.write = (chunk) => {
    if (typeof chunk === 'string') pending.push(chunk, '\n');
    else {
      flush();
      write(chunk);
    }
  };
  content.finalize = () => {
    flush();
    finalize();
  };
}
