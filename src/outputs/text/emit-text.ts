/**
 * Plain UTF-8 text of a DocTree, for pasting into application forms: lines of
 * at most 80 columns, the name underlined with '=', sections with '-', dates
 * after titles set flush right as in the PDF, links as `label <url>`,
 * bullets as "- ".
 */
import type { Block, DocTree, List, Paragraph, Row, Run } from '../../compose/types.js';
import { labelShowsTarget, plainText, spans } from '../inline.js';
import { displayWidth, wrap, type Piece } from './wrap.js';

/** Columns of a line, as forms and terminals expect. */
export const TEXT_WIDTH = 80;

const UNDERLINE: Partial<Record<Paragraph['role'], string>> = { H1: '=', H2: '-', H3: '~' };

/** Runs as pieces to wrap: one space for any stretch of white space, a shown link target kept whole. */
export function pieces(runs: readonly Run[]): Piece[] {
  const out: Piece[] = [];
  for (const s of spans(runs, { keepBreaks: true })) {
    out.push({ text: s.text, breaks: s.breaks });
    if (s.link && !labelShowsTarget(s.text, s.link)) out.push({ text: ' ', breaks: 'any' }, { text: `<${s.link}>`, breaks: 'none' });
  }
  let prevSpace = true;
  return out
    .map((p) => ({ ...p, text: p.text.replace(/\s+/g, ' ') }))
    .map((p) => {
      const text = prevSpace ? p.text.replace(/^ /, '') : p.text;
      if (text !== '') prevSpace = text.endsWith(' ');
      return { ...p, text };
    })
    .filter((p) => p.text !== '');
}

/** Lines of one paragraph at `width`, each prefixed: `first` on the first line, `rest` after. */
function paragraphLines(p: Paragraph, width: number, first: string, rest: string): string[] {
  const lines = wrap(pieces(p.runs), width - displayWidth(rest));
  const underline = UNDERLINE[p.role];
  if (underline && lines.length > 0) {
    // Headings: one underline as wide as the longest line of the heading.
    const w = Math.max(...lines.map(displayWidth));
    lines.push(underline.repeat(w));
  }
  return lines.map((l, i) => (i === 0 ? first : rest) + l);
}

/**
 * A title line: the title wrapped, the dates flush right on its last line, or
 * on a line of their own when they do not fit there. Only spaces come between
 * the two, so "Award 2019" reads as one phrase, as it does in the PDF.
 */
function rowLines(r: Row, width: number, indent: string): string[] {
  const lines = paragraphLines(r.left, width, indent, indent);
  const right = plainText(r.right.runs).replace(/\s+/g, ' ').trim();
  if (right === '') return lines;
  const last = lines[lines.length - 1] ?? '';
  const room = width - displayWidth(last) - displayWidth(right);
  if (room >= 3) lines[lines.length - 1] = last + ' '.repeat(room) + right;
  else lines.push(' '.repeat(Math.max(0, width - displayWidth(right))) + right);
  return lines;
}

/** A chunk of output: its lines and whether a blank line sets it off from what comes before. */
interface Chunk {
  lines: string[];
  gap: boolean;
  gapAfter?: boolean;
  /** The list this item belongs to: what follows the list is set off by a blank line. */
  list?: List;
}

/** Space of at least 0.4 of a line in the PDF is a blank line in text. */
function spaced(space: number, leading: number): boolean {
  return space >= leading * 0.4;
}

function listChunks(list: List, width: number, indent: string): Chunk[] {
  return list.items.map((item, i) => {
    const label = list.numbered ? item.label.map((r) => r.text).join('').trim() : '-';
    const hang = ' '.repeat(displayWidth(label) + 1);
    const lines = item.body.flatMap((b, j) => blockChunks(b, width, indent + hang).flatMap((c) => c.lines).map((l, k) => (j === 0 && k === 0 ? indent + label + ' ' + l.slice(indent.length + hang.length) : l)));
    return { lines, gap: list.numbered === true && i > 0, list };
  });
}

function blockChunks(b: Block, width: number, indent: string): Chunk[] {
  switch (b.kind) {
    case 'paragraph': {
      const gap = b.role !== 'P' || spaced(b.spaceBefore, b.leading);
      return [{ lines: paragraphLines(b, width, indent, indent), gap, gapAfter: spaced(b.spaceAfter, b.leading) }];
    }
    case 'row':
      return [{ lines: rowLines(b, width, indent), gap: false }];
    case 'list':
      return listChunks(b, width, indent);
    case 'group': {
      const children = b.children.flatMap((c) => blockChunks(c, width, indent));
      // An entry is set off by a blank line; its own lines stay together.
      if (b.role === 'Div' && b.keepTogether && children.length > 0) children[0] = { ...children[0]!, gap: true };
      return children;
    }
    case 'rule':
    case 'spacer':
      return [];
  }
}

/** The whole document as text, ending with one newline. */
export function emitText(doc: DocTree): string {
  const chunks = doc.body.flatMap((b) => blockChunks(b, TEXT_WIDTH, ''));
  const out: string[] = [];
  let gapAfter = false;
  let list: List | undefined;
  for (const c of chunks) {
    if (c.lines.length === 0) continue;
    if ((c.gap || gapAfter || (list && c.list !== list)) && out.length > 0) out.push('');
    out.push(...c.lines);
    gapAfter = c.gapAfter === true;
    list = c.list;
  }
  return `${out.join('\n')}\n`;
}
