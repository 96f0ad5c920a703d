/**
 * Hyphenation patterns (Liang/TeX patterns from the `hyphen` package), loaded
 * here and handed to the typesetter like the Measurer, so that typeset/ stays
 * pure: it never loads modules or files itself.
 */
import { createRequire } from 'node:module';

/** Marks the allowed breaks of one word with soft hyphens (U+00AD). */
export type Hyphenator = (word: string) => string;

type HyphenateSync = (text: string, options?: { hyphenChar?: string; minWordLength?: number }) => string;

/** Loads a hyphenator's patterns now (a build's reading phase), so that typesetting never loads a module. */
export function loadPatterns(hyphenate: Hyphenator): void {
  hyphenate('');
}

// Named so as not to shadow CommonJS's require in the bundle, where patternsOf's literal require is bundled.
const fromPackage = createRequire(import.meta.url);

/**
 * English (the sample's and most CVs' language) by literal name, so that the
 * bundle holds its patterns and the bin's code cache their compiled form
 * (100 KB of array literals compiled anew took ~5 ms of every build); other
 * languages are required from the package by path on first use.
 */
function patternsOf(candidate: string): { hyphenateSync: HyphenateSync } | undefined {
  if (candidate === 'en-us' || candidate === 'en') return createRequire(import.meta.url)('hyphen/en-us/index.js') as { hyphenateSync: HyphenateSync };
  return undefined;
}

const loaded = new Map<string, Hyphenator | undefined>();

/**
 * The patterns for a BCP 47 tag ('en-US' -> hyphen/en-us, else hyphen/en), or
 * undefined when the package has none (hyphenation is then off, and build/ says so).
 */
export function loadHyphenator(language: string): Hyphenator | undefined {
  const tag = language.toLowerCase();
  if (loaded.has(tag)) return loaded.get(tag);
  let found: Hyphenator | undefined;
  if (/^[a-z]{2,3}(-[a-z0-9]{1,8})*$/.test(tag)) {
    for (const candidate of [tag, tag.split('-')[0]!]) {
      let path: string;
      try {
        path = fromPackage.resolve(`hyphen/${candidate}/index.js`);
      } catch {
        continue; // no patterns for this tag; try the bare language
      }
      // The patterns are loaded on the first word, not here: `cv validate` only needs to know they exist.
      let sync: HyphenateSync | undefined;
      found = (word) => {
        sync ??= (patternsOf(candidate) ?? (fromPackage(path) as { hyphenateSync: HyphenateSync })).hyphenateSync;
        return sync(word, { hyphenChar: '\u00ad', minWordLength: 1 });
      };
      break;
    }
  }
  loaded.set(tag, found);
  return found;
}
