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

const CANDIDATE = /\b(?:https?:\/\/|www\.)[^\s<>"]+|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
/** Sentence punctuation after a URL belongs to the sentence. */
const TRAILING = /[.,;:!?'"\u2019\u201d]+$/;

/** Drops trailing punctuation and a closing bracket the URL did not open, as readers expect. */
function trimUrl(url: string): string {
  let u = url;
  for (;;) {
    const before = u;
    u = u.replace(TRAILING, '');
    for (const [open, close] of [['(', ')'], ['[', ']']] as const) {
      if (u.endsWith(close) && u.split(open).length < u.split(close).length) u = u.slice(0, -1);
    }
    if (u === before) return u;
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
