import { parseMarkup } from '../../src/text/markup.js';
import { parseDate } from '../../src/normalize/dates.js';
import { formatRange } from '../../src/compose/dates.js';
import { isOwnerName } from '../../src/text/names.js';

describe('parseMarkup', () => {
  it('parses bold, italic, links and escapes into spans', () => {
    expect(parseMarkup('a **b** *c* [d](https://x.org) \\*e')).toEqual({
      ok: true,
      runs: [
        { text: 'a ', bold: false, italic: false },
        { text: 'b', bold: true, italic: false },
        { text: ' ', bold: false, italic: false },
        { text: 'c', bold: false, italic: true },
        { text: ' ', bold: false, italic: false },
        { text: 'd', bold: false, italic: false, href: 'https://x.org' },
        { text: ' *e', bold: false, italic: false },
      ],
    });
  });

  it('keeps brackets that are not links as text', () => {
    expect(parseMarkup('see [C3] and [x]')).toEqual({ ok: true, runs: [{ text: 'see [C3] and [x]', bold: false, italic: false }] });
  });

  it('points at markup that does not close', () => {
    expect(parseMarkup('a **b')).toEqual({ ok: false, message: "'**' is never closed", offset: 2 });
    expect(parseMarkup('a *b')).toEqual({ ok: false, message: "'*' is never closed", offset: 2 });
    expect(parseMarkup('[x](http://a')).toEqual({ ok: false, message: "link '[...](' without a closing ')'", offset: 3 });
    expect(parseMarkup('[x(y)')).toEqual({ ok: false, message: "'[' without a closing ']'", offset: 0 });
  });
});

describe('dates', () => {
  it('parses every accepted form and prints it in fixed English', () => {
    expect(formatRange({ start: parseDate('2018-08'), end: parseDate('present') })).toBe('Aug 2018 – Present');
    expect(formatRange({ start: parseDate(2019), end: parseDate('2019') })).toBe('2019');
    expect(formatRange({ start: parseDate('Fall 2019'), end: parseDate('Spring 2020') })).toBe('Fall 2019 – Spring 2020');
    expect(formatRange({ start: parseDate('2020-03-05') })).toBe('Mar 5, 2020');
    expect(formatRange({})).toBe('');
  });
});

describe('owner names', () => {
  it('match by name or alias, ignoring case, dots and spacing', () => {
    expect(isOwnerName('haekyu  park', 'Haekyu Park', [])).toBe(true);
    expect(isOwnerName('H. Park', 'Haekyu Park', ['H. Park'])).toBe(true);
    expect(isOwnerName('H Park', 'Haekyu Park', ['H. Park'])).toBe(true);
    expect(isOwnerName('J. Park', 'Haekyu Park', ['H. Park'])).toBe(false);
  });
});
