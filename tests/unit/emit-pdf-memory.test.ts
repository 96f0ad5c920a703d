/**
 * What the PDF lets go of while it is made (see README, Reliability): the
 * dictionaries pdfkit has written, the structure nodes whose pages are
 * drawn, and the file's parts (it is in memory once). Each must leave the
 * bytes as they were.
 */
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import type { PdfDocument, PdfDocumentConstructor, PdfRef } from '../../src/outputs/pdf/pdfkit-api.js';
import { releaseWrittenObjects } from '../../src/outputs/pdf/release-written.js';
import { collectFile } from '../../src/outputs/pdf/write-batching.js';
import { StructureBuilder } from '../../src/outputs/pdf/structure.js';
import { createStructBuilder } from '../../src/typeset/structure.js';
import type { Page, StructNode } from '../../src/typeset/types.js';

const PDFDocument = createRequire(import.meta.url)('pdfkit') as PdfDocumentConstructor;
const sha256 = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex');

/** A tagged document over three pages: a section whose paragraphs and link run across pages, and an outline. */
function drawSample(doc: PdfDocument, seen: { firstPage?: PdfRef } = {}): void {
  const root = doc.struct('Document');
  doc.addStructure(root);
  const sect = doc.struct('Sect');
  root.add(sect);
  const raw = doc as unknown as { page: { dictionary: PdfRef }; text(t: string, x: number, y: number): void; addPage(o?: object): void };
  for (let p = 0; p < 3; p++) {
    raw.addPage({ size: [300, 300], margin: 0 });
    if (p === 0) seen.firstPage = raw.page.dictionary;
    for (let i = 0; i < 4; i++) {
      const para = doc.struct('P');
      sect.add(para);
      para.add(doc.markStructureContent('P'));
      raw.text(`page ${p} paragraph ${i} `.repeat(3), 10, 20 + 40 * i);
      doc.endMarkedContent();
      const link = doc.struct('Link');
      para.add(link);
      doc.link(10, 30 + 40 * i, 50, 10, `https://example.org/${p}/${i}`, { structParent: link, Contents: new String('a link') });
      para.end();
    }
  }
  sect.end();
  root.end();
  doc.outline.addItem('Section', { pageNumber: 1, fit: false, top: 20, left: 300, expanded: false });
}

async function made(release: boolean, seen: { firstPage?: PdfRef } = {}): Promise<Uint8Array> {
  const doc = new PDFDocument({ autoFirstPage: false, font: null, compress: true, tagged: true, lang: 'en', info: { CreationDate: new Date(0) } } as never);
  const file = collectFile(doc);
  if (release) releaseWrittenObjects(doc);
  const done = new Promise<Uint8Array>((resolve) => doc.on('end', () => resolve(file())));
  (doc as unknown as { font(f: string): void }).font('Helvetica');
  drawSample(doc, seen);
  doc.end();
  return done;
}

describe('the PDF in memory', () => {
  it('lets go of what pdfkit has written and writes the same bytes', async () => {
    const seen: { firstPage?: PdfRef } = {};
    const released = await made(true, seen);
    expect(sha256(released)).toBe(sha256(await made(false)));
    // The first page was written when the second began: only what an outline item reads of it is left.
    expect(Object.keys(seen.firstPage!.data)).toEqual(['MediaBox']);
    const kept: { firstPage?: PdfRef } = {};
    await made(false, kept);
    expect(Object.keys(kept.firstPage!.data)).toEqual(expect.arrayContaining(['Type', 'Parent', 'MediaBox', 'Contents', 'Annots']));
  });

  it('collects the file once, in the order pdfkit streams it', async () => {
    const viaCollect = await made(false);
    // pdfkit's own stream, chunk by chunk.
    const doc = new PDFDocument({ autoFirstPage: false, font: null, compress: true, tagged: true, lang: 'en', info: { CreationDate: new Date(0) } } as never);
    const chunks: Uint8Array[] = [];
    doc.on('data', (c) => chunks.push(c));
    const streamed = new Promise<Uint8Array>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
    (doc as unknown as { font(f: string): void }).font('Helvetica');
    drawSample(doc);
    doc.end();
    expect(sha256(viaCollect)).toBe(sha256(await streamed));
    expect(Buffer.from(viaCollect.subarray(0, 8)).toString('latin1')).toBe('%PDF-1.3');
  });
});

