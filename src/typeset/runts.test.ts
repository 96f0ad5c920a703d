/**
 * The runt fix re-breaks a paragraph with narrower lines; that may give fewer
 * lines than before (a random CV of issue 14's fuzzing crashed the build with
 * "Cannot read properties of undefined (reading 'segments')").
 */
import { withoutRunt } from './runts.js';
import type { Line } from './paragraph/types.js';

const line = (text: string, width: number): Line => ({
  segments: [{ text, x: 0, width, wordSpacing: 0, runIndex: 0, font: 'serif', size: 10, color: '#000000' }],
  width,
  ascent: 8,
  descent: 2,
  hyphenated: false,
  overfull: false,
});

test('a re-break that gives fewer lines is not taken, and does not throw', () => {
  const lines = [line('one two three four', 95), line('five six seven eight', 96), line('nine', 10)];
  const fewer = () => [line('one two three four five', 99), line('six seven eight nine', 98)];
  expect(withoutRunt(lines, 100, 100, fewer)).toBe(lines);
});

test('a re-break with the same number of lines and a fuller last line is taken', () => {
  const lines = [line('one two three four', 95), line('five six seven eight', 96), line('nine', 10)];
  const again = [line('one two three', 80), line('four five six', 85), line('seven eight nine', 70)];
  expect(withoutRunt(lines, 100, 100, () => again)).toBe(again);
});
