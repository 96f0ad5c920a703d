import type { Block } from '../../src/compose/types.js';
import { composeDocument } from '../../src/compose/index.js';
import { normalizeCv } from '../../src/normalize/index.js';
import { selectContent } from '../../src/select/index.js';
import { tinyLayout, tinyRaw } from '../helpers/tiny-cv.js';
import MarkdownIt from 'markdown-it';
import { emitMarkdown } from '../../src/outputs/markdown/emit-markdown.js';
import { doc, item, list, para } from '../helpers/typeset-docs.js';
import { allBlocks } from '../helpers/doc-blocks.js';


describe('a numbered list section', () => {
  const compose = (numbering: 'ascending' | 'descending' | undefined) => {
    const raw = { ...tinyRaw, sections: [{ id: 'talks', title: 'Talks', kind: 'list' as const, ...(numbering ? { numbering } : {}), entries: ['First talk', 'Second talk', 'Third talk'] }] };
    const r = selectContent(normalizeCv(raw), tinyLayout(), {});
    if (!r.ok) throw new Error(r.message);
    const talks = (b: Block) => JSON.stringify(b).includes('First talk');
    const lists = allBlocks(composeDocument(r.selected, tinyLayout()).body).flatMap((b) => (b.kind === 'list' && talks(b) ? [b] : []));
    return lists.map((l) => ({ numbered: l.numbered === true, labels: l.items.map((i) => i.label.map((x) => x.text).join('')) }));
  };

  it('numbers its items 1, 2, 3, or 3, 2, 1 when descending, and bullets them without numbering', () => {
    expect(compose('ascending')).toEqual([{ numbered: true, labels: ['1.', '2.', '3.'] }]);
    expect(compose('descending')).toEqual([{ numbered: true, labels: ['3.', '2.', '1.'] }]);
    expect(compose(undefined)).toEqual([{ numbered: false, labels: ['•', '•', '•'] }]);
  });
});

describe('a numbered list in Markdown', () => {
  it('escapes the number so that it is the label, not a nested ordered list', () => {
    const out = emitMarkdown(doc([list([item('4.', para('Scaling laws')), item('3.', para('Lessons'))], { numbered: true })]));
    const html = new MarkdownIt().render(out);
    expect(html).toContain('<p>4. Scaling laws</p>');
    expect(html).not.toContain('<ol');
  });
});
