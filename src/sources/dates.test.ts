import { toCvDate } from './dates.js';

describe('toCvDate', () => {
  it.each([
    ['2019', '2019'], ['2019-05', '2019-05'], ['2019-05-03', '2019-05-03'], ['2017-12-24T15:53:00', '2017-12-24'],
    ['Present', 'present'], ['PRESENT', 'present'], ['Fall 2019', 'Fall 2019'],
  ])('%s -> %s', (input, expected) => expect(toCvDate(input)).toBe(expected));

  it.each(['2019-13', '2019-02-30', 'May 2019', 'fall 2019', '19', ''])('rejects %j', (input) => expect(toCvDate(input)).toBeUndefined());
});
