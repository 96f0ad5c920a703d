import type { ParagraphInput, ParagraphResult } from '../../src/typeset/paragraph/types.js';
import type { Measurer } from '../../src/typeset/types.js';
import { lineBreakMemo } from '../../src/session/line-break-memo.js';

const measurer = {} as Measurer;
const paragraph = (text: string, width = 100): ParagraphInput => ({ runs: [{ text, font: 'regular', size: 10, color: '#000000' }], width, align: 'left', hyphenate: false, fallbackFonts: [] });

describe('lineBreakMemo', () => {
  it('breaks a paragraph once per content, whatever objects hold it', () => {
    const broken: string[] = [];
    const memo = lineBreakMemo((input): ParagraphResult => {
      broken.push(`${input.runs[0]!.text}@${input.width}`);
      return { lines: [], missingGlyphs: [] };
    });
    const first = memo(paragraph('Deep learning'), measurer);
    expect(memo(paragraph('Deep learning'), measurer)).toBe(first);
    memo(paragraph('Deep learning', 90), measurer);
    memo(paragraph('Deep learnings'), measurer);
    expect(broken).toEqual(['Deep learning@100', 'Deep learning@90', 'Deep learnings@100']);
  });

  it('stays bounded: past its limit it forgets and breaks again', () => {
    let calls = 0;
    const memo = lineBreakMemo(() => {
      calls++;
      return { lines: [], missingGlyphs: [] };
    });
    for (let i = 0; i < 5_000; i++) memo(paragraph(`p${i}`), measurer);
    memo(paragraph('p0'), measurer);
    expect(calls).toBe(5_001);
  });
});
