import type { OutputFormat } from '../types.js';
import { embedFonts } from './embed-fonts.js';
import { emitHtml } from './emit-html.js';

/** One self-contained HTML page: the text of the PDF, its type embedded. */
export const htmlFormat: OutputFormat = {
  id: 'html',
  extension: '.html',
  emit: async ({ doc, faces, page, remember }) => new TextEncoder().encode(emitHtml(doc, await embedFonts(doc, faces, remember), page)),
};

export { emitHtml, type EmbeddedFont, type HtmlPage } from './emit-html.js';
export { embedFonts } from './embed-fonts.js';
