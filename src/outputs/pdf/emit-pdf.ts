import { createRequire } from 'node:module';
import type { LoadedFonts } from '../../fonts/types.js';
import type { LinkItem, OutlineItem, PageTree, RuleItem, TextItem } from '../../typeset/types.js';
import type {
  PdfDocument,
  PdfDocumentConstructor,
  PdfDocumentOptions,
  PdfOutlineNode,
} from './pdfkit-api.js';
import { nextTurn } from '../../common/next-turn.js';
import { drawTextItem } from './draw-text.js';
import { listNumbering } from './list-numbering.js';
import { batchContentWrites, collectFile } from './write-batching.js';
import { releaseWrittenObjects } from './release-written.js';
import { StructureBuilder } from './structure.js';
import type { FontFace, PdfMeta } from './types.js';

export interface EmitOptions {
  /**
   * The faces the Measurer used, parsed once per build. pdfkit then draws with
   * the very face objects that were measured (for the bundled faces, our own
   * TableFace: no fontkit at all) instead of parsing each file again with
   * fontkit. A face is taken from here only when its id and file match; the
   * bytes are the same either way.
   */
  loadedFonts?: LoadedFonts;
  /**
   * The caller reads the tree's pages and structure no more: each page's
   * items, and each structure node's children once its last page is drawn,
   * are let go of, so that the tree shrinks while pdfkit's objects grow.
   */
  releaseDrawn?: boolean;
}

/** Pages drawn between two turns of the event loop. */
const PAGES_PER_TURN = 25;

/** Fixed so that the bytes never depend on who or what built them. */
export const PDF_CREATOR = 'cv';
export const PDF_PRODUCER = 'cv (pdfkit)';

/**
 * Draws a typeset PageTree into PDF bytes. It makes no layout decision: every
 * glyph run, rule and link lands where the PageTree says, so what was measured
 * is what is printed.
 *
 * The bytes are a pure function of (tree, font files, meta): the only date is
 * `meta.date` (Info, XMP and the file /ID derive from it), dates are written
 * in UTC, and the faces are registered in the given order, which fixes
 * pdfkit's font resource names and subset tags. pdfkit is imported here, on
 * first use, because loading it costs ~150 ms that `cv validate` should not
 * pay.
 */
export async function emitPdf(
  tree: PageTree,
  fonts: readonly FontFace[],
  meta: PdfMeta,
  options: EmitOptions = {},
): Promise<Uint8Array> {
  if (Number.isNaN(meta.date.getTime())) throw new Error('emitPdf: meta.date is not a valid date');
  // CommonJS, as fonts/ requires fontkit: one fontkit instance for measuring and drawing (pdfkit
  // requires it at load; in a bundle holding pdfkit, scripts/esbuild-lazy-pdfkit-requires.mjs defers that).
  const PDFDocument = createRequire(import.meta.url)('pdfkit') as PdfDocumentConstructor;

  const info: Record<string, string | Date> = {
    Creator: PDF_CREATOR,
    Producer: PDF_PRODUCER,
    CreationDate: meta.date,
    ModDate: meta.date,
  };
  if (meta.title) info.Title = meta.title;
  if (meta.author) info.Author = meta.author;
  if (meta.subject) info.Subject = meta.subject;
  if (meta.keywords.length > 0) info.Keywords = meta.keywords.join(', ');

  const docOptions: PdfDocumentOptions = {
    autoFirstPage: false,
    font: null,
    pdfVersion: '1.7',
    compress: true,
    tagged: true,
    lang: meta.lang,
    displayTitle: true,
    info,
    ...(meta.pdfa ? { subset: 'PDF/A-2b' as const } : {}),
  };
  const doc = new PDFDocument(docOptions);
  // pdfkit copies Title/Author/... into the XMP packet without XML escaping
  // (a title with '&' breaks the packet) and leaves out xmp:ModifyDate, which
  // PDF/A wants to match Info's ModDate. Write that part of the packet ourselves.
  doc._addInfo = () => doc.appendXML(xmpInfo(doc.info));

  const file = collectFile(doc);
  releaseWrittenObjects(doc);
  const bytes = new Promise<Uint8Array>((resolve, reject) => {
    doc.on('end', () => {
      const all = file();
      // Something keeps the ended document reachable a while (a handle on the
      // stack): let go of what its closures hold (this call's tree and
      // structure, the written parts) so that it is not the next variant's memory.
      doc._addInfo = ended;
      doc._write = ended;
      doc.removeAllListeners();
      resolve(all);
    });
    doc.on('error', reject);
  });

  // Register, then select, every face in order before any content: pdfkit names
  // a face F1, F2, ... on first selection and derives the subset tag from it.
  const fontIds = new Set<string>();
  for (const face of fonts) {
    const loaded = options.loadedFonts?.get(face.id);
    doc.registerFont(face.id, loaded && loaded.file === face.file ? loaded.font : face.file);
    fontIds.add(face.id);
  }
  for (const face of fonts) doc.font(face.id);

  const lists = new Map([...listNumbering(tree)].map(([id, numbering]) => [id, { O: 'List', ListNumbering: numbering }]));
  const structure = new StructureBuilder(doc, tree.structure, tree.pages, lists, options.releaseDrawn === true);
  structure.begin();

  for (const [index, page] of tree.pages.entries()) {
    // A long CV takes seconds to draw: let a signal handler run now and then (see nextTurn).
    if (index > 0 && index % PAGES_PER_TURN === 0) await nextTurn();
    if (page.number !== index + 1) throw new Error(`page ${index + 1} is numbered ${page.number}`);
    doc.addPage({ size: [tree.width, tree.height], margin: 0 });
    batchContentWrites(doc.page.content);
    for (const item of page.items) {
      if (item.kind === 'text') drawText(doc, item, structure, fontIds);
      else if (item.kind === 'rule') drawRule(doc, item);
      else drawLink(doc, item, structure);
    }
    structure.endPage(page.number);
    if (options.releaseDrawn) page.items = [];
  }
  structure.finish();

  addOutline(doc, tree);
  doc.end();
  return bytes;
}

