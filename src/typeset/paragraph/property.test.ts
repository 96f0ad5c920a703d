import { breakParagraph } from './index.js';
import { fakeMeasurer } from '../../../tests/helpers/paragraph-fake-measurer.js';
import type { Run } from '../../compose/types.js';
import type { Measurer } from '../types.js';
import type { ParagraphInput } from './types.js';
import { prng } from '../../../tests/helpers/rng.js';


const WORDS = ['the', 'typesetting', 'of', 'international', 'paragraphs', 'is', 'a', 'beautiful', 'NASA', 'state-of-the-art', 'co\u00ADoperation', 'Müller', 'résumé', 'x', 'GPU', '2019–2024', 'hyphenation', 'optimization', 'α', 'Pneumonoultramicroscopicsilicovolcanoconiosis'];

function paragraph(rnd: () => number): ParagraphInput {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const runs: Run[] = [];
  const nRuns = 1 + Math.floor(rnd() * 5);
  for (let i = 0; i < nRuns; i++) {
    const kind = rnd();
    const size = pick([8, 9, 10, 11, 14]);
    const font = pick(['serif', 'serif-bold', 'serif-italic']);
    if (kind < 0.15) {
      let url = 'https://';
      const len = Math.floor(rnd() * 300);
      while (url.length < len) url += pick(['example', '.org', '/', 'path', '_', '?q=', '&', 'x', '-', 'ABC123']);
      runs.push({ text: (i > 0 ? ' ' : '') + url, font, size, color: '#000000', url: true, link: url });
    } else if (kind < 0.25) {
      const token = Array.from({ length: 20 + Math.floor(rnd() * 300) }, () => pick('abcdefghij0123'.split(''))).join('');
      runs.push({ text: ` ${token} `, font, size, color: '#000000' });
    } else {
      const n = 1 + Math.floor(rnd() * 40);
      const text = Array.from({ length: n }, () => pick(WORDS)).join(' ');
      runs.push({ text: (rnd() < 0.5 ? ' ' : '') + text, font, size, color: '#333333', noHyphenate: rnd() < 0.1 });
    }
  }
  const width = 30 + rnd() * 470;
  return {
    runs,
    width,
    firstLineWidth: rnd() < 0.3 ? width * (0.3 + 0.7 * rnd()) : undefined,
    firstLineOffset: rnd() < 0.3 ? 5 : undefined,
    restOffset: rnd() < 0.3 ? 12 : undefined,
    align: pick(['left', 'right', 'center', 'justify'] as const),
    hyphenate: rnd() < 0.7,
    language: 'en-us',
    fallbackFonts: ['symbols'],
  };
}

/** A measurer that is not additive: 'Te', 'Va' and 'ff' pairs kern by -1.5pt, so parts of a word do not sum to the whole. */
function kerningMeasurer(): Measurer {
  const base = fakeMeasurer({ lacks: { serif: [0x3b1], 'serif-bold': [0x3b1], 'serif-italic': [0x3b1] } });
  return {
    ...base,
    width(text, font, size) {
      const pairs = (text.match(/Te|Va|ff|ti|on/g) ?? []).length;
      return base.width(text, font, size) - (pairs * 1.5 * size) / 10;
    },
    metrics: base.metrics,
    hasGlyph: base.hasGlyph,
  };
}

const visible = (s: string) => s.replace(/[\s\u00ad]/g, '');

describe('property: generated paragraphs', () => {
  for (const [name, make] of [['fixed advances', () => fakeMeasurer({ lacks: { serif: [0x3b1], 'serif-bold': [0x3b1], 'serif-italic': [0x3b1] } })], ['kerning', kerningMeasurer]] as const) {
    test(`no line ever exceeds its width, nothing is lost (${name})`, () => {
      const rnd = prng(20240601);
      const m = make();
      const problems: string[] = [];
      for (let k = 0; k < 300; k++) {
        const p = paragraph(rnd);
        const r = breakParagraph(p, m);
        const fail = (what: string) => problems.push(`#${k} ${what}`);
        const drawn = r.lines.map((l) => {
          const t = l.segments.map((s) => s.text).join('');
          return l.hyphenated ? t.slice(0, -1) : t;
        });
        if (visible(drawn.join('')) !== visible(p.runs.map((x) => x.text).join(''))) fail('text lost or changed');
        let row = 0;
        r.lines.forEach((l, i) => {
          const w = i === 0 ? (p.firstLineWidth ?? p.width) : p.width;
          const off = (i === 0 ? p.firstLineOffset : p.restOffset) ?? 0;
          if (l.overfull) fail(`line ${i} overfull`);
          for (const s of l.segments) {
            if (s.x < off - 1e-9) fail(`line ${i} starts left of its offset`);
            if (s.x + s.width > off + w + 0.01) fail(`line ${i} crosses the margin: ${s.x + s.width} > ${off + w}`);
            const spaces = s.text.split(' ').length - 1;
            if (Math.abs(s.width - (m.width(s.text, s.font, s.size) + s.wordSpacing * spaces)) > 1e-9) fail(`line ${i} segment width is not its measure`);
          }
          if (p.align === 'justify' && i < r.lines.length - 1 && l.segments.some((s) => s.text.includes(' '))) {
            const last = l.segments.at(-1)!;
            // Next to a URL a line too loose to justify is set flush left instead, its spaces natural (url-lines.ts).
            const isUrl = (s: { runIndex: number } | undefined) => s !== undefined && p.runs[s.runIndex]?.url === true;
            const nearUrl = l.segments.some(isUrl) || isUrl(r.lines[i + 1]?.segments[0]);
            if (Math.abs(last.x + last.width - (off + w)) >= 0.01) {
              if (!nearUrl) fail(`justified line ${i} does not end at the width`);
              else if (l.segments.some((s) => s.wordSpacing !== 0)) fail(`flush-left line ${i} by a URL has stretched spaces`);
            }
          }
          row = l.hyphenated ? row + 1 : 0;
          if (row > 2) fail(`line ${i} is the third hyphenated line in a row`);
        });
      }
      expect(problems).toEqual([]);
    });
  }
});
