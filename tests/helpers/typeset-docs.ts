/**
 * Small DocTree builders for typeset tests. Defaults: font "serif" 10 pt,
 * leading 12, no spacing; with the fake measurer a character is 5 pt wide.
 * `TEST_PAGE` is 200 × 200 with 20 pt margins: a 160 × 160 content area,
 * 32 characters per line and 13 lines of 12 pt per page.
 */
import type { Block, DocTree, Group, List, ListItem, Paragraph, PageFurniture, Row, Rule, Run, Spacer } from '../../src/compose/types.js';
import { typesetDocument } from '../../src/typeset/index.js';
import type { PageSpec, PageTree, StructNode, TextItem } from '../../src/typeset/types.js';

/** The typesetter under test, with the real paragraph engine. */
export const typeset = typesetDocument;

export const TEST_PAGE: PageSpec = {
  width: 200,
  height: 200,
  margins: { top: 20, right: 20, bottom: 20, left: 20 },
  fallbackFonts: [],
};

export function run(text: string, extra: Partial<Run> = {}): Run {
  return { text, font: 'serif', size: 10, color: '#000000', ...extra };
}

export function para(content: string | Run[], extra: Partial<Paragraph> = {}): Paragraph {
  return {
    kind: 'paragraph', role: 'P', runs: typeof content === 'string' ? [run(content)] : content, align: 'left',
    leading: 12, indent: 0, hyphenate: false, spaceBefore: 0, spaceAfter: 0, ...extra,
  };
}

export function heading(text: string, extra: Partial<Paragraph> = {}): Paragraph {
  return para(text, { role: 'H2', keepWithNext: true, ...extra });
}

/** A paragraph of exactly `n` full lines: 4 words of 7 letters fill 31 of 32 characters. */
export function lines(n: number, tag = 'a', extra: Partial<Paragraph> = {}): Paragraph {
  const words: string[] = [];
  for (let i = 0; i < n * 4; i++) words.push(`${tag}${String(i).padStart(6, '0')}`);
  return para(words.join(' '), extra);
}

export function row(left: string | Run[], right: string, extra: Partial<Row> = {}): Row {
  return { kind: 'row', left: para(left), right: para(right, { align: 'right' }), gap: 10, spaceBefore: 0, spaceAfter: 0, ...extra };
}

export function list(items: ListItem[], extra: Partial<List> = {}): List {
  return { kind: 'list', items, indent: 5, labelWidth: 15, labelAlign: 'left', itemGap: 0, spaceBefore: 0, spaceAfter: 0, ...extra };
}

export function item(label: string, ...body: Block[]): ListItem {
  return { label: [run(label)], body };
}

export function group(children: Block[], extra: Partial<Group> = {}): Group {
  return { kind: 'group', role: 'Div', keepTogether: false, children, spaceBefore: 0, spaceAfter: 0, ...extra };
}

export function rule(extra: Partial<Rule> = {}): Rule {
  return { kind: 'rule', thickness: 1, color: '#888888', spaceBefore: 0, spaceAfter: 0, ...extra };
}

export function spacer(height: number): Spacer {
  return { kind: 'spacer', height };
}

export function doc(body: Block[], furniture: PageFurniture = {}): DocTree {
  return { meta: { title: 'T', author: 'A', subject: 'S', keywords: [], lang: 'en-US' }, furniture, body };
}

/** The body text items of a page (no artifacts). */
export function texts(tree: PageTree, page: number): TextItem[] {
  return tree.pages[page - 1]!.items.filter((i): i is TextItem => i.kind === 'text' && i.struct !== 'artifact');
}

/** Page number (1-based) holding the text item that starts with `prefix`. */
export function pageOf(tree: PageTree, prefix: string): number {
  const p = tree.pages.find((pg) => pg.items.some((i) => i.kind === 'text' && i.text.startsWith(prefix)));
  if (!p) throw new Error(`no text starting with ${prefix}`);
  return p.number;
}

/** Compact structure tree, e.g. "Document#0(Sect#1(H2#2))". */
export function shape(node: StructNode): string {
  const inner = node.children.map(shape).join(',');
  return `${node.role}#${node.id}${inner ? `(${inner})` : ''}`;
}

/** All ids in a structure tree, in document order. */
export function structIds(node: StructNode): number[] {
  return [node.id, ...node.children.flatMap(structIds)];
}