/** What an ended document's hooks become. */
const ended = (): void => {};

function drawText(doc: PdfDocument, item: TextItem, structure: StructureBuilder, fontIds: ReadonlySet<string>): void {
  if (item.text === '') return;
  if (!fontIds.has(item.font)) throw new Error(`text '${item.text}' uses unregistered font '${item.font}'`);
  doc.font(item.font).fontSize(item.size).fillColor(item.color);
  const struct = item.struct;
  drawTextItem(doc, item, () => {
    if (struct === 'artifact') doc.markContent('Artifact', { type: 'Pagination' });
    else structure.markContent(struct);
  });
}

/** A rule is a filled rectangle centred on `y`, `thickness` high: crisp ends, no line caps. */
function drawRule(doc: PdfDocument, item: RuleItem): void {
  doc.markContent('Artifact', { type: 'Layout' });
  doc.save();
  doc.rect(item.x, item.y - item.thickness / 2, item.width, item.thickness).fill(item.color);
  doc.restore();
  doc.endMarkedContent();
}

function drawLink(doc: PdfDocument, item: LinkItem, structure: StructureBuilder): void {
  // structParent: pdfkit gives the annotation a StructParent and puts an OBJR
  // for it into the Link element; Contents is the link's alternate description.
  doc.link(item.x, item.y, item.width, item.height, item.href, {
    structParent: structure.element(item.struct),
    Contents: new String(item.href), // a String object: pdfkit writes a primitive string as a name
  });
}

/**
 * One bookmark per OutlineItem, pointing at its page and height. pdfkit's XYZ
 * destination computes left as `pageWidth - left`, so passing the page width
 * gives left 0. Items with children are open; Count is set per the PDF spec
 * (visible descendants), which pdfkit only approximates.
 */
function addOutline(doc: PdfDocument, tree: PageTree): void {
  const add = (parent: PdfOutlineNode, items: readonly OutlineItem[]): number => {
    let visible = 0;
    for (const item of items) {
      if (!Number.isInteger(item.page) || item.page < 1 || item.page > tree.pages.length) {
        throw new Error(`outline item '${item.title}' points at page ${item.page} of ${tree.pages.length}`);
      }
      const node = parent.addItem(item.title, {
        pageNumber: item.page - 1,
        fit: false,
        top: item.y,
        left: tree.width,
        expanded: false,
      });
      const below = add(node, item.children);
      if (below > 0) node.outlineData.Count = below;
      visible += 1 + below;
    }
    return visible;
  };
  const total = add(doc.outline, tree.outline);
  if (total > 0) doc.outline.outlineData.Count = total;
}

function xmpInfo(info: Record<string, unknown>): string {
  const date = info.CreationDate as Date;
  const modDate = (info.ModDate as Date | undefined) ?? date;
  const text = (key: string): string | undefined => {
    const value = info[key];
    return typeof value === 'string' && value !== '' ? escapeXml(value) : undefined;
  };
  const title = text('Title');
  const author = text('Author');
  const subject = text('Subject');
  const keywords = text('Keywords');
  const lines = [
    '<rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">',
    `<xmp:CreateDate>${xmpDate(date)}</xmp:CreateDate>`,
    `<xmp:ModifyDate>${xmpDate(modDate)}</xmp:ModifyDate>`,
    `<xmp:CreatorTool>${text('Creator') ?? ''}</xmp:CreatorTool>`,
    '</rdf:Description>',
  ];
  if (title || author || subject) {
    lines.push('<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">');
    if (title) lines.push(`<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${title}</rdf:li></rdf:Alt></dc:title>`);
    if (author) lines.push(`<dc:creator><rdf:Seq><rdf:li>${author}</rdf:li></rdf:Seq></dc:creator>`);
    if (subject) {
      lines.push(`<dc:description><rdf:Alt><rdf:li xml:lang="x-default">${subject}</rdf:li></rdf:Alt></dc:description>`);
    }
    lines.push('</rdf:Description>');
  }
  // PDF/UA-1 identification (ISO 14289-1 5): what checkers and readers look for.
  lines.push('<rdf:Description rdf:about="" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">');
  lines.push('<pdfuaid:part>1</pdfuaid:part>');
  lines.push('</rdf:Description>');
  lines.push('<rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">');
  lines.push(`<pdf:Producer>${text('Producer') ?? ''}</pdf:Producer>`);
  if (keywords) lines.push(`<pdf:Keywords>${keywords}</pdf:Keywords>`);
  lines.push('</rdf:Description>');
  return lines.join('\n');
}

/** UTC, seconds precision, like pdfkit's Info dates. */
function xmpDate(date: Date): string {
  return `${date.toISOString().split('.')[0]}Z`;
}

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
