import type { Markup } from './types.js';
import { parseMarkup } from '../common/markup.js';

/** Markup that validation accepted always parses; anything else is a bug. */
export function parseMarkupOrThrow(text: string): Markup {
  const result = parseMarkup(text);
  if (!result.ok) throw new Error(`unvalidated markup reached normalize: ${result.message}`);
  return result.runs.map((r) => ({ text: r.text, bold: r.bold, italic: r.italic, ...(r.href ? { href: r.href } : {}) }));
}
