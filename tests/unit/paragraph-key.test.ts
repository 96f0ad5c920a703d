import type { Run } from '../../src/compose/types.js';
import type { ParagraphInput } from '../../src/typeset/paragraph/types.js';
import { PARAGRAPH_FIELDS, RUN_FIELDS, SPACING_FIELDS, paragraphKey } from '../../src/typeset/paragraph-key.js';

const run: Run = { text: 'Deep learning', font: 'regular', size: 11, color: '#1b1b1b' };
const input: ParagraphInput = { runs: [run, { ...run, text: ', 2021', dates: ['2021'] }], width: 454.68, align: 'left', hyphenate: false, fallbackFonts: [] };

/** Values for the fields the samples leave out. */
const ABSENT: Record<string, unknown> = { link: 'https://example.org', dates: ['2020'], firstLineWidth: 300, firstLineOffset: 2, restOffset: 3, language: 'en-us', noHyphenate: true, noBreak: true, url: true };

/** A value of the same type as field `f`'s `v` that differs from it. */
function other(f: string, v: unknown): unknown {
  if (v === undefined) return ABSENT[f];
  if (typeof v === 'string') return `${v}x`;
  if (typeof v === 'number') return v + 0.5;
  if (typeof v === 'boolean') return !v;
  if (Array.isArray(v)) return [...v, 'extra'];
  return v;
}

describe('paragraphKey (the line-break memo key)', () => {
  it('is equal for equal inputs, whatever objects hold them', () => {
    expect(paragraphKey(structuredClone(input))).toBe(paragraphKey(input));
  });

  it.each(Object.keys(RUN_FIELDS))('changes with the run field %s', (field) => {
    const changed = { ...run, [field]: other(field, run[field as keyof Run]) } as Run;
    expect(paragraphKey({ ...input, runs: [changed] })).not.toBe(paragraphKey({ ...input, runs: [run] }));
  });

  it.each(Object.keys(PARAGRAPH_FIELDS).filter((f) => f !== 'runs' && f !== 'spacing'))('changes with the paragraph field %s', (field) => {
    const value = input[field as keyof ParagraphInput];
    const changed = { ...input, [field]: field === 'align' ? 'justify' : field === 'fallbackFonts' ? ['serif'] : other(field, value) } as ParagraphInput;
    expect(paragraphKey(changed)).not.toBe(paragraphKey(input));
  });

  it.each(Object.keys(SPACING_FIELDS))('changes with the spacing field %s', (field) => {
    const spacing = { shrink: 0.2, maxStretch: 1 };
    expect(paragraphKey({ ...input, spacing: { ...spacing, [field]: 0.3 } })).not.toBe(paragraphKey({ ...input, spacing }));
    expect(paragraphKey({ ...input, spacing })).not.toBe(paragraphKey(input));
  });

  it('keeps runs apart however their text is split', () => {
    const split = (a: string, b: string): ParagraphInput => ({ ...input, runs: [{ ...run, text: a }, { ...run, text: b }] });
    expect(paragraphKey(split('ab', 'c'))).not.toBe(paragraphKey(split('a', 'bc')));
    expect(paragraphKey(split('a1:', 'b'))).not.toBe(paragraphKey(split('a', '1:b')));
    expect(paragraphKey({ ...input, runs: [{ ...run, text: 'ab' }] })).not.toBe(paragraphKey(split('a', 'b')));
  });
});
