import type { DocTree } from '../compose/types.js';
import type { FontFace, LoadedFonts, Measurer } from '../fonts/types.js';
import type { OutputFormat, OutputInput } from '../outputs/types.js';
import { createMeasurer, glyphCoverage, loadFonts, readFontFiles, type GlyphCoverage } from '../fonts/index.js';
import { readFontTable } from '../fonts/sfnt/read-table.js';
import { MAX_FONT_BYTES } from '../fonts/types.js';
import { loadHyphenator, type Hyphenator } from '../hyphenation/index.js';
import { breakParagraph } from '../typeset/paragraph/index.js';
import { createTypesetter } from '../typeset/index.js';
import { lineBreakMemo } from './line-break-memo.js';
import type { PagesAtLeast, PageSpec, PageTree } from '../typeset/types.js';
import { sha256Hex } from '../common/crypto.js';

/**
 * A layout's faces: which code points they cover (from the width tables), and
 * the parsed faces (fonts/load-fonts.ts) with the measurer over them, made on first use
 * from the bytes read with the coverage, so that `cv validate` never parses a
 * font and nothing after the reading phase touches the disk.
 */
export interface Fonts {
  readonly coverage: GlyphCoverage;
  readonly loadedFonts: LoadedFonts;
  readonly measurer: Measurer;
}

/** Typesets a document; one per measurer and hyphenator, remembering its line breaks. With `maxPages`, see typeset/'s PagesAtLeast. */
export interface Typeset {
  (doc: DocTree, page: PageSpec): PageTree;
  (doc: DocTree, page: PageSpec, maxPages: number | undefined): PageTree | PagesAtLeast;
}

/**
 * What a long-lived process keeps between builds: parsed fonts (and with them
 * their shaping memos), hyphenation patterns, and line breaks per measurer.
 * One `cv build` makes one; `--watch` and tests keep one across builds, so a
 * rebuild pays only for what changed. Every cache is keyed by everything its
 * result depends on, so reuse never changes a byte.
 */
export interface Session {
  /** Reads a layout's faces once (reading phase: this touches the disk; they are parsed when first measured). */
  fonts(faces: readonly FontFace[]): Fonts;
  hyphenator(lang: string): Hyphenator | undefined;
  typesetter(measurer: Measurer, hyphenator: Hyphenator | undefined): Typeset;
  /** An output's bytes, made again only when its input changed: a save that leaves a variant as it was costs no emit. */
  output(format: OutputFormat, input: OutputInput): Promise<Uint8Array>;
}

/** Outputs kept per set of fonts: a few variants in a few formats. */
const OUTPUT_LIMIT = 32;

/** Bytes outputs derive from one set of fonts (WOFF2 subsets): a few faces, a few saves apart. */
const DERIVED_LIMIT = 64;

/** Everything an output is made from except the fonts (kept apart by object: a saved font is a new one), as a short digest. */
function contentDigest(input: OutputInput): string {
  const { loadedFonts: _byObject, remember: _notContent, ...rest } = input;
  return sha256Hex(JSON.stringify(rest));
}

/** Forgets font files whose bytes may have changed (`--watch` after a save). */
export interface WatchableSession extends Session {
  forgetFonts(files: readonly string[]): void;
}

export function createSession(): WatchableSession {
  const fonts = new Map<string, Fonts>();
  const typesetters = new WeakMap<Measurer, Map<Hyphenator | undefined, Typeset>>();
  const outputs = new WeakMap<LoadedFonts, Map<string, Uint8Array>>();
  const derived = new WeakMap<LoadedFonts, Map<string, Promise<Uint8Array>>>();
  // Every format of a variant gets the same input object (never mutated): its digest is taken once.
  const digests = new WeakMap<OutputInput, string>();
  const rememberFor = (loadedFonts: LoadedFonts): NonNullable<OutputInput['remember']> => {
    let byKey = derived.get(loadedFonts);
    if (!byKey) derived.set(loadedFonts, (byKey = new Map()));
    const kept = byKey;
    return (key, make) => {
      let bytes = kept.get(key);
      if (!bytes) {
        if (kept.size >= DERIVED_LIMIT) kept.clear();
        // A failure is not kept: the next build tries again.
        bytes = make().catch((e: unknown) => {
          kept.delete(key);
          throw e;
        });
        kept.set(key, bytes);
      }
      return bytes;
    };
  };
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
        const run = createTypesetter(lineBreakMemo((input, m) => breakParagraph(input, m, hyphenator ? { hyphenator } : {})));
        typeset = ((doc: DocTree, page: PageSpec, maxPages?: number) => run(doc, measurer, page, maxPages)) as Typeset;
        byHyphenator.set(hyphenator, typeset);
      }
      return typeset;
    },
    async output(format, input) {
      let byKey = outputs.get(input.loadedFonts);
      if (!byKey) outputs.set(input.loadedFonts, (byKey = new Map()));
      let digest = digests.get(input);
      if (digest === undefined) digests.set(input, (digest = contentDigest(input)));
      const key = `${format.id} ${digest}`;
      let bytes = byKey.get(key);
      if (!bytes) {
        bytes = await format.emit({ ...input, remember: rememberFor(input.loadedFonts) });
        if (byKey.size >= OUTPUT_LIMIT) byKey.clear();
        byKey.set(key, bytes);
      }
      return bytes;
    },
    forgetFonts(files) {
      for (const [key, value] of fonts) {
        if ((JSON.parse(key) as FontFace[]).some((f) => files.includes(f.file))) fonts.delete(key);
      }
    },
  };
}

/**
 * A layout's faces, read as far as asked: the glyph check (all cv validate
 * needs) reads each face's cmap alone; measuring and drawing read the files.
 * A face whose cmap cannot be read alone is read whole at once, so that a bad
 * file is refused here, where the reading phase reports it.
 */
function lazyFonts(faces: readonly FontFace[]): Fonts {
  let files: Map<string, Uint8Array> | undefined;
  const whole = () => (files ??= readFontFiles(faces));
  const coverage = glyphCoverage(faces, {
    table: (file, tag) => readFontTable(file, tag, MAX_FONT_BYTES) ?? (whole(), undefined),
    whole: (file) => whole().get(file)!,
  });
  let parsed: { loadedFonts: LoadedFonts; measurer: Measurer } | undefined;
  const load = () => {
    if (!parsed) {
      const loadedFonts = loadFonts(faces, whole());
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
