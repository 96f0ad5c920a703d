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

/** Larger than any PDF a CV under the 4 MiB limit makes (4 MiB of bullets: 35 MB); only reserved, never resident. */
const MAX_FILE_BYTES = 2 ** 30;

/** ES2024's resizable ArrayBuffer (Node 20 has it; the compiler's ES2022 library does not name it). */
interface ResizableArrayBuffer extends ArrayBuffer {
  resize(byteLength: number): void;
}
const ResizableArrayBuffer = ArrayBuffer as unknown as new (byteLength: number, options: { maxByteLength: number }) => ResizableArrayBuffer;

/**
 * The file as it is written, in one resizable buffer: each write is copied
 * in and let go of, so the file is in memory once (a list of parts joined at
 * the end held it twice, at the very moment a long CV's build peaks).
 */
class GrowingFile {
  private readonly buffer = new ResizableArrayBuffer(0, { maxByteLength: MAX_FILE_BYTES });
  private bytes = new Uint8Array(this.buffer);
  private length = 0;
  /** Room for `count` bytes that `put` fills later. */
  skip(count: number): void {
    this.add(new Uint8Array(count));
  }
  put(part: Uint8Array, at: number): void {
    if (at + part.length > this.length) throw new Error('GrowingFile.put past the end');
    this.bytes.set(part, at);
  }
  add(part: Uint8Array): void {
    const needed = this.length + part.length;
    if (needed > this.buffer.byteLength) {
      // Doubling keeps the number of resizes small; the pages past the end are not touched until written.
      this.buffer.resize(Math.min(MAX_FILE_BYTES, Math.max(needed, 2 * this.buffer.byteLength)));
      this.bytes = new Uint8Array(this.buffer);
    }
    this.bytes.set(part, this.length);
    this.length = needed;
  }
  /** The file so far; the buffer is not resized again once taken. */
  take(): Uint8Array {
    return new Uint8Array(this.buffer, 0, this.length);
  }
}

/**
 * Collects the file pdfkit writes (instead of its stream's one chunk per
 * write); the returned function gives the whole file once pdfkit has ended.
 * Offsets advance as pdfkit's own _write advances them. What pdfkit wrote
 * before this (the header, from its constructor) comes through its stream,
 * and comes first.
 */
export function collectFile(doc: PdfDocument): () => Uint8Array {
  const file = new GrowingFile();
  // The bytes written before, still to come through the stream (later than what is written here): their room comes first.
  let headLeft = doc._offset;
  file.skip(headLeft);
  let headAt = 0;
  doc.on('data', (chunk) => {
    headLeft -= chunk.length;
    if (headLeft < 0) throw new Error('pdfkit wrote around outputs/pdf/write-batching.ts');
    file.put(chunk, headAt);
    headAt += chunk.length;
  });
  const batch = new Latin1Batch();
  const flush = (): void => {
    const bytes = batch.take();
    if (bytes) file.add(bytes);
  };
  doc._write = (data) => {
    if (typeof data === 'string') {
      batch.add(data);
      doc._offset += data.length + 1;
    } else {
      flush();
      file.add(data);
      doc._offset += data.length;
    }
  };
  return () => {
    flush();
    if (headLeft !== 0) throw new Error('pdfkit ended before its header came through');
    return file.take();
  };
}
