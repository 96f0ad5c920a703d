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
import type { Hyphenator } from '../hyphenation/index.js';

export { createTypesetter } from './typeset-document.js';
export type { LineBreaker } from './measure-blocks.js';

/** Results kept per measurer; a build's fit loop re-typesets mostly unchanged paragraphs. Bounded so that memory stays bounded for the longest CV (see README, Reliability). */
const MEMO_LIMIT = 2_000;
const typesetters = new WeakMap<Measurer, Map<Hyphenator | undefined, ReturnType<typeof createTypesetter>>>();

/**
 * The typesetter for one measurer, with line breaking memoized: breaking is a
 * pure function of its input and the measurer, and the fit loop asks for the
 * same paragraphs again when only spacing changed. Results are never mutated.
 */
function typesetterFor(measurer: Measurer, hyphenator: Hyphenator | undefined): ReturnType<typeof createTypesetter> {
  let byHyphenator = typesetters.get(measurer);
  if (!byHyphenator) {
    byHyphenator = new Map();
    typesetters.set(measurer, byHyphenator);
  }
  let typeset = byHyphenator.get(hyphenator);
  if (!typeset) {
    const memo = new Map<string, ParagraphResult>();
    typeset = createTypesetter((input, m) => {
      const key = JSON.stringify(input);
      let result = memo.get(key);
      if (!result) {
        if (memo.size >= MEMO_LIMIT) memo.clear();
        result = breakParagraph(input, m, hyphenator ? { hyphenator } : {});
        memo.set(key, result);
      }
      return result;
    });
    byHyphenator.set(hyphenator, typeset);
  }
  return typeset;
}

/**
 * Lays the document out on pages: breaks paragraphs, paginates with
 * keep-together, keep-with-next and widow/orphan rules, adds running header
 * and page numbers, and records structure, links, outline and characters no
 * bundled font can draw. Hyphenation patterns come in from outside, like the
 * measurer, so that typesetting never loads anything.
 */
export function typesetDocument(doc: DocTree, measurer: Measurer, page: PageSpec, hyphenator?: Hyphenator): PageTree {
  return typesetterFor(measurer, hyphenator)(doc, measurer, page);
}
