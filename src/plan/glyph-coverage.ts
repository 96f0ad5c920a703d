import type { Block, DocTree, FontId, Run } from '../compose/types.js';
import type { Measurer, PageTree } from '../typeset/types.js';
import { ALWAYS_DROPPED, LOWEST_DROPPED, isJoinerOrSelector } from '../typeset/paragraph/chars.js';

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

/** What the typesetter never draws: the ASCII space, tabs and line breaks, the dropped format characters, joiners and selectors. */
function needsNoGlyph(cp: number): boolean {
  return cp === 0x20 || (cp >= 0x09 && cp <= 0x0d) || (cp >= LOWEST_DROPPED && (ALWAYS_DROPPED.has(cp) || isJoinerOrSelector(cp)));
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
  const missing = new Map<number, PageTree['missingGlyphs'][number]>();
  const runs = [...runsOf(doc.body), ...(doc.furniture.header?.runs ?? [])];
  for (const run of runs) {
    const text = run.text;
    for (let i = 0; i < text.length; i++) {
      // Code points by hand (a string iterator and a regular expression per character cost most of cv validate's check).
      let cp = text.charCodeAt(i);
      if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < text.length) {
        const low = text.charCodeAt(i + 1);
        if (low >= 0xdc00 && low <= 0xdfff) {
          cp = 0x10000 + ((cp - 0xd800) << 10) + (low - 0xdc00);
          i++;
        }
      }
      if (needsNoGlyph(cp) || missing.has(cp) || measurer.hasGlyph(run.font, cp) || fallbacks.some((f) => measurer.hasGlyph(f, cp))) continue;
      missing.set(cp, { char: String.fromCodePoint(cp), codePoint: cp, font: run.font });
    }
  }
  return [...missing.values()];
}

/**
 * Whether every one of `chars` is drawable whichever face a run of it is set
 * in: each of `faces` has it, or a fallback does, or the typesetter never
 * draws it. True lets `cv validate` skip composing a layout whose every
 * possible character (compose's composableCharacters) is covered; false says
 * nothing, and the composed document is checked.
 */
export function allDrawable(chars: Iterable<number>, faces: readonly FontId[], coverage: Pick<Measurer, 'hasGlyph'>, fallbacks: readonly FontId[]): boolean {
  for (const cp of chars) {
    if (needsNoGlyph(cp) || faces.every((f) => coverage.hasGlyph(f, cp)) || fallbacks.some((f) => coverage.hasGlyph(f, cp))) continue;
    return false;
  }
  return true;
}
