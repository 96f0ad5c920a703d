import { fakeMeasurer } from '../helpers/fake-measurer.js';
import { doc, item, list, para, TEST_PAGE, typeset } from '../helpers/typeset-docs.js';
import { listNumbering } from '../../src/outputs/pdf/list-numbering.js';
import type { StructNode } from '../../src/typeset/types.js';

const lists = (node: StructNode): StructNode[] => [...(node.role === 'L' ? [node] : []), ...node.children.flatMap(lists)];

describe('ListNumbering comes from what compose made, not from the label text', () => {
  const tree = typeset(doc([
    list([item('[C1]', para('A numbered item')), item('[C2]', para('Another'))], { numbered: true }),
    list([item('•', para('A bullet'))]),
    // A bullet list whose label happens to end in a digit is still bullets.
    list([item('x2', para('Not a number'))]),
  ]), fakeMeasurer(), TEST_PAGE);

  test('numbered lists are Decimal, bulleted ones Disc', () => {
    const [numbered, bullets, odd] = lists(tree.structure);
    const attrs = listNumbering(tree);
    expect(attrs.get(numbered!.id)).toBe('Decimal');
    expect(attrs.get(bullets!.id)).toBe('Disc');
    expect(attrs.get(odd!.id)).toBe('Disc');
    expect(attrs.size).toBe(3);
  });
});
