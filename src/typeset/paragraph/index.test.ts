import { breakParagraph } from './index.js';
import { fakeMeasurer } from '../../../tests/helpers/paragraph-fake-measurer.js';
import { input, lineText, rightEdge, run, texts } from '../../../tests/helpers/paragraph-test-helpers.js';

// Fake faces: at size 10 every character is 5pt and a space 2.5pt, so a
// 100pt line holds 20 characters; glue stretches 1.25pt and shrinks 0.8333pt.

describe('breakParagraph: basics', () => {
  test('an empty paragraph, or one of spaces only, has no lines', () => {
    const m = fakeMeasurer();
    expect(breakParagraph(input([]), m)).toEqual({ lines: [], missingGlyphs: [] });
    expect(breakParagraph(input([run('   '), run(' ')]), m).lines).toEqual([]);
  });

  test('ragged left: hand-worked positions, widths and metrics', () => {
    const r = breakParagraph(input([run('aaaa bbbb cccc dddd eeee')]), fakeMeasurer());
    expect(texts(r)).toEqual(['aaaa bbbb cccc dddd', 'eeee']);
    const [l1, l2] = r.lines;
    // 16 letters * 5 + 3 spaces * 2.5
    expect(l1!.segments).toEqual([
      { text: 'aaaa bbbb cccc dddd', font: 'serif', size: 10, color: '#000000', x: 0, width: 87.5, wordSpacing: 0, runIndex: 0 },
    ]);
    expect(l1!.width).toBe(87.5);
    expect(l2!.width).toBe(20);
    expect(l1!.ascent).toBe(8);
    expect(l1!.descent).toBe(2);
    expect(l1!.hyphenated).toBe(false);
    expect(l1!.overfull).toBe(false);
  });

  test('spaces collapse, and leading/trailing spaces vanish', () => {
    const r = breakParagraph(input([run('  aa   bb '), run(' cc  ')]), fakeMeasurer());
    expect(texts(r)).toEqual(['aa bb cc']);
    expect(r.lines[0]!.width).toBe(35);
  });

  test('segments split by run and keep style and link; x accumulates', () => {
    const r = breakParagraph(
      input([run('see '), run('my site', { font: 'serif-bold', link: 'https://example.com', color: '#0000ff' }), run(' now')]),
      fakeMeasurer(),
    );
    const segs = r.lines[0]!.segments;
    expect(segs.map((s) => [s.text, s.font, s.link, s.x, s.width, s.runIndex])).toEqual([
      ['see ', 'serif', undefined, 0, 17.5, 0],
      ['my site', 'serif-bold', 'https://example.com', 17.5, 32.5, 1],
      [' now', 'serif', undefined, 50, 17.5, 2],
    ]);
    expect(segs[1]!.color).toBe('#0000ff');
    expect('link' in segs[0]!).toBe(false);
  });

  test('line ascent/descent are the max over segment faces and sizes', () => {
    const r = breakParagraph(input([run('small '), run('BIG', { size: 20 })]), fakeMeasurer());
    expect(r.lines[0]!.ascent).toBe(16);
    expect(r.lines[0]!.descent).toBe(4);
  });
});

describe('breakParagraph: alignment and offsets', () => {
  test('right and center place the line against the available width', () => {
    const m = fakeMeasurer();
    const right = breakParagraph(input([run('abcd ef')], { align: 'right' }), m).lines[0]!;
    // natural width 4*5 + 2.5 + 2*5 = 32.5
    expect(right.segments[0]!.x).toBe(67.5);
    expect(rightEdge(right)).toBe(100);
    const center = breakParagraph(input([run('abcd ef')], { align: 'center' }), m).lines[0]!;
    expect(center.segments[0]!.x).toBe(33.75);
  });

  test('first-line width and hanging offsets', () => {
    const r = breakParagraph(
      input([run('aaaa bbbb cccc dddd eeee ffff')], { width: 100, firstLineWidth: 50, firstLineOffset: 0, restOffset: 12 }),
      fakeMeasurer(),
    );
    expect(texts(r)).toEqual(['aaaa bbbb', 'cccc dddd eeee ffff']);
    expect(r.lines[0]!.segments[0]!.x).toBe(0);
    expect(r.lines[1]!.segments[0]!.x).toBe(12);
  });

  test('right-aligned line with an offset', () => {
    const l = breakParagraph(input([run('ab')], { align: 'right', firstLineOffset: 10 }), fakeMeasurer()).lines[0]!;
    expect(l.segments[0]!.x).toBe(100);
    expect(rightEdge(l)).toBe(110);
  });
});

