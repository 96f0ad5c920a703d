import type { DocTree } from '../compose/types.js';
import type { FontFace, LoadedFonts, Measurer } from '../fonts/types.js';
import { createMeasurer, glyphCoverage, loadFonts, readFontFiles, type GlyphCoverage } from '../fonts/index.js';
import { loadHyphenator, type Hyphenator } from '../hyphenation/index.js';
import { breakParagraph } from '../typeset/paragraph/index.js';
import type { ParagraphResult } from '../typeset/paragraph/types.js';
import { createTypesetter } from '../typeset/index.js';
import type { PageSpec, PageTree } from '../typeset/types.js';

/**
 * A layout's faces: which code points they cover (from the width tables), and
 * the faces parsed by fontkit with the measurer over them, made on first use
 * from the bytes read with the coverage, so that `cv validate` never parses a
 * font and nothing after the reading phase touches the disk.
 */
export interface Fonts {
  readonly coverage: GlyphCoverage;
  readonly loadedFonts: LoadedFonts;
  readonly measurer: Measurer;
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
  /** Reads a layout's faces once (reading phase: this touches the disk; fontkit parses them when first measured). */
  fonts(faces: readonly FontFace[]): Fonts;
  hyphenator(lang: string): Hyphenator | undefined;
  typesetter(measurer: Measurer, hyphenator: Hyphenator | undefined): Typeset;
}

/** Paragraph results kept per typesetter; the fit loop asks for mostly the same ones again. Bounded so that memory stays bounded for the longest CV (see README, Reliability). */
const MEMO_LIMIT = 2_000;

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
        hit = lazyFonts(faces);
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
        if ((JSON.parse(key) as FontFace[]).some((f) => files.includes(f.file))) fonts.delete(key);
      }
    },
  };
}

function lazyFonts(faces: readonly FontFace[]): Fonts {
  const files = readFontFiles(faces);
  const coverage = glyphCoverage(faces, files);
  let parsed: { loadedFonts: LoadedFonts; measurer: Measurer } | undefined;
  const load = () => {
    if (!parsed) {
      const loadedFonts = loadFonts(faces, files);
      parsed = { loadedFonts, measurer: createMeasurer(loadedFonts) };
    }
    return parsed;
  };
  return {
    coverage,
    get loadedFonts() {
      return load().loadedFonts;
    },
    get measurer() {
      return load().measurer;
    },
  };
}
