/**
 * The part of pdfkit 0.20.2 that outputs/pdf/ drives, typed here because
 * @types/pdfkit 0.17 lags behind (outline targets, link struct parents,
 * structure elements) and because a few fixes need pdfkit internals. pdfkit is
 * pinned; every internal used here is named in this file and nowhere else.
 */

import type { DrawFont } from '../../fonts/types.js';

/** A pdfkit PDFReference: an indirect object whose `data` is written on `end()`. */
export interface PdfRef {
  data: Record<string, unknown>;
}

/** Opaque marked-content handle returned by markStructureContent. */
export interface PdfStructContent {
  readonly refs: readonly { pageRef: PdfRef; mcid: number }[];
}

export interface PdfStructElement {
  /** The element's dictionary before it is written (attributes such as /A are set here). */
  dictionary: PdfRef;
  add(child: PdfStructElement | PdfStructContent): PdfStructElement;
  end(): void;
}

export interface PdfOutlineNode {
  addItem(
    title: string,
    options: { pageNumber: number; fit: false; top: number; left: number; expanded: false },
  ): PdfOutlineNode;
  /** The outline item's dictionary before it is written (Count is set from here). */
  outlineData: Record<string, unknown>;
}

/**
 * Internal: the selected face, pdfkit's EmbeddedFont. outputs/pdf/draw-text.ts
 * shapes and encodes its glyph runs itself, as its layoutRun and `encode` do
 * (positions scaled to 1/1000 em; subset ids, widths and ToUnicode code
 * points on a glyph's first use).
 */
export interface PdfFace {
  /** Resource name, e.g. "F1". */
  id: string;
  /** 1000 / unitsPerEm: font units to the 1/1000 em of widths and positions. */
  scale: number;
  /** The face registered (a fonts/ DrawFont): its layout is what pdfkit's layoutRun scales by `scale`. */
  font: DrawFont;
  subset: { includeGlyph(glyph: number): number };
  /** Widths (1/1000 em) and ToUnicode code points by subset id, as `encode` fills them. */
  widths: (number | undefined)[];
  unicode: (number[] | undefined)[];
  /** The font dictionary's reference, made on first call. */
  ref(): PdfRef;
}

/** Internal: a stream object; `write` takes one content operator (a string, "\n" added) or bytes, `finalize` writes it out. */
export interface PdfStreamRef {
  write(chunk: string | Uint8Array): void;
  finalize(): void;
}

export interface PdfDocument {
  info: Record<string, unknown>;
  _font: PdfFace;
  _fontSize: number;
  /**
   * Internal: the current page; outputs/pdf/write-batching.ts batches its
   * content stream's writes, draw-text.ts adds the font resources it uses.
   */
  page: { content: PdfStreamRef; height: number; fonts: Record<string, PdfRef | undefined> };
  /** Internal: writes one content operator to the current page. */
  addContent(operator: string): PdfDocument;
  /** Internal: appends to the file (a string gets "\n"), advancing `_offset`, from which the xref table is made. */
  _write(data: string | Uint8Array): void;
  _offset: number;
  /** Internal: called by each indirect object once written (its offset goes into the xref table). */
  _refEnd(ref: PdfRef): void;
  outline: PdfOutlineNode;

  /** `src`: a file path, or an already parsed face (pdfkit takes anything with `layout` as a font). */
  registerFont(name: string, src: string | DrawFont): PdfDocument;
  font(name: string): PdfDocument;
  fontSize(size: number): PdfDocument;
  fillColor(color: string): PdfDocument;
  addPage(options: { size: [number, number]; margin: number }): PdfDocument;
  widthOfString(text: string): number;
  rect(x: number, y: number, w: number, h: number): PdfDocument;
  fill(color: string): PdfDocument;
  save(): PdfDocument;
  restore(): PdfDocument;
  transform(m11: number, m12: number, m21: number, m22: number, dx: number, dy: number): PdfDocument;
  link(
    x: number,
    y: number,
    w: number,
    h: number,
    url: string,
    options: { structParent: PdfStructElement; Contents: string | String },
  ): PdfDocument;

  struct(role: string, options?: { lang?: string }): PdfStructElement;
  addStructure(element: PdfStructElement): PdfDocument;
  markStructureContent(role: string): PdfStructContent;
  markContent(tag: 'Artifact', options: { type: 'Pagination' | 'Layout' }): PdfDocument;
  endMarkedContent(): PdfDocument;

  appendXML(xml: string, newline?: boolean): void;
  /** Internal: writes the Info entries into the XMP packet at end(); replaced by outputs/pdf/ (see emit-pdf.ts). */
  _addInfo(): void;

  on(event: 'data', listener: (chunk: Uint8Array) => void): PdfDocument;
  on(event: 'end', listener: () => void): PdfDocument;
  on(event: 'error', listener: (err: Error) => void): PdfDocument;
  /** Node's EventEmitter: an ended document lets go of its listeners (and what their closures hold). */
  removeAllListeners(): PdfDocument;
  end(): void;
}

export interface PdfDocumentOptions {
  autoFirstPage: false;
  /** null: do not load Helvetica, so the first registered face is F1. */
  font: null;
  pdfVersion: '1.7';
  compress: true;
  tagged: true;
  lang: string;
  displayTitle: true;
  subset?: 'PDF/A-2b';
  info: Record<string, string | Date>;
}

export type PdfDocumentConstructor = new (options: PdfDocumentOptions) => PdfDocument;
