import { selectContent } from '../../src/select/index.js';
import { applyDrops, dropCandidates } from '../../src/select/drop.js';
import { normalizeCv } from '../../src/normalize/index.js';
import type { RawCv } from '../../src/validate/raw-cv.js';
import { tinyLayout, tinyRaw } from '../helpers/tiny-cv.js';

/** A CV with its own section ids, as other people write them: two experience sections, work first. */
const otherRaw: RawCv = {
  ...tinyRaw,
  sections: [
    { id: 'papers', title: 'Papers', kind: 'publication', entries: [{ title: 'Unselected', authors: ['Ada Lovelace'], type: 'journal', date: '2020' }] },
    { id: 'work', title: 'Work', kind: 'experience', entries: [{ title: 'Engineer', organization: 'Co', start: '2020-01', end: 'present', tags: ['industry'] }] },
    { id: 'volunteer', title: 'Volunteer', kind: 'experience', entries: [{ title: 'Helper', organization: 'Club', start: '2018-01', end: '2019-01' }] },
    { id: 'hobbies', title: 'Hobbies', kind: 'list', entries: ['Chess'] },
    { id: 'empty', title: 'Empty', kind: 'skills', entries: [] },
  ],
};
const other = normalizeCv(otherRaw);

const ids = (r: ReturnType<typeof selectContent>) => (r.ok ? r.selected.sections.map((s) => s.id) : r.message);

describe('layouts that name kinds', () => {
  it('a kind item takes every section of that kind, in cv.yaml order', () => {
    const layout = tinyLayout({ sections: [{ kind: 'experience', style: 'compact' }, { kind: 'publication' }] });
    const r = selectContent(other, layout, {});
    expect(ids(r)).toEqual(['work', 'volunteer', 'papers']);
    if (r.ok) expect(r.selected.sections[0]?.spec.style).toBe('compact');
  });

  it('an id item wins over a kind item, and * takes only what no item took', () => {
    const layout = tinyLayout({ sections: ['volunteer', { kind: 'experience' }, '*'] });
    expect(ids(selectContent(other, layout, {}))).toEqual(['volunteer', 'work', 'papers', 'hobbies']);
  });

  it('names every section it leaves out, with why', () => {
    const layout = tinyLayout({ sections: [{ kind: 'experience' }, { kind: 'publication', selectedOnly: true }, { kind: 'skills' }] });
    const r = selectContent(other, layout, { tags: ['industry'] });
    expect(r.ok && r.omitted).toEqual([
      { section: 'papers', reason: 'none-selected' },
      { section: 'hobbies', reason: 'not-in-layout' },
      { section: 'empty', reason: 'no-entries' },
    ]);
  });

  it('says when tags or the selection emptied a section', () => {
    const tagged = selectContent(other, tinyLayout({ sections: [{ kind: 'experience', tags: ['academic'] }] }), {});
    expect(tagged.ok && tagged.omitted.filter((o) => o.section === 'work')).toEqual([{ section: 'work', reason: 'none-tagged' }]);
    const excluded = selectContent(other, tinyLayout(), { excludeSections: ['hobbies'] });
    expect(excluded.ok && excluded.omitted).toEqual([{ section: 'hobbies', reason: 'excluded' }, { section: 'empty', reason: 'no-entries' }]);
  });

  it("the full CV's '*' leaves nothing out but empty sections", () => {
    const r = selectContent(other, tinyLayout(), {});
    expect(r.ok && r.omitted).toEqual([{ section: 'empty', reason: 'no-entries' }]);
  });

  it('fit.drop names kinds too: a section ranks by the first item that means it, the later of one kind first', () => {
    const layout = tinyLayout({ sections: ['*'], fit: { allowDrop: true, drop: ['experience', 'papers'] } });
    const r = selectContent(other, layout, {});
    if (!r.ok) throw new Error(r.message);
    const order = [...new Set(dropCandidates(r.selected, layout).map((c) => c.section))];
    // 'work' comes before 'volunteer' in cv.yaml, so it is kept longer.
    expect(order).toEqual(['volunteer', 'work', 'papers']);
    const { dropped } = applyDrops(r.selected, dropCandidates(r.selected, layout).filter((c) => c.section === 'volunteer'));
    expect(dropped).toEqual([{ what: 'section', section: 'volunteer' }]);
  });
});
