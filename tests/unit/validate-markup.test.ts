import { parseMarkup } from '../../src/common/markup.js';

describe('parseMarkup', () => {
  it('splits bold, italic and links into runs', () => {
    expect(parseMarkup('A **bold** and *it* [link](https://x.org/a_(b)) end')).toEqual({
      ok: true,
      runs: [
        { text: 'A ', bold: false, italic: false },
        { text: 'bold', bold: true, italic: false },
        { text: ' and ', bold: false, italic: false },
        { text: 'it', bold: false, italic: true },
        { text: ' ', bold: false, italic: false },
        { text: 'link', bold: false, italic: false, href: 'https://x.org/a_(b)' },
        { text: ' end', bold: false, italic: false },
      ],
    });
  });

  it('styles inside a link label and escapes', () => {
    const r = parseMarkup('[**B**](mailto:a@b.c) \\*x\\*');
    expect(r).toEqual({
      ok: true,
      runs: [
        { text: 'B', bold: true, italic: false, href: 'mailto:a@b.c' },
        { text: ' *x*', bold: false, italic: false },
      ],
    });
  });

  it('treats asterisks that cannot open as text', () => {
    for (const text of ['C*-algebras', '2 * 3', 'snake*case*', 'a [1] citation', 'plain']) {
      expect(parseMarkup(text)).toEqual({ ok: true, runs: [{ text, bold: false, italic: false }] });
    }
  });

  it('closes after an invisible U+FEFF, which is not a space (JavaScript\'s \\s counts it)', () => {
    expect(parseMarkup('a **b\ufeff** *c\ufeff*')).toEqual({
      ok: true,
      runs: [
        { text: 'a ', bold: false, italic: false },
        { text: 'b\ufeff', bold: true, italic: false },
        { text: ' ', bold: false, italic: false },
        { text: 'c\ufeff', bold: false, italic: true },
      ],
    });
  });

  it('reports unclosed markup with the offset of the opener', () => {
    expect(parseMarkup('a **b')).toEqual({ ok: false, message: "unclosed '**' (bold)", offset: 2 });
    expect(parseMarkup('x *y')).toEqual({ ok: false, message: "unclosed '*' (italic)", offset: 2 });
    expect(parseMarkup('see [x](http://a')).toEqual({ ok: false, message: "link '[x](' has no closing ')'", offset: 4 });
  });
});
