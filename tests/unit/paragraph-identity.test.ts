import type { Run } from '../../src/compose/types.js';
import type { ParagraphInput } from '../../src/typeset/paragraph/types.js';
import { PARAGRAPH_FIELDS, RUN_FIELDS, SPACING_FIELDS, paragraphHash, sameParagraph } from '../../src/typeset/paragraph-identity.js';

const run: Run = { text: 'Deep learning', font: 'regular', size: 11, color: '#1b1b1b' };
const input: ParagraphInput = { runs: [run, { ...run, text: ', 2021', dates: ['2021'] }], width: 454.68, align: 'left', hyphenate: false, fallbackFonts: [] };

/** Values for the fields the samples leave out. */
const ABSENT: Record<string, unknown> = { link: 'https://example.org', dates: ['2020'], firstLineWidth: 300, firstLineOffset: 2, restOffset: 3, language: 'en-us', noHyphenate: true, noBreak: true, url: true, spacing: { shrink: 0.2, maxStretch: 1 } };

/** A value of the same type as field `f`'s `v` that differs from it. */
function other(f: string, v: unknown): unknown {
  if (v === undefined) return ABSENT[f];
  if (f === 'align') return 'justify';
  if (typeof v === 'string') return `${v}x`;
  if (typeof v === 'number') return v + 0.5;
  if (typeof v === 'boolean') return !v;
  if (Array.isArray(v)) return [...v, 'extra'];
  return undefined;
}

describe('paragraph identity (the line-break memo)', () => {
  it('holds for equal inputs, whatever objects hold them, with equal hashes', () => {
    const copy = structuredClone(input);
    expect(sameParagraph(copy, input)).toBe(true);
    expect(paragraphHash(copy)).toBe(paragraphHash(input));
  });

  it.each(Object.keys(RUN_FIELDS))('fails when the run field %s differs', (field) => {
    const changed = { ...run, [field]: other(field, run[field as keyof Run]) } as Run;
    expect(sameParagraph({ ...input, runs: [changed] }, { ...input, runs: [run] })).toBe(false);
    expect(sameParagraph({ ...input, runs: [run] }, { ...input, runs: [changed] })).toBe(false);
  });

  it.each(Object.keys(PARAGRAPH_FIELDS).filter((f) => f !== 'runs'))('fails when the paragraph field %s differs', (field) => {
    const changed = { ...input, [field]: other(field, input[field as keyof ParagraphInput]) } as ParagraphInput;
    expect(sameParagraph(changed, input)).toBe(false);
    expect(sameParagraph(input, changed)).toBe(false);
  });

  it.each(Object.keys(SPACING_FIELDS))('fails when the spacing field %s differs', (field) => {
    const spacing = { shrink: 0.2, maxStretch: 1 };
    expect(sameParagraph({ ...input, spacing: { ...spacing, [field]: 0.3 } }, { ...input, spacing })).toBe(false);
  });

  it('fails for runs split otherwise, fewer runs, or other fallback faces', () => {
    const split = (a: string, b: string): ParagraphInput => ({ ...input, runs: [{ ...run, text: a }, { ...run, text: b }] });
    expect(sameParagraph(split('ab', 'c'), split('a', 'bc'))).toBe(false);
    expect(sameParagraph({ ...input, runs: [{ ...run, text: 'ab' }] }, split('a', 'b'))).toBe(false);
    expect(sameParagraph({ ...input, fallbackFonts: ['a'] }, { ...input, fallbackFonts: ['b'] })).toBe(false);
  });
});
