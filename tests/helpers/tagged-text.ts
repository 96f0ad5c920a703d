/**
 * The tagged text of a PDF, as a screen reader gets it: poppler's
 * `pdfinfo -struct-text` prints the structure tree with each marked-content
 * string quoted under its element. Paragraph-like elements (P, H1-H3, Lbl)
 * are collected with all strings below them (Links included), joined as
 * drawn: text extraction tools add nothing between marked-content pieces.
 */
import { tool } from './cli-run.js';

export interface TaggedBlock {
  role: string;
  text: string;
}

const BLOCK = /^(\s*)(P|H1|H2|H3|Lbl) \(/;
const STRING = /^\s*"(.*)"$/;

export function taggedBlocks(path: string): TaggedBlock[] {
  const out: TaggedBlock[] = [];
  let open: { indent: number; block: TaggedBlock } | undefined;
  for (const line of tool('pdfinfo', ['-struct-text', path]).stdout.split('\n')) {
    const indent = line.length - line.trimStart().length;
    if (open && indent <= open.indent) open = undefined;
    const block = BLOCK.exec(line);
    if (block && !open) {
      open = { indent, block: { role: block[2]!, text: '' } };
      out.push(open.block);
      continue;
    }
    const s = STRING.exec(line);
    if (s && open) open.block.text += s[1];
  }
  return out;
}

/**
 * Whitespace-separated words without the punctuation around them ("(GTC),"
 * is "GTC"), straight and typographic quotes folded together.
 */
export function words(text: string): string[] {
  return text
    .replace(/[\u2018\u2019]/g, "'")
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((w) => w !== '');
}
