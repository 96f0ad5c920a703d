import type { DocTree } from '../compose/types.js';
import type { FontFace, LoadedFonts, Measurer } from '../fonts/types.js';
import { createMeasurer, loadFonts } from '../fonts/index.js';
import { loadHyphenator, type Hyphenator } from '../hyphenation/index.js';
import { breakParagraph } from '../typeset/paragraph/index.js';
import type { ParagraphResult } from '../typeset/paragraph/types.js';
import { createTypesetter } from '../typeset/index.js';
import type { PageSpec, PageTree } from '../typeset/types.js';

/** A set of parsed faces and the measurer over them. */
export interface Fonts {
  loadedFonts: LoadedFonts;
  measurer: Measurer;
}

/** Typesets a document; one per measurer and hyphenator, remembering its line breaks. */
export type Typeset = (doc: DocTree, page: PageSpec) => PageTree;

/**
 * What a long-lived process keeps between builds: parsed fonts (and with them
 * fontkit's shaping memo), hyphenation patterns, and line breaks per measurer.
 * One `cv build` makes one; `--watch` and tests keep one across builds, so a
 * rebuild pays only for what changed. Every cache is keyed by everything its
 * result depends on, so reuse never changes a byte.
 */
export interface Session {
  /** Parses a layout's faces once (reading phase: this touches the disk). */
  fonts(faces: readonly FontFace[]): Fonts;
  hyphenator(lang: string): Hyphenator | undefined;
  typesetter(measurer: Measurer, hyphenator: Hyphenator | undefined): Typeset;
}

/** Paragraph results kept per typesetter; the fit loop asks for mostly the same ones again. */
const MEMO_LIMIT = 20_000;

/** Forgets font files whose bytes may have changed (`--watch` after a save). */
export interface WatchableSession extends Session {
  forgetFonts(files: readonly string[]): void;
}

export function createSession(): WatchableSession {
  const fonts = new Map<string, Fonts>();
  const typesetters = new WeakMap<Measurer, Map<Hyphenator | undefined, Typeset>>();
  return {
    fonts(faces) {
      const key = JSON.stringify(faces);
      let hit = fonts.get(key);
      if (!hit) {
        const loadedFonts = loadFonts(faces);
        hit = { loadedFonts, measurer: createMeasurer(loadedFonts) };
        fonts.set(key, hit);
      }
      return hit;
    },
    hyphenator: loadHyphenator,
    typesetter(measurer, hyphenator) {
      let byHyphenator = typesetters.get(measurer);
      if (!byHyphenator) {
        byHyphenator = new Map();
        typesetters.set(measurer, byHyphenator);
      }
      let typeset = byHyphenator.get(hyphenator);
      if (!typeset) {
        const memo = new Map<string, ParagraphResult>();
        const run = createTypesetter((input, m) => {
          const key = JSON.stringify(input);
          let result = memo.get(key);
          if (!result) {
            if (memo.size >= MEMO_LIMIT) memo.clear();
            result = breakParagraph(input, m, hyphenator ? { hyphenator } : {});
            memo.set(key, result);
          }
          return result;
        });
        typeset = (doc, page) => run(doc, measurer, page);
        byHyphenator.set(hyphenator, typeset);
      }
      return typeset;
    },
    forgetFonts(files) {
      for (const [key, value] of fonts) {
        if ([...value.loadedFonts.values()].some((f) => files.includes(f.file))) fonts.delete(key);
      }
    },
  };
}
