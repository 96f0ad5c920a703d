import { composeDocument } from '../../src/compose/index.js';
import type { Block, Paragraph, Run } from '../../src/compose/types.js';
import { normalizeCv } from '../../src/normalize/index.js';
import { selectContent } from '../../src/select/index.js';
import { tinyLayout, tinyRaw } from '../helpers/tiny-cv.js';

function paragraphs(blocks: readonly Block[]): Paragraph[] {
  return blocks.flatMap((b): Paragraph[] => {
    if (b.kind === 'paragraph') return [b];
    if (b.kind === 'row') return [b.left, b.right];
    if (b.kind === 'list') return b.items.flatMap((i) => [{ runs: i.label } as Paragraph, ...paragraphs(i.body)]);
    if (b.kind === 'group') return paragraphs(b.children);
    return [];
  });
}

const raw = {
  ...tinyRaw,
  sections: tinyRaw.sections.map((s) =>
    s.kind === 'publication'
      ? { ...s, entries: (s.entries as object[]).map((e, i) => (i === 0 ? { ...e, status: 'Under review of AAAI 2021 demo', awards: ['Best Paper'] } : e)) }
      : s,
  ),
};
const layout = tinyLayout();
const selected = selectContent(normalizeCv(raw as typeof tinyRaw), layout, {});
if (!selected.ok) throw new Error(selected.message);
const doc = composeDocument(selected.selected, layout);
const all = paragraphs(doc.body);

test('colour means link: in running text only link runs take the accent colour', () => {
  const body = all.filter((p) => p.role !== 'H1' && p.role !== 'H2');
  const coloured = body.flatMap((p) => p.runs).filter((r: Run) => r.color === layout.colors.accent && r.link === undefined);
  expect(coloured.map((r) => r.text)).toEqual([]);
  expect(body.flatMap((p) => p.runs).some((r) => r.text === 'Under review of AAAI 2021 demo')).toBe(true);
});

test('publication group headings are set larger than the bold entry titles under them', () => {
  const groupHeading = all.find((p) => p.runs[0]?.text === 'Journal and Conference Papers')!;
  const title = all.find((p) => p.runs[0]?.text === 'Notes on the Engine')!;
  expect(groupHeading.runs[0]!.size).toBeGreaterThan(title.runs[0]!.size);
  expect(groupHeading.runs[0]!.font).toMatch(/bold/);
});

test('one author-list size wherever authors are printed', () => {
  const sizes = new Set(all.filter((p) => p.runs.some((r) => r.text === 'C. Babbage')).flatMap((p) => p.runs.map((r) => r.size)));
  expect(sizes.size).toBe(1);
});
