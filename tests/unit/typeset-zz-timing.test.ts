import { join } from 'node:path';
import { createMeasurer, loadFonts } from '../../src/fonts/index.js';
import type { FontFace } from '../../src/emit/types.js';
import { createTypesetter } from '../../src/typeset/index.js';
import { breakParagraph } from '../../src/typeset/paragraph/index.js';
import type { Block, Run } from '../../src/compose/types.js';
import { doc, group, heading, item, list, para, row } from '../helpers/typeset-docs.js';

const faces: FontFace[] = ['Regular', 'Italic', 'Bold', 'BoldItalic', 'SemiBold'].map((style) => ({
  id: `garamond-${style.toLowerCase()}`, file: join(process.cwd(), 'fonts', `EBGaramond-${style}.ttf`),
}));
const r = (text: string, extra: Partial<Run> = {}): Run => ({ text, font: 'garamond-regular', size: 10, color: '#000000', ...extra });
const words = 'Efficient offline learning of typographic layouts with affine transformations for visualization and interactive systems in the official workshop proceedings'.split(' ');
const text = (n: number, seed: number) => Array.from({ length: n }, (_, i) => words[(i * 7 + seed) % words.length]).join(' ');

let tb = 0; let calls = 0; let mcalls = 0; let mt = 0;
const buckets = new Map<string, [number, number]>();
const typesetDocument = createTypesetter((i, m) => { const t = performance.now(); const res = breakParagraph(i, m); const dt = performance.now() - t; tb += dt; calls++;
  const len = i.runs.reduce((a, r) => a + r.text.length, 0); const k = `${len < 5 ? 'tiny' : len < 40 ? 'short' : 'long'} ${i.align} hy=${i.hyphenate}`; const b = buckets.get(k) ?? [0, 0]; b[0]++; b[1] += dt; buckets.set(k, b); return res; });
test('timing', async () => {
  const fonts = await loadFonts(faces);
  const inner = createMeasurer(fonts);
  const measurer = { ...inner, width: (a: string, b: string, c: number) => { const t = performance.now(); mcalls++; const w = inner.width(a, b, c); mt += performance.now() - t; return w; } };
  const body: Block[] = [];
  for (let s = 0; s < 5; s++) {
    const entries: Block[] = [];
    for (let e = 0; e < 8; e++) {
      entries.push(group([
        row([r(text(8, s + e), { font: 'garamond-bold' }), r(', '), r('Venue', { link: 'https://example.org/x', font: 'garamond-italic' })], '2019 – 2021'),
        para([r(text(30, e))], { align: 'justify', hyphenate: true }),
        list([item('•', para([r(text(20, s))])), item('•', para([r(text(14, e))]))], { itemGap: 2 }),
      ], { keepTogether: true, spaceBefore: 6 }));
    }
    body.push(group([heading(`Section ${s}`, { spaceBefore: 12, spaceAfter: 4 }), ...entries], { role: 'Sect', bookmark: { title: `S${s}`, level: 1 } }));
  }
  const fix = (b: Block): Block => b; void fix;
  const json = JSON.stringify(body).replaceAll('"font":"serif"', '"font":"garamond-regular"');
  const d = doc(JSON.parse(json) as Block[], { pageNumbers: { font: 'garamond-regular', size: 8, color: '#000000' }, header: { runs: [r('Jane Doe')], fromPage: 2 } });
  const page = { width: 595.28, height: 841.89, margins: { top: 56, right: 56, bottom: 56, left: 56 }, fallbackFonts: [], hyphenationLanguage: 'en-us' };
  tb = 0;
  let t0 = performance.now();
  const first = typesetDocument(d, measurer, page);
  const cold = performance.now() - t0;
  console.log(`cold break=${tb.toFixed(1)}`); tb = 0;
  const times: number[] = [];
  for (let i = 0; i < 30; i++) { t0 = performance.now(); typesetDocument(d, measurer, page); times.push(performance.now() - t0); }
  console.log(`break=${tb.toFixed(0)}ms calls=${calls} measure=${mt.toFixed(0)}ms mcalls=${mcalls}`);
  console.log([...buckets].map(([k, [n, t]]) => `${k}: n=${n} avg=${(t / n).toFixed(3)}ms`).join('\n'));
  console.log(`pages=${first.pages.length} items=${first.pages.reduce((a, p) => a + p.items.length, 0)} cold=${cold.toFixed(1)}ms warm median=${times.sort((a, b) => a - b)[15]!.toFixed(1)}ms min=${times[0]!.toFixed(1)}ms`);
});
