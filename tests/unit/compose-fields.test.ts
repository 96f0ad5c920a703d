/**
 * The fields and kinds of issue 9 from cv.yaml to the DocTree: the fixture
 * tests/fixtures/valid/every-field.yaml normalized, selected and composed.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Block, List, Paragraph, Run } from '../../src/compose/types.js';
import type { Cv, Entry } from '../../src/normalize/types.js';
import { composeDocument } from '../../src/compose/index.js';
import { autoLinks } from '../../src/compose/autolink.js';
import { markupRuns } from '../../src/compose/blocks.js';
import { makeTheme, AS_DESIGNED } from '../../src/compose/theme.js';
import { parseSource } from '../../src/load/index.js';
import { normalizeCv } from '../../src/normalize/index.js';
import { bareDoi, pageRange } from '../../src/normalize/biblio.js';
import { parseCvDate, type CvDate } from '../../src/common/cv-date.js';

const parseDate = (raw: string | number): CvDate => parseCvDate(raw) as CvDate;
import { selectContent } from '../../src/select/index.js';
import { validateCv } from '../../src/validate/index.js';
import { tinyLayout } from '../helpers/tiny-cv.js';
import { allBlocks } from '../helpers/doc-blocks.js';

const FIXTURE = fileURLToPath(new URL('../fixtures/valid/every-field.yaml', import.meta.url));

function loadFixture(): Cv {
  const loaded = parseSource('every-field.yaml', readFileSync(FIXTURE));
  if (!loaded.ok) throw new Error('fixture does not load');
  const v = validateCv(loaded.doc);
  if (!v.ok) throw new Error(v.diagnostics.map((d) => d.message).join('\n'));
  return normalizeCv(v.cv);
}

const cv = loadFixture();

function section(id: string): readonly Entry[] {
  return cv.sections.find((s) => s.id === id)!.entries;
}


const text = (runs: readonly Run[]): string => runs.map((r) => r.text).join('');

/** The composed body of one section, in the given style. */
function composed(id: string, style: 'full' | 'compact' = 'full', tags?: string[]): Block[] {
  const layout = tinyLayout({ sections: [{ id, style }] });
  const r = selectContent(cv, layout, tags ? { tags } : {});
  if (!r.ok) throw new Error(r.message);
  const doc = composeDocument(r.selected, layout);
  return allBlocks(doc.body.slice(-1));
}

function paragraphs(blocks: Block[]): string[] {
  return blocks.filter((b): b is Paragraph => b.kind === 'paragraph' && b.role !== 'H2').map((p) => text(p.runs));
}

describe('normalize', () => {
  it('reads Present in any case, and a DOI and page range however they were written', () => {
    expect(parseDate('PRESENT')).toEqual({ kind: 'present' });
    expect(parseDate('Present')).toEqual({ kind: 'present' });
    expect(bareDoi('https://doi.org/10.5555/x')).toBe('10.5555/x');
    expect(bareDoi('http://dx.doi.org/10.5555/x')).toBe('10.5555/x');
    expect(bareDoi('DOI: 10.5555/x')).toBe('10.5555/x');
    expect(bareDoi('10.5555/x')).toBe('10.5555/x');
    expect(pageRange('666--731')).toBe('666–731');
    expect(pageRange('12-34')).toBe('12–34');
    expect(pageRange('e1001')).toBe('e1001');
  });

  it('gives every new field its parsed value', () => {
    const [ba] = section('education');
    expect(ba).toMatchObject({ kind: 'education', score: '3.9/4.0', when: { start: { year: 1835 }, end: { year: 1835 } } });
    const pub = section('publications')[0]!;
    expect(pub).toMatchObject({ doi: '10.5555/sketch.1843', volume: '3', number: '29', pages: '666–731', publisher: 'Richard and John E. Taylor', url: 'https://example.org/sketch' });
    // RenderCV's "**A. Lovelace**" is the owner, printed without the asterisks.
    if (pub.kind !== 'publication') throw new Error('not a publication');
    expect(pub.authors.map((a) => [a.name, a.isOwner])).toEqual([['L. F. Menabrea', false], ['A. Lovelace', true]]);
    expect(section('publications')[1]).toMatchObject({ type: 'book', authors: [], when: {} });
    expect(cv.profiles[0]).toEqual({ label: 'GitHub: adalovelace', url: 'https://github.com/adalovelace', network: 'GitHub', username: 'adalovelace' });
    expect(section('experience')[0]!.highlights[0]!.highlights.map((h) => h.tags)).toEqual([[], ['academic']]);
  });
});

