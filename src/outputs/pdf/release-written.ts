import type { PdfDocument, PdfRef } from './pdfkit-api.js';

/**
 * What pdfkit reads of an object it has written: a structure element's /P
 * (whether its parent can be written yet) and a page's /MediaBox (an outline
 * item's destination).
 */
const READ_AFTER_WRITING = ['P', 'MediaBox'] as const;

/** A written object's dictionary when none of those is in it; frozen, so a late write to it fails loudly instead of being lost. */
const WRITTEN: Record<string, unknown> = Object.freeze({});

/**
 * pdfkit keeps each indirect object's dictionary after writing it for as
 * long as the object is referred to, and every page, annotation and
 * structure element is referred to until the file's end (from the page
 * tree and the structure's parent tree): for a long CV, most of the PDF's
 * memory. A written object is otherwise read only for its number
 * ("12 0 R"), so the rest of its dictionary is let go. The bytes are the
 * same (tests/unit/emit-pdf.test.ts).
 */
export function releaseWrittenObjects(doc: PdfDocument): void {
  // Only while pages are drawn: ending the file reads the catalog's entries after writing it, and what it writes is little.
  let drawing = true;
  const end = doc.end.bind(doc);
  doc.end = () => {
    drawing = false;
    end();
  };
  const refEnd = doc._refEnd.bind(doc);
  doc._refEnd = (ref: PdfRef) => {
    refEnd(ref);
    if (!drawing) return;
    let kept: Record<string, unknown> | undefined;
    for (const key of READ_AFTER_WRITING) {
      if (ref.data[key] !== undefined) (kept ??= {})[key] = ref.data[key];
    }
    // Not frozen: pdfkit sets an element's /K to null just after writing it.
    ref.data = kept ?? WRITTEN;
  };
}
