import type { TextItem } from '../../typeset/types.js';
import type { PdfDocument, PdfFace } from './pdfkit-api.js';
import { forEachChunk } from '../../fonts/chunks.js';

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
    drawRun(doc, text, item.x, item.y, item.wordSpacing);
    doc.endMarkedContent();
  }
  if (hyphen) {
    doc.markContent('Artifact', { type: 'Layout' });
    drawRun(doc, '-', item.x + item.width - doc.widthOfString('-'), item.y, 0);
    doc.endMarkedContent();
  }
}

/** One chunk (a word and the space after it) in the subset of the current document's face. */
interface EncodedChunk {
  ids: number[];
  codes: string[];
  /** Positions in 1/1000 em, as pdfkit scales them. */
  xAdvance: number[];
  advanceWidth: number[];
  xOffset: number[];
  yOffset: number[];
}

const chunksOf = new WeakMap<PdfFace, Map<string, EncodedChunk>>();

/**
 * Chunks kept per face and document: a CV repeats far fewer words than this,
 * and a text of all-different words (4 MiB of them) does not keep them all.
 * Forgetting one changes no byte: encoding it again finds its glyphs in the subset.
 */
const CHUNK_LIMIT = 4096;

/**
 * The content operators pdfkit's `doc.text(text, x, y, { lineBreak: false,
 * baseline: 'alphabetic' })` writes, byte for byte, with each space glyph
 * advanced by `wordSpacing` points more (a TJ offset after it). pdfkit
 * shapes each chunk once per document (its layout cache) and encodes the
 * whole string glyph by glyph on every draw; here each chunk is shaped and
 * encoded once per document and the item's TJ is made from the encoded
 * chunks, so no glyph array is concatenated, copied, scaled or looked up in
 * the subset again.
 */
function drawRun(doc: PdfDocument, text: string, x: number, baseline: number, wordSpacing: number): void {
  if (text.includes('\n')) throw new Error(`text item '${text}' holds a line break`);
  const font = doc._font;
  const size = doc._fontSize;
  // A justified item encodes the space glyph first (it is the glyph widened), as the earlier
  // encode-patching drawing did: the subset keeps its glyph order, the PDFs their bytes.
  const spaceId = wordSpacing === 0 ? -1 : encodedChunk(font, ' ').ids[0];
  const extra = (wordSpacing * 1000) / size;

  doc.save();
  doc.transform(1, 0, 0, -1, 0, doc.page.height);
  const y = doc.page.height - baseline - 0; // pdfkit's baseline shift, 0 for 'alphabetic' (kept: the same float)
  if (doc.page.fonts[font.id] == null) doc.page.fonts[font.id] = font.ref();
  doc.addContent('BT');
  doc.addContent(`1 0 0 1 ${number(x)} ${number(y)} Tm`);
  doc.addContent(`/${font.id} ${number(size)} Tf`);

  // pdfkit's _fragment: a TJ segment ends at every glyph whose advance differs
  // from its width (kerning, word spacing), carrying the difference; a glyph
  // with an x or y offset (a mark) is placed by its own Tm.
  const scale = size / 1000;
  const commands: string[] = [];
  let hex = '';
  let lastOffset = 0;
  let hadOffset = false;
  const addSegment = (): void => {
    if (hex !== '') commands.push(`<${hex}> ${number(-lastOffset)}`);
    hex = '';
  };
  const flush = (): void => {
    addSegment();
    if (commands.length > 0) {
      doc.addContent(`[${commands.join(' ')}] TJ`);
      commands.length = 0;
    }
  };
  forEachChunk(text, (chunk) => {
    const e = encodedChunk(font, chunk);
    for (let i = 0; i < e.ids.length; i++) {
      const xAdvance = e.ids[i] === spaceId ? e.xAdvance[i]! + extra : e.xAdvance[i]!;
      const offset = xAdvance - e.advanceWidth[i]!;
      if (e.xOffset[i] || e.yOffset[i]) {
        flush();
        doc.addContent(`1 0 0 1 ${number(x + e.xOffset[i]! * scale)} ${number(y + e.yOffset[i]! * scale)} Tm`);
        hex = e.codes[i]!;
        lastOffset = offset;
        flush();
        hadOffset = true;
      } else {
        if (hadOffset) {
          doc.addContent(`1 0 0 1 ${number(x)} ${number(y)} Tm`);
          hadOffset = false;
        }
        hex += e.codes[i]!;
        lastOffset = offset;
        if (offset !== 0) addSegment();
      }
      x += xAdvance * scale;
    }
  });
  flush();
  doc.addContent('ET');
  doc.restore();
}

/**
 * A chunk shaped and encoded as pdfkit's EmbeddedFont does it: the face's
 * layout scaled to 1/1000 em (the one multiplication of its layoutRun), each
 * glyph's subset id, and on the glyph's first use its width and code points
 * for the W array and the ToUnicode map. Done once per chunk and document, in
 * drawing order, so the face lays text out and the subset numbers glyphs in
 * the order pdfkit's own drawing would.
 */
function encodedChunk(font: PdfFace, chunk: string): EncodedChunk {
  let chunks = chunksOf.get(font);
  if (!chunks) {
    chunks = new Map();
    chunksOf.set(font, chunks);
  }
  let e = chunks.get(chunk);
  if (e) return e;
  const run = font.font.layout(chunk);
  const scale = font.scale;
  const space = spaceGlyph(font);
  e = { ids: [], codes: [], xAdvance: [], advanceWidth: [], xOffset: [], yOffset: [] };
  for (let i = 0; i < run.glyphs.length; i++) {
    const glyph = run.glyphs[i]!;
    const p = run.positions[i]!;
    // fontkit lays out a joiner or another default-ignorable character as the space glyph with no
    // advance: drawn, a justified line would widen it as a space and extraction would read a space.
    if (glyph.id === space && p.xAdvance === 0) continue;
    const gid = font.subset.includeGlyph(glyph.id);
    font.widths[gid] ??= glyph.advanceWidth * scale;
    // The first code points this document draws the glyph for; one made by a substitution has none, and must not hide them.
    if ((font.unicode[gid]?.length ?? 0) === 0) font.unicode[gid] = glyph.codePoints;
    e.ids.push(glyph.id);
    e.codes.push(`0000${gid.toString(16)}`.slice(-4));
    e.xAdvance.push(p.xAdvance * scale);
    e.advanceWidth.push(glyph.advanceWidth * scale);
    e.xOffset.push(p.xOffset * scale);
    e.yOffset.push(p.yOffset * scale);
  }
  if (chunks.size >= CHUNK_LIMIT) chunks.clear();
  chunks.set(chunk, e);
  return e;
}

const spaceGlyphs = new WeakMap<PdfFace, number | undefined>();

/** The face's glyph for U+0020 (laid out alone: it touches no subset). */
function spaceGlyph(font: PdfFace): number | undefined {
  if (!spaceGlyphs.has(font)) spaceGlyphs.set(font, font.font.layout(' ').glyphs[0]?.id);
  return spaceGlyphs.get(font);
}

/** PDFObject.number: how pdfkit writes every number into a content stream. */
function number(n: number): number {
  if (n > -1e21 && n < 1e21) return Math.round(n * 1e6) / 1e6;
  throw new Error(`unsupported number: ${n}`);
}
