import { selectContent } from '../../src/select/index.js';
import { applyDrops, dropCandidates } from '../../src/select/drop.js';
import { tinyCv, tinyLayout } from '../helpers/tiny-cv.js';

const titles = (r: ReturnType<typeof selectContent>) => (r.ok ? r.selected.sections.map((s) => s.id) : r.message);

describe('selectContent', () => {
  it('keeps every section in cv.yaml order for "*"', () => {
    expect(titles(selectContent(tinyCv, tinyLayout(), {}))).toEqual(['experience', 'publications', 'skills']);
  });

  it('--sections keeps only those, in the layout order, not the flag order', () => {
    expect(titles(selectContent(tinyCv, tinyLayout(), { sections: ['skills', 'experience'] }))).toEqual(['experience', 'skills']);
  });

  it('--exclude-sections leaves them out', () => {
    expect(titles(selectContent(tinyCv, tinyLayout(), { excludeSections: ['publications'] }))).toEqual(['experience', 'skills']);
  });

  it('unknown section ids and tags are refused with the valid ones listed', () => {
    expect(titles(selectContent(tinyCv, tinyLayout(), { sections: ['nope'] }))).toBe(
      "unknown section 'nope'; valid sections: experience, publications, skills",
    );
    expect(titles(selectContent(tinyCv, tinyLayout(), { tags: ['industry', 'x'] }))).toBe("unknown tag 'x'; valid tags: academic, industry");
  });

  it('--tags keeps untagged content and content with a matching tag, entries and highlights alike', () => {
    const r = selectContent(tinyCv, tinyLayout(), { tags: ['industry'] });
    if (!r.ok) throw new Error(r.message);
    const exp = r.selected.sections[0]!;
    expect(exp.entries.map((e) => e.label)).toEqual(['Analyst, Engine Co', 'Intern, Lab']);
    expect(exp.entries[0]!.highlights.map((h) => h.text[0]!.text)).toEqual(['Built engines']);
    expect(r.selected.cv.summary.bullets.map((h) => h.text[0]!.text)).toEqual(['Plain bullet', 'Industry bullet']);
    const academic = selectContent(tinyCv, tinyLayout(), { tags: ['academic'] });
    if (!academic.ok) throw new Error(academic.message);
    expect(academic.selected.cv.summary.bullets.map((h) => h.text[0]!.text)).toEqual(['Plain bullet']);
  });

  it('applies section options: selectedOnly, limit and sinceYear', () => {
    const layout = tinyLayout({ sections: [{ id: 'publications', selectedOnly: true }, { id: 'experience', limit: 2, sinceYear: 2014 }] });
    const r = selectContent(tinyCv, layout, {});
    if (!r.ok) throw new Error(r.message);
    expect(r.selected.sections.map((s) => [s.id, s.entries.map((e) => e.label)])).toEqual([
      ['publications', ['Notes on the Engine']],
      ['experience', ['Analyst, Engine Co', 'Assistant, University']],
    ]);
  });
});

describe('drops', () => {
  it('ranks highlights before entries, and lower priority, then older, first', () => {
    const layout = tinyLayout({ fit: { allowDrop: true, drop: ['experience'] } });
    const r = selectContent(tinyCv, layout, {});
    if (!r.ok) throw new Error(r.message);
    const c = dropCandidates(r.selected, layout);
    expect(c.map((d) => [d.entry.label, d.highlight ?? null])).toEqual([
      ['Analyst, Engine Co', 1],
      ['Analyst, Engine Co', 0],
      ['Intern, Lab', null],
      ['Assistant, University', null],
      ['Analyst, Engine Co', null],
    ]);
    const { selected, dropped } = applyDrops(r.selected, c.slice(0, 3));
    expect(selected.sections[0]!.entries.map((e) => e.label)).toEqual(['Analyst, Engine Co', 'Assistant, University']);
    expect(selected.sections[0]!.entries[0]!.highlights).toEqual([]);
    expect(dropped).toEqual([
      { what: 'highlight', section: 'experience', entry: 'Analyst, Engine Co', highlight: 'Built engines' },
      { what: 'highlight', section: 'experience', entry: 'Analyst, Engine Co', highlight: 'Taught courses' },
      { what: 'entry', section: 'experience', entry: 'Intern, Lab' },
    ]);
  });

  it('never drops from a layout that does not allow it', () => {
    const layout = tinyLayout({ fit: { allowDrop: false, drop: ['experience'] } });
    const r = selectContent(tinyCv, layout, {});
    if (!r.ok) throw new Error(r.message);
    expect(dropCandidates(r.selected, layout)).toEqual([]);
  });

  it('reports a section emptied by drops as a section', () => {
    const layout = tinyLayout({ fit: { allowDrop: true, drop: ['skills'] } });
    const r = selectContent(tinyCv, layout, {});
    if (!r.ok) throw new Error(r.message);
    const { selected, dropped } = applyDrops(r.selected, dropCandidates(r.selected, layout));
    expect(selected.sections.map((s) => s.id)).toEqual(['experience', 'publications']);
    expect(dropped).toEqual([{ what: 'section', section: 'skills' }]);
  });
});
