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
 * What the scanner finds, as one regular expression would say it:
 * /\b(?:https?:\/\/|www\.)[^\s<>"]+|[A-Za-z0-9._%+-]+@DOMAIN/g. That regex
 * rescans the run of address characters from every position in it, which
 * is quadratic in a long word; `candidates` finds the same matches in
 * linear time.
 */
const URL_START = /\b(?:https?:\/\/|www\.)[^\s<>"]+/y;
const DOMAIN = /[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/y;
const LOCAL = /[A-Za-z0-9._%+-]/;

/** Where a URL could begin: URL_START without the rest. */
const URL_HEAD = /\b(?:https?:\/\/|www\.)/g;

/** The first position at or after `from` where URL_START matches, or the text's length. */
function nextUrl(text: string, from: number): number {
  URL_HEAD.lastIndex = from;
  for (let m = URL_HEAD.exec(text); m; m = URL_HEAD.exec(text)) {
    URL_START.lastIndex = m.index;
    if (URL_START.test(text)) return m.index;
    URL_HEAD.lastIndex = m.index + 1;
  }
  return text.length;
}

/**
 * The matches of the regex above, leftmost first, each as [start, end). A run
 * of address characters not followed by "@" + domain is skipped whole (up to
 * the next URL), rather than tried at every position: a 100,000-character
 * word is looked at once.
 */
export function* candidates(text: string): Generator<readonly [number, number]> {
  let runEnd = -1; // the end of the run of address characters holding `p`
  const domainEnd = new Map<number, number>(); // per "@": where its domain ends, or -1
  let url = -1; // the next URL start at or after `p` (stale when below it)
  let p = 0;
  while (p < text.length) {
    if (url < p) url = nextUrl(text, p);
    if (url === p) {
      URL_START.lastIndex = p;
      URL_START.test(text);
      yield [p, URL_START.lastIndex];
      p = URL_START.lastIndex;
      continue;
    }
    if (LOCAL.test(text[p]!)) {
      if (runEnd <= p) {
        runEnd = p + 1;
        while (runEnd < text.length && LOCAL.test(text[runEnd]!)) runEnd++;
      }
      if (text[runEnd] === '@') {
        let end = domainEnd.get(runEnd);
        if (end === undefined) {
          DOMAIN.lastIndex = runEnd + 1;
          end = DOMAIN.test(text) ? DOMAIN.lastIndex : -1;
          domainEnd.set(runEnd, end);
        }
        if (end >= 0) {
          yield [p, end];
          p = end;
          continue;
        }
      }
      // No address starts anywhere else in this run either: same run end, same domain.
      p = Math.min(runEnd, url);
      continue;
    }
    p++;
  }
}
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
  for (const [start, end] of candidates(text)) {
    const found = trimUrl(text.slice(start, end));
    // "www." alone, or a URL that was all punctuation, is not a link.
    if (found.length <= 4 || /^https?:\/\/$/.test(found)) continue;
    if (start > last) parts.push({ text: text.slice(last, start) });
    parts.push({ text: found, href: target(found) });
    last = start + found.length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}
