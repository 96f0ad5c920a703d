/**
 * CommonMark of a DocTree that renders well on GitHub: `#` the name, `##`
 * sections, one paragraph per entry with hard line breaks, dates in italics
 * after titles, lists for bullets
 * and publications (labels kept), links, bold as in the PDF (the owner in
 * author lists), and every character of the CV's text escaped: no raw HTML.
 */
import type { Block, DocTree, List, Paragraph, Row, Run } from '../../compose/types.js';
import { plainText, spans, type Span } from '../inline.js';
import { escapeInline, escapeLineStart, escapeUrl } from './escape.js';

const HASHES: Partial<Record<Paragraph['role'], string>> = { H1: '#', H2: '##', H3: '###' };

/** One span with its emphasis; white space at its edges stays outside the delimiters so that they still count. */
function spanMarkdown(s: Span, plain: boolean): string {
  const text = s.text.replace(/\s+/g, ' ');
  const lead = /^ /.test(text) ? ' ' : '';
  const trail = / $/.test(text) && text.trim() !== '' ? ' ' : '';
  const core = text.trim();
  if (core === '') return text === '' ? '' : ' ';
  const mark = plain ? '' : s.bold && s.italic ? '***' : s.bold ? '**' : s.italic ? '*' : '';
  let md = `${mark}${escapeInline(core)}${mark}`;
  if (s.link) md = `[${md}](${escapeUrl(s.link)})`;
  return lead + md + trail;
}

/** Runs as one line of Markdown, white space collapsed. */
export function inlineMarkdown(runs: readonly Run[], plain = false): string {
  return spans(runs)
    .map((s) => spanMarkdown(s, plain))
    .join('')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/** A title line: the dates after the title in italics, an en space between, so "Award 2019" still reads as one phrase. */
function rowMarkdown(r: Row): string {
  const left = inlineMarkdown(r.left.runs);
  const right = plainText(r.right.runs).replace(/\s+/g, ' ').trim();
  return right === '' ? left : `${left}\u2002*${escapeInline(right)}*`;
}

/** Paragraph-level pieces: a line of text (joined to its neighbours by hard breaks), a heading, or a list. */
type Piece = { kind: 'line'; text: string; gap: boolean; gapAfter: boolean } | { kind: 'heading'; text: string } | { kind: 'list'; list: List };

function spaced(space: number, leading: number): boolean {
  return space >= leading * 0.4;
}

function blockPieces(b: Block): Piece[] {
  switch (b.kind) {
    case 'paragraph': {
      const hashes = HASHES[b.role];
      if (hashes) return [{ kind: 'heading', text: `${hashes} ${inlineMarkdown(b.runs, true)}` }];
      return [{ kind: 'line', text: inlineMarkdown(b.runs), gap: spaced(b.spaceBefore, b.leading), gapAfter: spaced(b.spaceAfter, b.leading) }];
    }
    case 'row':
      return [{ kind: 'line', text: rowMarkdown(b), gap: false, gapAfter: false }];
    case 'list':
      return [{ kind: 'list', list: b }];
    case 'group': {
      const children = b.children.flatMap(blockPieces);
      const first = children[0];
      if (b.role === 'Div' && b.keepTogether && first?.kind === 'line') children[0] = { ...first, gap: true };
      return children;
    }
    case 'rule':
    case 'spacer':
      return [];
  }
}

/** Lines joined into Markdown paragraphs: a hard break (backslash) inside, a blank line between. */
function paragraphs(pieces: readonly Piece[], indent: string): string[] {
  const out: string[] = [];
  let lines: string[] = [];
  const flush = () => {
    if (lines.length > 0) out.push(lines.map((l, i) => (i === 0 ? '' : indent) + escapeLineStart(l) + (i < lines.length - 1 ? '\\' : '')).join('\n'));
    lines = [];
  };
  let gapAfter = false;
  for (const p of pieces) {
    if (p.kind === 'line') {
      if (p.text === '') continue;
      if (p.gap || gapAfter) flush();
      lines.push(p.text);
      gapAfter = p.gapAfter;
      continue;
    }
    flush();
    gapAfter = false;
    out.push(p.kind === 'heading' ? p.text : listMarkdown(p.list, indent));
  }
  flush();
  return out;
}

/** Bullets as "- ", publications as "- \[C6\] ..." with their label: the labels are not 1, 2, 3. */
function listMarkdown(list: List, indent: string): string {
  const inner = `${indent}  `;
  const items = list.items.map((item) => {
    // "4." after "- " would start a nested ordered list; escaped, it stays the item's label.
    const label = list.numbered ? `${escapeInline(item.label.map((r) => r.text).join('').trim()).replace(/^(\d+)\./, '$1\\.')} ` : '';
    const body = paragraphs(item.body.flatMap(blockPieces).map((p) => (p.kind === 'line' ? { ...p, gap: false, gapAfter: false } : p)), inner);
    return `${indent}- ${label}${body.join(`\n\n${inner}`)}`;
  });
  // Loose lists (a blank line between items) for publications, whose items are several lines.
  return items.join(list.numbered ? '\n\n' : '\n');
}

/** The whole document as Markdown, ending with one newline. */
export function emitMarkdown(doc: DocTree): string {
  return `${paragraphs(doc.body.flatMap(blockPieces), '').join('\n\n')}\n`;
}
