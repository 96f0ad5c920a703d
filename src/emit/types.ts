import type { FontId } from '../compose/types.js';

/** One font face to embed. Registered in array order, which fixes pdfkit's subset tags. */
export interface FontFace {
  id: FontId;
  /** Absolute path of a TTF or OTF file. */
  file: string;
}

/** The PDF's metadata; the only inputs besides the PageTree and fonts that reach the bytes. */
export interface PdfMeta {
  title: string;
  author: string;
  subject: string;
  keywords: string[];
  lang: string;
  /** The build date; the only date that reaches the PDF (CreationDate, ModDate, XMP). */
  date: Date;
  pdfa?: boolean;
}
