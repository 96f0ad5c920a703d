import type { TextItem } from '../../typeset/types.js';
import type { PdfDocument, PdfEncoded } from './pdfkit-api.js';

/**
 * Draws one text item inside the marked content `open` starts, with every
 * space a real U+0020 glyph, so that text extraction, screen readers and
 * applicant-tracking systems read words apart. A justified line widens each
 * space by `wordSpacing` through a TJ offset after the space glyph (pdfkit's
 * own wordSpacing drops the spaces and places the words, which reads back as
 * "Idesignanddevelop"). A line that broke at a space gets that space back,
 * invisible at the line end. An inserted hyphen is layout, not content: it is
 * drawn after the item's marked content as a Layout artifact, so the tagged
 * text (what screen readers use) reads "aug" + "ment" as "augment", while
 * plain extraction keeps the line-end "aug-", the usual cue to rejoin.
 */
export function drawTextItem(doc: PdfDocument, item: TextItem, open: () => void): void {
  const hyphen = item.hyphenInserted === true && item.text.endsWith('-');
  const body = hyphen ? item.text.slice(0, -1) : item.text;
  const text = item.spaceAfter ? `${body} ` : body;
  if (text !== '') {
    open();
    withWordSpacing(doc, item.wordSpacing, item.size, () => drawAt(doc, text, item.x, item.y));
    doc.endMarkedContent();
  }
  if (hyphen) {
    doc.markContent('Artifact', { type: 'Layout' });
    drawAt(doc, '-', item.x + item.width - doc.widthOfString('-'), item.y);
    doc.endMarkedContent();
  }
}
function drawAt(doc: PdfDocument, text: string, x: number, y: number): void {
  // 'alphabetic': pdfkit's y is the baseline (the default puts the ascender there).
  // The same operators as doc.text(text, x, y, { lineBreak: false }), which
  // measured each string twice more to move a cursor no one reads.
  if (text.includes('\n')) throw new Error(`text item '${text}' holds a line break`);
  doc._fragment(text, x, y, { baseline: 'alphabetic', textWidth: 0, wordCount: 0 });
}

/**
 * Runs `draw` with the current face's encoder adding `wordSpacing` points to
 * the advance of each space glyph; pdfkit turns a changed advance into a TJ
 * offset. The face's layout cache is left untouched (positions are copied).
 */
function withWordSpacing(doc: PdfDocument, wordSpacing: number, size: number, draw: () => void): void {
  if (wordSpacing === 0) {
    draw();
    return;
  }
  const font = doc._font;
  const encode = font.encode;
  const [spaceCodes] = encode.call(font, ' ');
  const space = spaceCodes[0];
  const extra = (wordSpacing * 1000) / size;
  font.encode = (text: string, features?: unknown): PdfEncoded => {
    const [codes, positions] = encode.call(font, text, features);
    return [codes, positions.map((p, i) => (codes[i] === space ? { ...p, xAdvance: p.xAdvance + extra } : p))];
  };
  try {
    draw();
  } finally {
    font.encode = encode;
  }
}
