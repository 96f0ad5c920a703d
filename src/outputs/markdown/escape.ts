/** CommonMark escaping: text stays text, never markup, raw HTML or an entity. */

/** Characters that may start or end markup anywhere in a line. */
const INLINE = /[\\`*_[\]<>~]/g;

/** Escapes text inside a line; `&` only where it would start an entity. */
export function escapeInline(text: string): string {
  return text.replace(INLINE, (c) => `\\${c}`).replace(/&(?=#?[a-z0-9]+;)/gi, '\\&');
}

/** Escapes what would make a line a heading, a list item, a quote or a rule when it starts the line. */
export function escapeLineStart(line: string): string {
  return line
    .replace(/^(\s*)([#+=>|-])/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/, '$1\\$2');
}

/** A link destination that survives any character: spaces, parentheses and angle brackets percent-encoded. */
export function escapeUrl(url: string): string {
  return url.replace(/[ ()<>\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
