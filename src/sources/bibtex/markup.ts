import { escapeMarkup } from '../ids.js';

/**
 * The BibTeX parser turns LaTeX into Unicode text with a little HTML for the
 * styles it keeps (`\emph` -> <i>, `\textbf` -> <b>, `\url` -> <a>, small
 * caps and case protection -> <span>). This turns that into cv.yaml Markup:
 * italic and bold kept, links as [label](url), every other tag removed with
 * its text kept, and plain text escaped so it cannot start markup.
 */
export function htmlToMarkup(html: string): string {
  let out = '';
  const tag = /<(\/?)([a-z]+)([^>]*)>/gi;
  let last = 0;
  const open: string[] = [];
  for (const m of html.matchAll(tag)) {
    out += text(html.slice(last, m.index));
    last = (m.index ?? 0) + m[0].length;
    const closing = m[1] === '/';
    const name = (m[2] ?? '').toLowerCase();
    const mark = name === 'i' || name === 'em' ? '*' : name === 'b' || name === 'strong' ? '**' : '';
    if (name === 'a') {
      if (!closing) {
        const href = /href="([^"]*)"/.exec(m[3] ?? '')?.[1];
        open.push(href ?? '');
        out += href ? '[' : '';
      } else {
        const href = open.pop();
        out += href ? `](${href})` : '';
      }
      continue;
    }
    out += mark;
  }
  out += text(html.slice(last));
  return composed(out).replace(/\s+/g, ' ').trim();
}

/**
 * Unicode as people type it: LaTeX's `\\'\\i` arrives as a dotless i with a
 * combining accent, which NFC cannot compose, so it becomes a plain i first.
 */
export function composed(s: string): string {
  return s.replace(/[\u0131\u0237](?=\p{M})/gu, (c) => (c === '\u0131' ? 'i' : 'j')).normalize('NFC');
}

/** Text between tags: the parser leaves &, < and > as they are, so only markup characters need escaping. */
function text(s: string): string {
  return escapeMarkup(s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'));
}

/** Plain text of a field (no markup wanted, e.g. a venue name): tags dropped. */
export function htmlToText(html: string): string {
  return composed(html).replace(/<[^>]*>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&').replace(/\s+/g, ' ').trim();
}
