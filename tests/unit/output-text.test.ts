/** The plain-text output: wrapping by display width, headings, dates, links, lists. */
import stringWidth from 'string-width';
import { emitText, TEXT_WIDTH } from '../../src/outputs/text/emit-text.js';
import { wrap } from '../../src/outputs/text/wrap.js';
import { doc, para, run } from '../helpers/typeset-docs.js';
import { sampleDoc } from '../helpers/output-docs.js';

const text = emitText(sampleDoc());
const lines = text.split('\n');

describe('emitText', () => {
  it('underlines the name with = and sections with -, each as wide as its heading', () => {
    expect(lines.slice(0, 2)).toEqual(['Jane Doe', '========']);
    const i = lines.indexOf('Experience');
    expect(lines[i + 1]).toBe('-'.repeat('Experience'.length));
    expect(lines[i - 1]).toBe('');
  });

  it('puts the dates after the title, flush right at column 80, and keeps the entry together', () => {
    const title = lines.find((l) => l.startsWith('Research Intern'))!;
    expect(title).toMatch(/^Research Intern {3,}May 2020 – Present$/);
    expect(stringWidth(title)).toBe(TEXT_WIDTH);
    expect(text).toContain(`${title}\nExample Labs, Springfield\n- Built a graph explorer`);
  });

  it('gives dates that do not fit after a long title a line of their own', () => {
    const long = 'A title long enough to fill the whole line of text, nearly to its end, really';
    const out = emitText(doc([{ kind: 'row', left: para(long), right: para('2019'), gap: 10, spaceBefore: 0, spaceAfter: 0 }])).trimEnd().split('\n');
    expect(out).toEqual([long, `${' '.repeat(76)}2019`]);
  });

  it('writes links as label <url>, but not an address the label already shows', () => {
    // 84 columns: the URL goes to the next line whole.
    expect(lines.slice(2, 4)).toEqual(['jane@example.org · Google Scholar', '<https://scholar.example.org/citations?user=jd>']);
    expect(text).not.toContain('mailto:');
    // A DOI label names its target already.
    expect(text).toContain('     doi:10.1000/xyz\n');
    expect(text).not.toContain('<https://doi.org');
  });

  it('keeps publication labels and hangs the rest of the item under the text', () => {
    expect(text).toContain('[C2] Seeing Graphs: A Study\n     Jane Doe*, Sam Roe*, and Ann Poe\n     Proc. of VIS, 2021\n\n[C1] Earlier Work');
    expect(text).toContain('\n- Cut render time by 40%.\n');
    // The legend after the list is set off by a blank line.
    expect(text).toContain('\n\n* Authors contributed equally.\n');
  });

  it('ends with one newline and no line has trailing space', () => {
    expect(text.endsWith('\n') && !text.endsWith('\n\n')).toBe(true);
    expect(lines.filter((l) => /\s$/.test(l))).toEqual([]);
  });

  it('is deterministic', () => {
    expect(emitText(sampleDoc())).toBe(text);
  });
});

describe('wrapping', () => {
  const words = 'lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor incididunt ut labore et dolore magna aliqua';

  it('fills lines up to 80 columns at spaces', () => {
    const out = emitText(doc([para(`${words} ${words}`)])).trimEnd().split('\n');
    expect(out.length).toBeGreaterThan(1);
    for (const l of out) expect(stringWidth(l)).toBeLessThanOrEqual(TEXT_WIDTH);
    // Greedy: the next word would not have fitted on the line before.
    for (let i = 1; i < out.length; i++) expect(stringWidth(`${out[i - 1]} ${out[i]!.split(' ')[0]}`)).toBeGreaterThan(TEXT_WIDTH);
  });

  it('counts East Asian wide characters as two columns and breaks between them', () => {
    const cjk = '機械学習の解釈可能性を高めるための対話的な可視化システムを設計し開発しています。'.repeat(3);
    const out = emitText(doc([para(cjk)])).trimEnd().split('\n');
    expect(out.length).toBeGreaterThan(1);
    for (const l of out) expect(stringWidth(l)).toBeLessThanOrEqual(TEXT_WIDTH);
    expect(stringWidth(out[0]!)).toBeGreaterThan(TEXT_WIDTH - 3);
    expect(out.join('')).toBe(cjk);
  });

  it('never breaks inside a URL, even one longer than a line', () => {
    const url = `https://example.org/${'a-very-long-path/'.repeat(6)}end`;
    const out = emitText(doc([para([run('See the demo at this address for the full story: '), run('demo', { link: url })])]));
    expect(out.replace(/\n/g, ' ')).toContain(`<${url}>`);
    expect(out).toContain(`\n<${url}>`);
  });

  it('does not break after a hyphen, so a form that re-wraps keeps the word whole', () => {
    const out = wrap([{ text: `${'x'.repeat(70)} Late-Breaking Works`, breaks: 'any' }], 80);
    expect(out).toEqual([`${'x'.repeat(70)}`, 'Late-Breaking Works']);
  });

  it('keeps a name marked noBreak on one line', () => {
    const out = wrap([{ text: `${'x'.repeat(74)} `, breaks: 'any' }, { text: 'Duen Horng Chau', breaks: 'none' }], 80);
    expect(out).toEqual(['x'.repeat(74), 'Duen Horng Chau']);
  });
});
