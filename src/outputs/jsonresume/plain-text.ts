import { parseMarkup } from '../../common/markup.js';

/** cv.yaml Markup as the plain text JSON Resume holds: styles dropped, a link's label kept. */
export function plainText(markup: string): string {
  const parsed = parseMarkup(markup);
  return parsed.ok ? parsed.runs.map((r) => r.text).join('') : markup;
}