describe('breakParagraph: justification', () => {
  test('justified lines end exactly at the width through wordSpacing; the last line is ragged', () => {
    const r = breakParagraph(input([run('aaaa bbbb cccc dddd eeee')], { align: 'justify' }), fakeMeasurer());
    expect(texts(r)).toEqual(['aaaa bbbb cccc dddd', 'eeee']);
    const [l1, l2] = r.lines;
    // natural 87.5, 12.5 to spread over 3 spaces
    expect(l1!.segments[0]!.wordSpacing).toBeCloseTo(12.5 / 3, 10);
    expect(l1!.segments[0]!.width).toBeCloseTo(100, 10);
    expect(Math.abs(rightEdge(l1!) - 100)).toBeLessThan(0.01);
    expect(l1!.width).toBeCloseTo(100, 10);
    expect(l2!.segments[0]!.wordSpacing).toBe(0);
    expect(l2!.width).toBe(20);
  });

  test('word spacing follows each face: spaces at size 20 stretch twice as much', () => {
    // 'aa aa ' at 10pt, 'bb b' at 20pt (a 5pt space), then a word that needs a line of its own.
    const r = breakParagraph(
      input([run('aa aa '), run('bb b', { size: 20 }), run(' cccccccccccccccccc')], { align: 'justify' }),
      fakeMeasurer(),
    );
    const l1 = r.lines[0]!;
    expect(lineText(l1)).toBe('aa aa bb b');
    // natural: 'aa aa ' = 25, 'bb b' at 20pt = 3 * 10 + 5 = 35
    const natural = 10 + 2.5 + 10 + 2.5 + 35;
    const stretchUnits = 2 * 1.25 + 1 * 2.5; // two 10pt spaces, one 20pt space
    const r0 = (100 - natural) / stretchUnits;
    expect(l1.segments[0]!.wordSpacing).toBeCloseTo(r0 * 1.25, 10);
    expect(l1.segments[1]!.wordSpacing).toBeCloseTo(r0 * 2.5, 10);
    expect(Math.abs(rightEdge(l1) - 100)).toBeLessThan(0.01);
    expect(l1.segments[1]!.x).toBeCloseTo(l1.segments[0]!.width, 10);
  });

  test('a justified line may shrink its spaces (down to 2/3)', () => {
    // 'aaaaaa bbb cc dd ee ff g' is 105pt natural with 6 spaces that shrink 5pt in all.
    const r = breakParagraph(input([run('aaaaaa bbb cc dd ee ff g hhhhhh iiiiiii jjjjj')], { align: 'justify' }), fakeMeasurer());
    expect(texts(r)).toEqual(['aaaaaa bbb cc dd ee ff g', 'hhhhhh iiiiiii jjjjj']);
    expect(r.lines[0]!.segments[0]!.wordSpacing).toBeCloseTo(-2.5 / 3, 10);
    expect(Math.abs(rightEdge(r.lines[0]!) - 100)).toBeLessThan(0.01);
  });

  test('the last line of a justified paragraph shrinks when that saves a line', () => {
    // 18 letters + 6 spaces = 105pt; the spaces shrink 6 * 0.8333 = 5pt: exactly 100.
    const r = breakParagraph(input([run('aaa bbb ccc dd eee ff gg')], { align: 'justify' }), fakeMeasurer());
    expect(texts(r)).toEqual(['aaa bbb ccc dd eee ff gg']);
    expect(r.lines[0]!.segments[0]!.wordSpacing).toBeCloseTo(-2.5 / 3, 10);
    expect(Math.abs(rightEdge(r.lines[0]!) - 100)).toBeLessThan(0.01);
    expect(r.lines[0]!.overfull).toBe(false);
  });

  test('a justified line without spaces stays flush left', () => {
    const r = breakParagraph(input([run('x'.repeat(30))], { align: 'justify' }), fakeMeasurer());
    expect(texts(r)).toEqual(['x'.repeat(20), 'x'.repeat(10)]);
    expect(r.lines[0]!.segments[0]!.wordSpacing).toBe(0);
  });
});