describe('compose', () => {
  it('prints a kind: list section as one bulleted list', () => {
    const lists = composed('reading').filter((b): b is List => b.kind === 'list');
    expect(lists).toHaveLength(1);
    expect(lists[0]!.items.map((i) => text(i.label))).toEqual(['•', '•']);
    expect(lists[0]!.items.map((i) => text((i.body[0] as Paragraph).runs))).toEqual([
      'Mary Somerville, On the Connexion of the Physical Sciences',
      'Menabrea\u2019s memoir, in French', // the apostrophe made typographic by normalize
    ]);
  });

  it('sets sub-bullets as a nested dashed list under their bullet, filtered by tags', () => {
    const outer = composed('experience').find((b): b is List => b.kind === 'list')!;
    const nested = outer.items[0]!.body[1] as List;
    expect(nested.kind).toBe('list');
    expect(nested.items.map((i) => [text(i.label), text((i.body[0] as Paragraph).runs)])).toEqual([
      ['–', 'An algorithm for the Bernoulli numbers'],
      ['–', 'A table of the engine\u2019s operations'],
    ]);
    const filtered = composed('experience', 'full', ['industry']).find((b): b is List => b.kind === 'list')!;
    expect((filtered.items[0]!.body[1] as List).items).toHaveLength(1);
  });

  it('prints education summary, score and courses, one date, and no dash for an undated entry', () => {
    const blocks = composed('education');
    const lines = paragraphs(blocks);
    expect(lines).toEqual(expect.arrayContaining(['B.A., Mathematics', '1835', 'University of London', 'GPA 3.9/4.0', 'Courses: Calculus, Symbolic algebra, Logic', 'Home tutoring', 'First-class honours']));
    expect(lines.some((l) => l.startsWith('Studied calculus'))).toBe(true);
    expect(lines.filter((l) => l.includes('–'))).toEqual([]);
    expect(paragraphs(composed('education', 'compact'))).not.toContain('Courses: Calculus, Symbolic algebra, Logic');
  });

  it('prints volume, issue, pages, publisher and a DOI linked to doi.org; the title links to the landing page', () => {
    const blocks = composed('publications');
    const runs = blocks.flatMap((b) => (b.kind === 'paragraph' ? b.runs : []));
    expect(paragraphs(blocks)).toContain('Scientific Memoirs, vol. 3, no. 29, pp. 666–731, Richard and John E. Taylor, 1843');
    expect(runs.find((r) => r.text === 'doi:10.5555/sketch.1843')).toMatchObject({ link: 'https://doi.org/10.5555/sketch.1843', url: true });
    expect(runs.find((r) => r.text === 'Sketch of the Analytical Engine')).toMatchObject({ link: 'https://example.org/sketch' });
    expect(runs.find((r) => r.text === 'A. Lovelace')).toMatchObject({ font: 'bold' });
  });

  it('prints languages, interests, references and patents', () => {
    expect(paragraphs(composed('languages'))).toEqual(['English — Native', 'French — Fluent', 'Italian']);
    expect(paragraphs(composed('languages', 'compact'))).toEqual(['English — Native  ·  French — Fluent  ·  Italian']);
    expect(paragraphs(composed('interests'))).toEqual(['Music: Harp, Singing', 'Horses']);
    const ref = paragraphs(composed('references'));
    expect(ref).toEqual(expect.arrayContaining(['Charles Babbage', 'Lucasian Professor, University of Cambridge', 'babbage@example.org', '“The Enchantress of Numbers.”']));
    const patents = paragraphs(composed('patents'));
    expect(patents).toEqual(expect.arrayContaining(['Charles Babbage and Ada Lovelace', 'GB 1843-042 (UK Patent Office), Granted, Mar 1844', 'Pending']));
    expect(paragraphs(composed('skills'))).toEqual(['Mathematics (Advanced): Calculus, Algebra', 'Poetry (Beginner)']);
  });
});

describe('bare URLs and email addresses in running text', () => {
  it('finds http(s), www. and email addresses, leaving sentence punctuation outside', () => {
    expect(autoLinks('See https://example.org/a_b. Or www.example.org, or (mail ada@example.org).')).toEqual([
      { text: 'See ' },
      { text: 'https://example.org/a_b', href: 'https://example.org/a_b' },
      { text: '. Or ' },
      { text: 'www.example.org', href: 'https://www.example.org' },
      { text: ', or (mail ' },
      { text: 'ada@example.org', href: 'mailto:ada@example.org' },
      { text: ').' },
    ]);
    expect(autoLinks('(https://en.wikipedia.org/wiki/Bernoulli_(disambiguation))')[1]).toEqual({
      text: 'https://en.wikipedia.org/wiki/Bernoulli_(disambiguation)',
      href: 'https://en.wikipedia.org/wiki/Bernoulli_(disambiguation)',
    });
    expect(autoLinks('no links here, not even example.org or a@b')).toEqual([{ text: 'no links here, not even example.org or a@b' }]);
  });

  it('become link runs that break like URLs; a [label](url) link is left as it is', () => {
    const theme = makeTheme(tinyLayout(), AS_DESIGNED);
    const runs = markupRuns(theme, [
      { text: 'at https://example.org/x and ', bold: false, italic: true },
      { text: 'www.label.org', bold: false, italic: false, href: 'https://label.org' },
    ]);
    expect(runs.map((r) => [r.text, r.link, r.url, r.font])).toEqual([
      ['at ', undefined, undefined, 'italic'],
      ['https://example.org/x', 'https://example.org/x', true, 'italic'],
      [' and ', undefined, undefined, 'italic'],
      ['www.label.org', 'https://label.org', undefined, 'regular'],
    ]);
  });
});
