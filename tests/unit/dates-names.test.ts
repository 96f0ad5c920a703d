import { readFileSync } from 'node:fs';
import { compareCvDates, parseCvDate, type CvDate } from '../../src/common/cv-date.js';

const parseDate = (raw: string | number): CvDate => parseCvDate(raw) as CvDate;
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

describe('one date grammar for the schema, validation and normalisation', () => {
  const schema = JSON.parse(readFileSync(new URL('../../schema/cv.schema.json', import.meta.url), 'utf8')) as { definitions: { CvDate: { oneOf?: { pattern?: string }[]; anyOf?: { pattern?: string }[] } } };
  const def = schema.definitions.CvDate;
  const pattern = new RegExp([...(def.oneOf ?? []), ...(def.anyOf ?? [])].map((d) => d.pattern).find((p) => p !== undefined) as string);
  const samples = ['2019', '2019-08', '2019-08-01', 'present', 'Fall 2019', 'Winter 2020', '2019-13', '2019-8', 'fall 2019', '19', '2019-08-01T00:00', 'Autumn 2019', ''];
  it.each(samples)('%s: the schema pattern accepts it exactly when the grammar reads it', (s) => {
    expect(pattern.test(s)).toBe(parseCvDate(s) !== undefined);
  });
  it('compares at the precision both dates have', () => {
    expect(compareCvDates(parseDate('2017'), parseDate('2017-08'))).toBe(0);
    expect(compareCvDates(parseDate('2017-03'), parseDate('2017-08'))).toBeLessThan(0);
    expect(compareCvDates(parseDate('Fall 2019'), parseDate('2019-08'))).toBeGreaterThan(0);
    expect(compareCvDates(parseDate('present'), parseDate('2100'))).toBeGreaterThan(0);
  });
});
