/**
 * Straight quotes and apostrophes typed in cv.yaml become the typographic
 * ones of the CV's language, here rather than in the YAML so that the source
 * stays easy to type. Only printed text is touched: ids, URLs, emails, tags
 * and other machine values keep their bytes.
 */
import type { MarkupRun } from '../common/markup.js';

interface QuoteSet {
  double: [string, string];
  single: [string, string];
}

const NBSP = '\u00a0';
const ENGLISH: QuoteSet = { double: ['\u201c', '\u201d'], single: ['\u2018', '\u2019'] };
/** By primary language subtag; French guillemets take a no-break space inside (its glyph is in every bundled face). */
const QUOTES: Record<string, QuoteSet> = {
  en: ENGLISH,
  de: { double: ['\u201e', '\u201c'], single: ['\u201a', '\u2018'] },
  fr: { double: [`\u00ab${NBSP}`, `${NBSP}\u00bb`], single: ['\u2039', '\u203a'] },
  es: { double: ['\u00ab', '\u00bb'], single: ['\u201c', '\u201d'] },
  it: { double: ['\u00ab', '\u00bb'], single: ['\u201c', '\u201d'] },
  pt: ENGLISH,
  ko: ENGLISH,
  zh: ENGLISH,
  ja: { double: ['\u300c', '\u300d'], single: ['\u300e', '\u300f'] },
};

const APOSTROPHE = '\u2019';
/** Keys whose string values are machine values, never printed as prose. */
const MACHINE_KEYS = new Set(['id', 'key', 'pointer', 'kind', 'lang', 'tags', 'type', 'url', 'trackUrl', 'href', 'doi', 'email', 'phone', 'website', 'link', 'network', 'username']);

/** The quote set for a BCP 47 tag such as "de-DE"; English when the language has no entry. */
export function quotesFor(lang: string): QuoteSet {
  return QUOTES[lang.toLowerCase().split('-')[0] ?? ''] ?? ENGLISH;
}

/**
 * Replaces straight quotes in `text`. `before` is the character printed just
 * before it (another markup run's end), so that `**word**'s` gets an
 * apostrophe. A quote opens after the start, a space or an opening bracket,
 * and closes elsewhere; a single quote between letters is an apostrophe.
 */
export function typographicQuotes(text: string, quotes: QuoteSet, before = ''): string {
  if (!text.includes('"') && !text.includes("'")) return text; // most text: nothing to do
  let out = '';
  let prev = before;
  let singleOpen = false;
  const chars = [...text];
  chars.forEach((c, i) => {
    const next = chars[i + 1] ?? '';
    const opening = prev === '' || /[\s([{\u2014\u2013\u00ab\u201c\u2018\u201e\u201a/-]/u.test(prev);
    let r = c;
    if (c === '"') {
      r = opening ? quotes.double[0] : quotes.double[1];
    } else if (c === "'") {
      if (opening && /\d/.test(next)) r = APOSTROPHE; // '90s
      else if (opening && next !== '' && !/\s/u.test(next)) {
        r = quotes.single[0];
        singleOpen = true;
      } else if (singleOpen && !/\p{L}/u.test(next)) {
        r = quotes.single[1];
        singleOpen = false;
      } else r = APOSTROPHE;
    }
    out += r;
    prev = c;
  });
  return out;
}

/** Markup runs converted as one text, each run seeing the end of the one before. */
export function typographicRuns(runs: readonly MarkupRun[], quotes: QuoteSet): MarkupRun[] {
  let before = '';
  return runs.map((run) => {
    const text = typographicQuotes(run.text, quotes, before);
    before = lastCharacter(run.text) ?? before;
    return { ...run, text };
  });
}

/** The last code point of `text` as a string, undefined for ''. */
function lastCharacter(text: string): string | undefined {
  if (text === '') return undefined;
  const low = text.charCodeAt(text.length - 1);
  return low >= 0xdc00 && low <= 0xdfff && text.length > 1 ? text.slice(-2) : text.slice(-1);
}

function isMarkup(value: unknown[]): value is MarkupRun[] {
  return value.length > 0 && value.every((v) => typeof v === 'object' && v !== null && 'text' in v && 'bold' in v && 'italic' in v);
}

/** Every printed string of a normalized value, converted; a new value, the input is left as it is. */
export function withTypographicQuotes<T>(value: T, lang: string): T {
  const quotes = quotesFor(lang);
  const walk = (v: unknown, key: string): unknown => {
    if (MACHINE_KEYS.has(key)) return v;
    if (typeof v === 'string') return v.includes('"') || v.includes("'") ? typographicQuotes(v, quotes) : v;
    if (Array.isArray(v)) return isMarkup(v) ? typographicRuns(v, quotes) : v.map((x) => walk(x, key));
    if (v !== null && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
      const record = v as Record<string, unknown>;
      const out: Record<string, unknown> = {};
      for (const k of Object.keys(record)) {
        // An own '__proto__' key (YAML allows it) stays a key, as Object.fromEntries would keep it.
        if (k === '__proto__') Object.defineProperty(out, k, { value: walk(record[k], k), enumerable: true, writable: true, configurable: true });
        else out[k] = walk(record[k], k);
      }
      return out;
    }
    return v;
  };
  return walk(value, '') as T;
}