describe('StructureBuilder', () => {
  it('lets go of a node once the last page holding it is drawn', () => {
    const doc = new PDFDocument({ autoFirstPage: false, font: null, tagged: true, info: { CreationDate: new Date(0) } } as never);
    const leaf = (id: number): StructNode => ({ id, role: 'P', children: [] });
    const structure: StructNode = { id: 0, role: 'Document', children: [leaf(1), leaf(2)] };
    const item = (struct: number) => ({ kind: 'text' as const, x: 0, y: 0, text: 'x', font: 'f', size: 10, color: '#000', width: 1, wordSpacing: 0, struct });
    const pages: Page[] = [{ number: 1, items: [item(1)] }, { number: 2, items: [item(2)] }];
    const builder = new StructureBuilder(doc, structure, pages);
    builder.begin();
    (doc as unknown as { addPage(o: object): void }).addPage({ size: [100, 100], margin: 0 });
    builder.markContent(1);
    doc.endMarkedContent();
    builder.endPage(1);
    // Node 1 is done: nothing on a later page may refer to it, and the builder no longer holds it.
    expect(() => builder.element(1)).toThrow('unknown structure node 1');
    expect(() => builder.element(2)).not.toThrow();
  });
});

describe('StructureBuilder, told that nothing reads the structure after it', () => {
  it("empties an ended node's children, and only then", () => {
    const run = (releaseEnded: boolean): StructNode => {
      const doc = new PDFDocument({ autoFirstPage: false, font: null, tagged: true, info: { CreationDate: new Date(0) } } as never);
      const inner: StructNode = { id: 1, role: 'Sect', children: [{ id: 2, role: 'P', children: [] }] };
      const structure: StructNode = { id: 0, role: 'Document', children: [inner, { id: 3, role: 'P', children: [] }] };
      const item = (struct: number) => ({ kind: 'text' as const, x: 0, y: 0, text: 'x', font: 'f', size: 10, color: '#000', width: 1, wordSpacing: 0, struct });
      const builder = new StructureBuilder(doc, structure, [{ number: 1, items: [item(2)] }, { number: 2, items: [item(3)] }], new Map(), releaseEnded);
      builder.begin();
      (doc as unknown as { addPage(o: object): void }).addPage({ size: [100, 100], margin: 0 });
      builder.markContent(2);
      doc.endMarkedContent();
      builder.endPage(1);
      return structure;
    };
    expect(run(true).children[0]!.children).toEqual([]);
    expect(run(true).children[1]!.id).toBe(3);
    expect(run(false).children[0]!.children).toHaveLength(1);
  });
});

describe('createStructBuilder().trim', () => {
  it('copies every list of children to one of its own size and leaves the tree as it was', () => {
    const struct = createStructBuilder();
    const sect = struct.add(struct.root, 'Sect');
    const lists = [struct.root.children, sect.children];
    for (let i = 0; i < 5; i++) struct.add(struct.add(sect, 'P'), 'Link', `https://example.org/${i}`);
    const before = JSON.stringify(struct.root);
    struct.trim();
    expect(JSON.stringify(struct.root)).toBe(before);
    // New lists (push had left each with room for 17 or more), and a leaf's empty list is left as it is.
    expect(struct.root.children).not.toBe(lists[0]);
    expect(sect.children).not.toBe(lists[1]);
    expect(sect.children.map((p) => p.children.length)).toEqual([1, 1, 1, 1, 1]);
  });
});
