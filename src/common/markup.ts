/** One stretch of text with the same style. */
export interface MarkupRun {
  text: string;
  bold: boolean;
  italic: boolean;
  href?: string;
}

export type MarkupResult =
  | { ok: true; runs: MarkupRun[] }
  | { ok: false; message: string; offset: number };

const OPEN_BEFORE = /[\s([{"'\u201c\u2018/-]/;
/** White space, but not U+FEFF, which JavaScript's \s counts and text drops: "x\uFEFF**" still closes. */
const SPACE = /[^\S\uFEFF]/;
const SPECIAL = /[\\*[]/g;
const ESCAPABLE = new Set(['\\', '*', '[', ']', '(', ')', '_']);

/**
 * Parses the inline markup of cv.yaml text: `**bold**`, `*italic*`,
 * `[label](url)` and backslash escapes. Stricter than Markdown on purpose: an
 * unclosed `**` or a `[label](` without `)` is an error the owner should
 * fix, not text to print with stray asterisks. A `*` that cannot open
 * (inside a word, before a space: "C*-algebra", "2 * 3") is literal.
 * Shared by validate/ (to report errors) and normalize/ (to build runs).
 */
export function parseMarkup(text: string): MarkupResult {
  const runs: MarkupRun[] = [];
  const state = { bold: -1, italic: -1 };
  let buffer = '';
  let href: string | undefined;

  const flush = (): void => {
    if (buffer === '') return;
    const run: MarkupRun = { text: buffer, bold: state.bold >= 0, italic: state.italic >= 0 };
    if (href !== undefined) run.href = href;
    const prev = runs[runs.length - 1];
    if (prev !== undefined && prev.bold === run.bold && prev.italic === run.italic && prev.href === run.href) prev.text += buffer;
    else runs.push(run);
    buffer = '';
  };

  const scan = (from: number, to: number): { message: string; offset: number } | null => {
    let i = from;
    while (i < to) {
      const c = text[i] ?? '';
      if (c === '\\' && ESCAPABLE.has(text[i + 1] ?? '')) {
        buffer += text[i + 1];
        i += 2;
        continue;
      }
      if (c === '*') {
        const width = text[i + 1] === '*' ? 2 : 1;
        const key = width === 2 ? 'bold' : 'italic';
        const before = i === 0 ? ' ' : (text[i - 1] ?? ' ');
        const after = text[i + width] ?? '';
        if (state[key] >= 0 && !SPACE.test(before)) {
          flush();
          state[key] = -1;
          i += width;
          continue;
        }
        if (state[key] < 0 && after !== '' && !SPACE.test(after) && OPEN_BEFORE.test(before)) {
          flush();
          state[key] = i;
          i += width;
          continue;
        }
        buffer += text.slice(i, i + width);
        i += width;
        continue;
      }
      if (c === '[' && href === undefined) {
        const close = findLabelEnd(text, i + 1, to);
        if (close !== -1 && text[close + 1] === '(') {
          const end = findUrlEnd(text, close + 2, to);
          if (end === -1) return { message: `link '${text.slice(i, close + 2)}' has no closing ')'`, offset: i };
          const url = text.slice(close + 2, end).trim();
          if (url === '') return { message: `link '${text.slice(i, close + 1)}' has an empty target`, offset: i };
          flush();
          href = url;
          const inner = scan(i + 1, close);
          if (inner !== null) return inner;
          flush();
          href = undefined;
          i = end + 1;
          continue;
        }
      }
      buffer += c;
      i++;
      SPECIAL.lastIndex = i;
      const next = SPECIAL.exec(text);
      const stop = next === null || next.index > to ? to : next.index;
      buffer += text.slice(i, stop);
      i = stop;
    }
    return null;
  };

  if (!/[\\*[]/.test(text)) return { ok: true, runs: text === '' ? [] : [{ text, bold: false, italic: false }] };
  const failure = scan(0, text.length);
  if (failure !== null) return { ok: false, ...failure };
  if (state.bold >= 0) return { ok: false, message: "unclosed '**' (bold)", offset: state.bold };
  if (state.italic >= 0) return { ok: false, message: "unclosed '*' (italic)", offset: state.italic };
  flush();
  return { ok: true, runs };
}

function findLabelEnd(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === ']') return i;
    else if (text[i] === '[') return -1;
  }
  return -1;
}

function findUrlEnd(text: string, from: number, to: number): number {
  let depth = 0;
  for (let i = from; i < to; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')') {
      if (depth === 0) return i;
      depth--;
    }
  }
  return -1;
}
