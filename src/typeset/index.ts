/**
 * typeset/: DocTree + Measurer + PageSpec -> PageTree. Pure (no fs, pdfkit,
 * clock or randomness), so the fit loop simply typesets again with other
 * parameters. Caches across calls belong to the session (src/session/).
 */
import { breakParagraph } from './paragraph/index.js';
import { createTypesetter } from './typeset-document.js';
import type { DocTree } from '../compose/types.js';
import type { Measurer, PageSpec, PageTree } from './types.js';
import type { Hyphenator } from '../hyphenation/index.js';

export { createTypesetter } from './typeset-document.js';
export { fitToBudget, type FitResult, type Render } from './fit.js';
export type { LineBreaker } from './measure-blocks.js';
export { paragraphHash, sameParagraph } from './paragraph-identity.js';

/**
 * Lays the document out on pages: breaks paragraphs, paginates with
 * keep-together, keep-with-next and widow/orphan rules, adds running header
 * and page numbers, and records structure, links, outline and characters no
 * bundled font can draw. Hyphenation patterns come in from outside, like the
 * measurer, so that typesetting never loads anything.
 */
export function typesetDocument(doc: DocTree, measurer: Measurer, page: PageSpec, hyphenator?: Hyphenator): PageTree {
  return createTypesetter((input, m) => breakParagraph(input, m, hyphenator ? { hyphenator } : {}))(doc, measurer, page);
}
