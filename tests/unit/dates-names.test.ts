import { parseDate } from '../../src/normalize/dates.js';
import { formatRange } from '../../src/compose/dates.js';
import { isOwnerName } from '../../src/common/names.js';

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

describe('owner names are one rule for the warning and the bold', () => {
  it('ignores accents and emphasis marks as well', () => {
    expect(isOwnerName('Tést Person*', 'Test Person', [])).toBe(true);
  });
});
