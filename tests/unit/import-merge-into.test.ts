import { mergePublications } from '../../src/sources/bibtex/merge-into.js';

const pub = { id: 'notes', title: 'Notes', authors: ['A. A. Lovelace'], date: '1843', type: 'journal' as const };

describe('mergePublications (cv import --into)', () => {
  it('adds a publication section and an aliases list, leaving every other byte alone', () => {
    const cv = '# my cv\nname: Ada Lovelace # me\nsections:\n  # first\n  - id: awards\n    title: Awards\n    kind: award\n    entries:\n      - title: Medal # shiny\n        date: "1850"\n';
    const r = mergePublications(cv, [pub], ['A. A. Lovelace']);
    expect(r).toEqual({
      ok: true,
      added: 1,
      skipped: [],
      text:
        '# my cv\nname: Ada Lovelace # me\naliases:\n  - A. A. Lovelace\nsections:\n  # first\n  - id: awards\n    title: Awards\n    kind: award\n    entries:\n      - title: Medal # shiny\n        date: "1850"\n' +
        '\n  - id: publications\n    title: Publications\n    kind: publication\n    entries:\n      - id: notes\n        title: Notes\n        authors: [A. A. Lovelace]\n        date: "1843"\n        type: journal\n',
    });
  });

  it('appends to the existing entries and a flow aliases list, and skips what is already there', () => {
    const cv = 'name: Ada Lovelace\naliases: [Ada King]\nsections:\n  - id: p\n    title: P\n    kind: publication\n    entries:\n      - title: NOTES\n        authors: [Ada King]\n      - title: Old\n        date: "1840"\n';
    const r = mergePublications(cv, [pub, { ...pub, id: 'new', title: 'New' }], ['A. A. Lovelace']);
    expect(r).toEqual({
      ok: true,
      added: 1,
      skipped: ['Notes'],
      text: 'name: Ada Lovelace\naliases: [Ada King, A. A. Lovelace]\nsections:\n  - id: p\n    title: P\n    kind: publication\n    entries:\n      - title: NOTES\n        authors: [Ada King]\n      - title: Old\n        date: "1840"\n      - id: new\n        title: New\n        authors: [A. A. Lovelace]\n        date: "1843"\n        type: journal\n',
    });
  });

  it('refuses a file that is not a cv.yaml mapping', () => {
    expect(mergePublications('- a\n- b\n', [pub], [])).toEqual({ ok: false, message: 'is not a cv.yaml mapping; run cv validate on it first' });
  });
});
