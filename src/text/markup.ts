/** One styled span of inline markup. */
export interface MarkupRun {
  text: string;
  bold: boolean;
  italic: boolean;
  href?: string;
}

export type MarkupResult =
  | { ok: true; runs: MarkupRun[] }
  /** `offset` is where the problem starts, in UTF-16 units from the start of the text. */
  | { ok: false; message: string; offset: number };

/**
 * Parses the small inline markup of cv.yaml: `**bold**`, `*italic*`,
 * `[label](url)` and backslash escapes (`\*`, `\[`). Shared by validate/ (to
 * point at mistakes) and normalize/ (to build spans), so both agree.
 */
export function parseMarkup(text: string): MarkupResult {
  const runs: MarkupRun[] = [];
  let bold = false;
  let italic = false;
  let boldAt = -1;
  let italicAt = -1;
  let buf = '';
  const flush = () => {
    if (buf) runs.push({ text: buf, bold, italic });
    buf = '';
  };
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '\\' && i + 1 < text.length && '*[]()\\_'.includes(text[i + 1] ?? '')) {
      buf += text[i + 1];
      i += 2;
    } else if (c === '*' && text[i + 1] === '*') {
      flush();
      bold = !bold;
      boldAt = i;
      i += 2;
    } else if (c === '*') {
      flush();
      italic = !italic;
      italicAt = i;
      i += 1;
    } else if (c === '[') {
      const close = text.indexOf(']', i + 1);
      if (close < 0) return { ok: false, message: "'[' without a closing ']'", offset: i };
      if (text[close + 1] !== '(') {
        // A bracket that is not a link, e.g. "[C3]": plain text.
        buf += text.slice(i, close + 1);
        i = close + 1;
        continue;
      }
      const end = text.indexOf(')', close + 2);
      if (end < 0) return { ok: false, message: "link '[...](' without a closing ')'", offset: close + 1 };
      const label = text.slice(i + 1, close);
      const href = text.slice(close + 2, end).trim();
      if (!label) return { ok: false, message: 'link has an empty label', offset: i };
      if (!href) return { ok: false, message: 'link has an empty target', offset: close + 1 };
      flush();
      runs.push({ text: label, bold, italic, href });
      i = end + 1;
    } else {
      buf += c;
      i += 1;
    }
  }
  if (bold) return { ok: false, message: "'**' is never closed", offset: boldAt };
  if (italic) return { ok: false, message: "'*' is never closed", offset: italicAt };
  flush();
  return { ok: true, runs };
}
