import { toCvDate, toCvDateRange } from './dates.js';

describe('toCvDate', () => {
  it.each([
    ['2019', '2019'], ['2019-05', '2019-05'], ['2019-05-03', '2019-05-03'], ['2017-12-24T15:53:00', '2017-12-24'],
    ['Present', 'present'], ['PRESENT', 'present'], ['Fall 2019', 'Fall 2019'],
  ])('%s -> %s', (input, expected) => expect(toCvDate(input)).toBe(expected));

  it.each(['2019-13', '2019-02-30', 'May 2019', 'fall 2019', '19', ''])('rejects %j', (input) => expect(toCvDate(input)).toBeUndefined());
});

describe('toCvDateRange', () => {
  it.each([
    ['2021 - 2024', { start: '2021', end: '2024' }], ['2025 - present', { start: '2025', end: 'present' }],
    ['2019–2020', { start: '2019', end: '2020' }], ['2016-2018', { start: '2016', end: '2018' }],
    ['2019-09 to 2020-05', { start: '2019-09', end: '2020-05' }], ['Fall 2019 — Spring 2020', { start: 'Fall 2019', end: 'Spring 2020' }],
  ])('%s', (input, expected) => expect(toCvDateRange(input)).toEqual(expected));

  it.each(['2020,2024', '2019-05', 'Sep 2019 - 2020', 'present - 2020', '2019 -'])('rejects %j', (input) => expect(toCvDateRange(input)).toBeUndefined());
});