describe('breakParagraph: optimal versus first-fit', () => {
  // First-fit fills line 1 exactly (aaaaaaa bbbb ccc d eee = 18 letters + 4 spaces = 100pt)
  // and leaves "fffffff ggggggg" (72.5pt) to stretch 27.5pt over one space.
  // Knuth–Plass moves "eee" down: line 1 is 82.5pt (+17.5 over 3 spaces), line 2 90pt (+10 over 2).
  const text = 'aaaaaaa bbbb ccc d eee fffffff ggggggg hhhhhhh';
  const spacing = (lines: { segments: { wordSpacing: number }[] }[]) => lines.slice(0, -1).map((l) => l.segments[0]!.wordSpacing);

  test('first-fit', () => {
    const r = breakParagraph(input([run(text)], { align: 'justify' }), fakeMeasurer(), { algorithm: 'first-fit' });
    expect(texts(r)).toEqual(['aaaaaaa bbbb ccc d eee', 'fffffff ggggggg', 'hhhhhhh']);
    expect(spacing(r.lines)).toEqual([0, 27.5]);
  });

  test('Knuth–Plass spreads the slack', () => {
    const r = breakParagraph(input([run(text)], { align: 'justify' }), fakeMeasurer());
    expect(texts(r)).toEqual(['aaaaaaa bbbb ccc d', 'eee fffffff ggggggg', 'hhhhhhh']);
    const [a, b] = spacing(r.lines);
    expect(a).toBeCloseTo(17.5 / 3, 10);
    expect(b).toBeCloseTo(5, 10);
  });

  test('ragged right balances lines instead of packing the first (\\raggedright)', () => {
    // First-fit: 'aaaaa bbbb ccccc ddd e' is exactly 100pt, then 'fffffff gg hhhhhhh' is 85pt (15 short).
    // Knuth–Plass: both lines 92.5pt (7.5 short each): 2 * (10 + 100 * 0.25^3)^2 < (10 + 0)^2 + (10 + 100 * 0.5^3)^2
    // with the line-end stretch of 3em = 30pt.
    const m = fakeMeasurer();
    const t = 'aaaaa bbbb ccccc ddd e fffffff gg hhhhhhh iii';
    const ff = breakParagraph(input([run(t)]), m, { algorithm: 'first-fit' });
    expect(texts(ff)).toEqual(['aaaaa bbbb ccccc ddd e', 'fffffff gg hhhhhhh', 'iii']);
    const kp = breakParagraph(input([run(t)]), m);
    expect(texts(kp)).toEqual(['aaaaa bbbb ccccc ddd', 'e fffffff gg hhhhhhh', 'iii']);
    expect(kp.lines.map((l) => l.width)).toEqual([92.5, 92.5, 15]);
  });
});

describe('breakParagraph: measurement', () => {
  test('measures each distinct (text, face, size) once per call', () => {
    const m = fakeMeasurer();
    const r = breakParagraph(input([run(Array.from({ length: 200 }, () => 'word').join(' '))], { align: 'justify' }), m);
    expect(r.lines.length).toBeGreaterThan(30);
    // 'word', ' ', and one string per distinct line text: nowhere near one call per word
    expect(m.calls).toBeLessThan(20);
  });
});

describe('names', () => {
  test('a noBreak run (a name) moves to the next line whole instead of breaking at its space', () => {
    // 5pt per character, 100pt wide: "aaaa bbbb cccc " is 75pt, so "Haekyu Park" (55pt) cannot follow on line 1.
    const runs = [run('aaaa bbbb cccc '), run('Haekyu Park', { noBreak: true }), run(' dd')];
    expect(texts(breakParagraph(input(runs), fakeMeasurer()))).toEqual(['aaaa bbbb cccc', 'Haekyu Park dd']);
    const free = [run('aaaa bbbb cccc '), run('Haekyu Park'), run(' dd')];
    expect(texts(breakParagraph(input(free), fakeMeasurer()))).toEqual(['aaaa bbbb cccc Haekyu', 'Park dd']);
  });
});
