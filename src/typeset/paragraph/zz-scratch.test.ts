import { breakParagraph } from './index.js';
import { fakeMeasurer } from './fake-measurer.js';
const run = (text: string, extra = {}) => ({ text, font: 'serif', size: 10, color: '#000000', ...extra });
const show = (r: ReturnType<typeof breakParagraph>) => r.lines.map((l) => `${l.segments.map((s) => `[${s.text}@${s.x.toFixed(2)}+${s.width.toFixed(2)} ws${s.wordSpacing.toFixed(3)}]`).join('')}${l.hyphenated ? ' H' : ''}${l.overfull ? ' OVER' : ''}`).join('\n');
test('x', () => {
  const m = fakeMeasurer();
  const text = 'A certain king had a beautiful garden, and in the garden stood a tree which bore golden apples. These apples were always counted, and about the time when they began to grow ripe it was found that every night one of them was gone.';
  for (const align of ['justify', 'left'] as const) for (const hyphenate of [false, true]) {
    console.log(align, hyphenate, '\n' + show(breakParagraph({ runs: [run(text)], width: 150, align, hyphenate, language: 'en-us', fallbackFonts: [] }, m)));
  }
  console.log(show(breakParagraph({ runs: [run('See '), run('https://example.com/some/very/long/path/to/a/resource?with=query&and=more_params_here', { url: true }), run(' for details.')], width: 100, align: 'left', hyphenate: true, language: 'en-us', fallbackFonts: [] }, m)));
  console.log(show(breakParagraph({ runs: [run('x'.repeat(70) + ' end')], width: 100, align: 'justify', hyphenate: true, language: 'en-us', fallbackFonts: [] }, m)));
  console.log(show(breakParagraph({ runs: [run('Pneumonoultramicroscopicsilicovolcanoconiosis is long')], width: 100, align: 'justify', hyphenate: true, language: 'en-us', fallbackFonts: [] }, m)));
});
