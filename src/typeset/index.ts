/**
 * typeset/: DocTree + Measurer + PageSpec -> PageTree. Pure (no fs, pdfkit,
 * clock or randomness), so the fit loop simply typesets again with other
 * parameters.
 */
import { breakParagraph } from './paragraph/index.js';
import { createTypesetter } from './typeset-document.js';
import type { DocTree } from '../compose/types.js';
import type { Measurer, PageSpec, PageTree } from './types.js';
import type { ParagraphResult } from './paragraph/types.js';

export { createTypesetter } from './typeset-document.js';
export type { LineBreaker } from './measure-blocks.js';

/** Results kept per measurer; a build's fit loop re-typesets mostly unchanged paragraphs. */
const MEMO_LIMIT = 20_000;
const typesetters = new WeakMap<Measurer, ReturnType<typeof createTypesetter>>();

/**
 * The typesetter for one measurer, with line breaking memoized: breaking is a
 * pure function of its input and the measurer, and the fit loop asks for the
 * same paragraphs again when only spacing changed. Results are never mutated.
 */
function typesetterFor(measurer: Measurer): ReturnType<typeof createTypesetter> {
  let typeset = typesetters.get(measurer);
  if (!typeset) {
    const memo = new Map<string, ParagraphResult>();
    typeset = createTypesetter((input, m) => {
      const key = JSON.stringify(input);
      let result = memo.get(key);
      if (!result) {
        if (memo.size >= MEMO_LIMIT) memo.clear();
        result = breakParagraph(input, m);
        memo.set(key, result);
      }
      return result;
    });
    typesetters.set(measurer, typeset);
  }
  return typeset;
}

/**
 * Lays the document out on pages: breaks paragraphs, paginates with
 * keep-together, keep-with-next and widow/orphan rules, adds running header
 * and page numbers, and records structure, links, outline and characters no
 * bundled font can draw.
 */
export function typesetDocument(doc: DocTree, measurer: Measurer, page: PageSpec): PageTree {
  return typesetterFor(measurer)(doc, measurer, page);
}
