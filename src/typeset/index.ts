/**
 * typeset/: DocTree + Measurer + PageSpec -> PageTree. Pure (no fs, pdfkit,
 * clock or randomness), so the fit loop simply typesets again with other
 * parameters.
 */
import { breakParagraph } from './paragraph/index.js';
import { createTypesetter } from './typeset-document.js';
import type { DocTree } from '../compose/types.js';
import type { Measurer, PageSpec, PageTree } from './types.js';

export { createTypesetter } from './typeset-document.js';
export type { LineBreaker } from './measure-blocks.js';

const typesetWithEngine = createTypesetter((input, measurer) => breakParagraph(input, measurer));

/**
 * Lays the document out on pages: breaks paragraphs, paginates with
 * keep-together, keep-with-next and widow/orphan rules, adds running header
 * and page numbers, and records structure, links, outline and characters no
 * bundled font can draw. Measurements are cached for the duration of the call.
 */
export function typesetDocument(doc: DocTree, measurer: Measurer, page: PageSpec): PageTree {
  return typesetWithEngine(doc, measurer, page);
}
