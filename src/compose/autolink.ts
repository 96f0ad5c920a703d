/**
 * Bare URLs and email addresses in running text ("see github.com/x" is not
 * one, "www.x.org" and "https://x.org" are): found here so that compose/
 * prints them as links that break like any URL.
 */

/** A stretch of text, with the link target when it is a bare URL or address. */
export interface AutoLinkPart {
  readonly text: string;
  readonly href?: string;
}

/**
 * An address starts where its local part starts (the lookbehind): without it the
 * engine would retry the local part from every character of a long word, time
 * quadratic in the word's length (issue 14).
 */
const CANDIDATE = /\b(?:https?:\/\/|www\.)[^\s<>"]+|(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
/** Sentence punctuation after a URL belongs to the sentence. */
const TRAILING = new Set(['.', ',', ';', ':', '!', '?', "'", '"', '\u2019', '\u201d']);
const OPENER: Readonly<Record<string, string>> = { ')': '(', ']': '[' };

/**
 * Drops trailing punctuation and a closing bracket the URL did not open, as
 * readers expect. One pass from the end with running bracket counts, so that
 * a URL ending in thousands of dots or brackets costs linear time.
 */
function trimUrl(url: string): string {
  const count = (c: string): number => url.split(c).length - 1;
  const unmatched: Record<string, number> = { ')': count(')') - count('('), ']': count(']') - count('[') };
  let end = url.length;
  for (;;) {
    const c = url[end - 1];
    if (c === undefined) return '';
    if (TRAILING.has(c)) end--;
    else if (OPENER[c] !== undefined && unmatched[c]! > 0) {
      unmatched[c]!--;
      end--;
    } else return url.slice(0, end);
  }
}

function target(text: string): string {
  if (/^https?:\/\//.test(text)) return text;
  if (text.startsWith('www.')) return `https://${text}`;
  return `mailto:${text}`;
}

/** Splits text into plain stretches and bare URLs or addresses, in order; the texts join back to the input. */
export function autoLinks(text: string): AutoLinkPart[] {
  const parts: AutoLinkPart[] = [];
  let last = 0;
  for (const m of text.matchAll(CANDIDATE)) {
    const start = m.index;
    const found = trimUrl(m[0]);
    // "www." alone, or a URL that was all punctuation, is not a link.
    if (found.length <= 4 || /^https?:\/\/$/.test(found)) continue;
    if (start > last) parts.push({ text: text.slice(last, start) });
    parts.push({ text: found, href: target(found) });
    last = start + found.length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}
