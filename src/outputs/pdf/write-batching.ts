import type { PdfDocument, PdfStreamRef } from './pdfkit-api.js';

/**
 * pdfkit turns every string it writes into a Uint8Array of its own: each
 * content operator (about ten per word run; a 1,000-publication list made a
 * million of them) and each piece of each object. Here the strings are kept
 * as text and become bytes once, joined; pdfkit keeps the low byte of each
 * code unit ("binary"), as latin1 does, so the bytes are the same.
 */
class Latin1Batch {
  private pending: string[] = [];
  add(text: string): void {
    this.pending.push(text, '\n');
  }
  /** The text added since the last take, as bytes; undefined when there is none. */
  take(): Uint8Array | undefined {
    if (this.pending.length === 0) return undefined;
    const bytes = Buffer.from(this.pending.join(''), 'latin1');
    this.pending = [];
    return bytes;
  }
}

/** Makes a page's content stream collect its operators and write them once, when the page is written. */
export function batchContentWrites(content: PdfStreamRef): void {
  const write = content.write.bind(content);
  const finalize = content.finalize.bind(content);
  const batch = new Latin1Batch();
  const flush = (): void => {
    const bytes = batch.take();
    if (bytes) write(bytes);
  };
  content.write = (chunk) => {
    if (typeof chunk === 'string') batch.add(chunk);
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

/**
 * Collects the file pdfkit writes (instead of its stream's one chunk per
 * write); the returned function gives the whole file once pdfkit has ended.
 * Offsets advance as pdfkit's own _write advances them. What pdfkit wrote
 * before this (the header, from its constructor) comes through its stream,
 * and comes first.
 */
export function collectFile(doc: PdfDocument): () => Uint8Array {
  const parts: Uint8Array[] = [];
  const head: Uint8Array[] = [];
  let headLeft = doc._offset; // bytes written before, still to come through the stream
  doc.on('data', (chunk) => {
    headLeft -= chunk.length;
    if (headLeft < 0) throw new Error('pdfkit wrote around outputs/pdf/write-batching.ts');
    head.push(chunk);
  });
  const batch = new Latin1Batch();
  const flush = (): void => {
    const bytes = batch.take();
    if (bytes) parts.push(bytes);
  };
  doc._write = (data) => {
    if (typeof data === 'string') {
      batch.add(data);
      doc._offset += data.length + 1;
    } else {
      flush();
      parts.push(data);
      doc._offset += data.length;
    }
  };
  return () => {
    flush();
    if (headLeft !== 0) throw new Error('pdfkit ended before its header came through');
    const all = [...head, ...parts];
    let length = 0;
    for (const part of all) length += part.length;
    const out = new Uint8Array(length);
    let offset = 0;
    for (const part of all) {
      out.set(part, offset);
      offset += part.length;
    }
    return out;
  };
}
