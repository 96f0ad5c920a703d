/** The HTML output as text: semantic elements, print rules, embedded faces, nothing fetched. */
import { join } from 'node:path';
import { emitHtml, embedFonts } from '../../src/outputs/html/index.js';
import { charactersByFace } from '../../src/outputs/html/embed-fonts.js';
import { REPO } from '../helpers/cli-run.js';
import { sampleDoc } from '../helpers/output-docs.js';

const PAGE = { width: 612, height: 792, margins: { top: 54, right: 60, bottom: 50, left: 60 } };
const html = emitHtml(sampleDoc(), [], PAGE);
const count = (re: RegExp) => (html.match(re) ?? []).length;

describe('emitHtml', () => {
  it('is an HTML5 page in the CV language with its title', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en-GB">')).toBe(true);
    expect(html).toContain('<title>Jane Doe — Curriculum Vitae</title>');
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
  });

  it('uses one h1, and a section labelled by its h2 for each section', () => {
    expect(count(/<h1\b/g)).toBe(1);
    const sections = [...html.matchAll(/<section aria-labelledby="([^"]+)"[^>]*>\n<h2 id="([^"]+)"/g)];
    expect(sections.map((m) => [m[1], m[2]])).toEqual([['experience', 'experience'], ['publications', 'publications']]);
  });

  it('puts numbered publications in an ol with their labels, bullets in a ul', () => {
    const ol = /<ol[^>]*>(.*?)<\/ol>/s.exec(html)?.[1] ?? '';
    expect([...ol.matchAll(/<span class="label[^"]*">([^<]+)<\/span>/g)].map((m) => m[1])).toEqual(['[C2]', '[C1]']);
    const ul = /<ul[^>]*>(.*?)<\/ul>/s.exec(html)?.[1] ?? '';
    expect(count(/<ul\b/g)).toBe(1);
    expect((ul.match(/<li\b/g) ?? []).length).toBe(2);
  });

  it("gives a numbered list's labels their column's width, or more for a wider label, never overlapping the body", () => {
    // 26 pt of 10 pt text; a label wider than that ("[C100]") takes its own width plus its padding.
    expect(html).toContain('grid-template-columns:minmax(2.6rem, max-content) 1fr');
    expect(html).toMatch(/\.labelled \.label\{[^}]*padding-right:\.25em/);
  });

  it('marks dates with time elements, Present without a datetime', () => {
    expect(html).toContain('<time datetime="2020-05">May 2020</time> – Present');
    expect(html).toContain('<time datetime="2021">2021</time>');
  });

  it('links, and sets the owner and titles in strong, venues in em', () => {
    expect(html).toContain('<a href="mailto:jane@example.org"');
    expect(html).toContain('<a href="https://scholar.example.org/citations?user=jd"');
    expect(html).toContain('<strong>Jane Doe*</strong>');
    expect(html).toContain('<em>Proc. of VIS</em>');
  });

  it('asks for the layout paper in print, with no script and no remote resource', () => {
    expect(html).toContain('@page{size:612pt 792pt;margin:54pt 60pt 50pt 60pt;');
    expect(html).toMatch(/@media print\{/);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\((?!data:)/i);
  });

  it('escapes text', () => {
    const doc = sampleDoc();
    const p = doc.body[0];
    if (p?.kind === 'paragraph') p.runs[0]!.text = 'A <b>&</b> "B"';
    expect(emitHtml(doc, [], PAGE)).toContain('A &lt;b&gt;&amp;&lt;/b&gt; &quot;B&quot;');
  });

  it('is deterministic', () => {
    expect(emitHtml(sampleDoc(), [], PAGE)).toBe(html);
  });
});

describe('embedded faces', () => {
  // The sample's plain runs are in the test font id 'serif'.
  const faces = [
    { id: 'serif', file: join(REPO, 'fonts/EBGaramond-Regular.ttf') },
    { id: 'bold', file: join(REPO, 'fonts/EBGaramond-Bold.ttf') },
  ];

  it('gives each face the characters of its own runs', () => {
    const chars = charactersByFace(sampleDoc(), faces);
    expect(chars.get('bold')).toContain('S');
    expect(chars.get('serif')).toContain('–');
    expect(chars.get('bold')).not.toContain('–');
  });

  it('are WOFF2 subsets, far smaller than the font, the same bytes every time', async () => {
    const [a, b] = await Promise.all([embedFonts(sampleDoc(), faces), embedFonts(sampleDoc(), faces)]);
    expect(a.map((f) => f.id)).toEqual(['serif', 'bold']);
    for (const f of a) {
      expect(Buffer.from(f.data.slice(0, 4)).toString('latin1')).toBe('wOF2');
      expect(f.data.length).toBeLessThan(60_000);
    }
    expect(a.map((f) => Buffer.from(f.data).toString('base64'))).toEqual(b.map((f) => Buffer.from(f.data).toString('base64')));
    const page = emitHtml(sampleDoc(), a, PAGE);
    expect(page).toContain('@font-face{font-family:"CV Serif";src:url(data:font/woff2;base64,');
    expect(page).toMatch(/font-weight:700;font-style:normal/);
  });
});
