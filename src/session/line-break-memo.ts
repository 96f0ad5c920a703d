import { paragraphHash, sameParagraph, type LineBreaker } from '../typeset/index.js';
import type { ParagraphInput, ParagraphResult } from '../typeset/paragraph/types.js';

/** Paragraph results kept per typesetter; the fit loop asks for mostly the same ones again. Bounded so that memory stays bounded for the longest CV (see README, Reliability). */
const MEMO_LIMIT = 2_000;

/**
 * `breakOne` remembering its results by paragraph content, across the fit
 * loop's passes and a watch session's builds (and within one document, which
 * may hold a paragraph twice). Results are plain data never changed by their
 * users, so a remembered one is as good as a new one.
 */
export function lineBreakMemo(breakOne: LineBreaker): LineBreaker {
  let byHash = new Map<number, [ParagraphInput, ParagraphResult][]>();
  let size = 0;
  return (input, m) => {
    const hash = paragraphHash(input);
    const bucket = byHash.get(hash);
    if (bucket) for (const [seen, result] of bucket) if (sameParagraph(seen, input)) return result;
    const result = breakOne(input, m);
    if (size >= MEMO_LIMIT) {
      byHash = new Map();
      size = 0;
    }
    const kept = byHash.get(hash);
    if (kept) kept.push([input, result]);
    else byHash.set(hash, [[input, result]]);
    size++;
    return result;
  };
}
