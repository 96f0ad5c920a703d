import type { Block, DocTree, FontId, Run } from '../compose/types.js';
import type { Measurer, PageTree } from '../typeset/types.js';
import { ALWAYS_DROPPED, isJoinerOrSelector } from '../typeset/paragraph/chars.js';

function runsOf(blocks: readonly Block[]): Run[] {
  return blocks.flatMap((b): Run[] => {
    switch (b.kind) {
      case 'paragraph': return b.runs;
      case 'row': return [...b.left.runs, ...b.right.runs];
      case 'list': return b.items.flatMap((i) => [...i.label, ...runsOf(i.body)]);
      case 'group': return runsOf(b.children);
      default: return [];
    }
  });
}

/**
 * Every character of the composed document that neither its run's face nor
 * any fallback face can draw, checked before typesetting so that a missing
 * glyph is an error at its place in cv.yaml and never a blank box. Only what
 * the typesetter itself never draws needs no glyph (the ASCII space, tabs and
 * line breaks, the dropped format characters, joiners and selectors): any
 * other character, a narrow no-break space included, is checked here exactly
 * as the build will check it, so that cv validate and cv build agree.
 */
export function uncoveredCharacters(doc: DocTree, measurer: Pick<Measurer, 'hasGlyph'>, fallbacks: readonly FontId[]): PageTree['missingGlyphs'] {
  const missing = new Map<string, PageTree['missingGlyphs'][number]>();
  const runs = [...runsOf(doc.body), ...(doc.furniture.header?.runs ?? [])];
  for (const run of runs) {
    for (const char of run.text) {
      const cp = char.codePointAt(0) ?? 0;
      if (cp === 0x20 || /[\t\n\r\f\v]/.test(char) || ALWAYS_DROPPED.has(cp) || isJoinerOrSelector(cp) || missing.has(char)) continue;
      if (measurer.hasGlyph(run.font, cp) || fallbacks.some((f) => measurer.hasGlyph(f, cp))) continue;
      missing.set(char, { char, codePoint: cp, font: run.font });
    }
  }
  return [...missing.values()];
}
