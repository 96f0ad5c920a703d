import { breakParagraph } from './index.js';
import { fakeMeasurer } from './fake-measurer.js';
test('search', () => {
  const m = fakeMeasurer();
  let seed = 7;
  const rnd = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
  const found: string[] = [];
  for (let t = 0; t < 50000 && found.length < 8; t++) {
    const n = 6 + Math.floor(rnd() * 6);
    const words = Array.from({ length: n }, (_, i) => String.fromCharCode(97 + i).repeat(1 + Math.floor(rnd() * 7)));
    const text = words.join(' ');
    const inp = { runs: [{ text, font: 'serif', size: 10, color: '#000' }], width: 100, align: 'justify' as const, hyphenate: false, fallbackFonts: [] };
    const kp = breakParagraph(inp, m);
    const ff = breakParagraph(inp, m, { algorithm: 'first-fit' });
    const ws = (r: typeof kp) => r.lines.slice(0, -1).map((l) => l.segments[0]!.wordSpacing);
    const maxw = (r: typeof kp) => Math.max(...ws(r).map(Math.abs));
    if (kp.lines.length === ff.lines.length && Math.min(...ws(kp)) >= 0 && maxw(ff) > 2.5 * maxw(kp) && text.length < 60) found.push(`${text}\n KP ${kp.lines.map((l) => l.segments[0]!.text).join(' | ')} ${ws(kp)}\n FF ${ff.lines.map((l) => l.segments[0]!.text).join(' | ')} ${ws(ff)}`);
  }
  console.log(found.join('\n'));
});
