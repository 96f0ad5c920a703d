import { cutAuthors } from '../../src/compose/authors-cut.js';
import { formatDate, formatRange } from '../../src/compose/dates.js';
import { LABEL_LANGUAGES, labelsFor } from '../../src/compose/labels.js';
import { composeDocument } from '../../src/compose/index.js';
import type { Block, Run } from '../../src/compose/types.js';
import type { Author } from '../../src/normalize/types.js';
import { normalizeCv } from '../../src/normalize/index.js';
import { selectContent } from '../../src/select/index.js';
import { tinyLayout, tinyRaw } from '../helpers/tiny-cv.js';

const author = (name: string, isOwner = false): Author => ({ name, isOwner, equal: false, corresponding: false });
const many = (n: number, owner: number): Author[] => Array.from({ length: n }, (_, i) => author(`A${i}`, i === owner));

function allRuns(blocks: readonly Block[]): Run[] {
  return blocks.flatMap((b): Run[] => {
    if (b.kind === 'paragraph') return b.runs;
    if (b.kind === 'row') return [...b.left.runs, ...b.right.runs];
    if (b.kind === 'list') return b.items.flatMap((i) => [...i.label, ...allRuns(i.body)]);
    if (b.kind === 'group') return allRuns(b.children);
    return [];
  });
}

function printed(lang: string, over: Record<string, unknown> = {}): string {
  const cv = normalizeCv({ ...tinyRaw, lang });
  const layout = tinyLayout(over);
  const r = selectContent(cv, layout, {});
  if (!r.ok) throw new Error(r.message);
  return allRuns(composeDocument(r.selected, layout).body).map((x) => x.text).join('');
}

describe('labels shipped with the code', () => {
  test('nine languages at least, each with its own months and "Present"', () => {
    expect(LABEL_LANGUAGES).toEqual(expect.arrayContaining(['en', 'de', 'fr', 'es', 'pt', 'it', 'ko', 'zh', 'ja']));
    const aug = new Set(LABEL_LANGUAGES.map((l) => formatDate({ kind: 'date', year: 2018, month: 8 } as never, labelsFor(l))));
    expect(aug.size).toBeGreaterThanOrEqual(7);
    expect(new Set(LABEL_LANGUAGES.map((l) => labelsFor(l).present)).size).toBe(LABEL_LANGUAGES.length);
  });

  test('Spanish and Korean dates and ranges', () => {
    const es = labelsFor('es-ES');
    const ko = labelsFor('ko-KR');
    const range = { start: { kind: 'date', year: 2018, month: 8 }, end: { kind: 'present' } } as never;
    expect(formatRange(range, es)).toBe('ago. 2018 – actualidad');
    expect(formatRange(range, ko)).toBe('2018년 8월 – 현재');
  });

  test('a CV with lang es-ES prints Spanish months, "actualidad" and the Spanish legend; en-US stays English', () => {
    const es = printed('es-ES');
    expect(es).toContain('ene. 2020 – actualidad');
    expect(es).toContain('* Contribución igualitaria.');
    expect(es).not.toContain('Present');
    const en = printed('en-US');
    expect(en).toContain('Jan 2020 – Present');
    expect(en).toContain('* Equal contribution.');
  });

  test('an unknown language falls back to English', () => {
    expect(labelsFor('xx').present).toBe('Present');
  });
});

describe('author lists cut at the layout limit, owner kept', () => {
  test('a short list is whole', () => {
    expect(cutAuthors(many(5, 2), 8)).toEqual({ shown: many(5, 2), gapBefore: -1, hidden: 0 });
    // One name over the limit: cutting it would print "and 1 other" in its place.
    expect(cutAuthors(many(9, 2), 8)).toEqual({ shown: many(9, 2), gapBefore: -1, hidden: 0 });
    expect(cutAuthors(many(10, 2), 8).hidden).toBe(2);
  });

  test('the owner among the first names: the first `max` are shown', () => {
    const cut = cutAuthors(many(60, 1), 8);
    expect(cut.shown.map((a) => a.name)).toEqual(['A0', 'A1', 'A2', 'A3', 'A4', 'A5', 'A6', 'A7']);
    expect(cut.hidden).toBe(52);
  });

  test('the owner far down the list is moved up after an ellipsis', () => {
    const cut = cutAuthors(many(60, 40), 8);
    expect(cut.shown.map((a) => a.name)).toEqual(['A0', 'A1', 'A2', 'A3', 'A4', 'A5', 'A6', 'A40']);
    expect(cut.gapBefore).toBe(7);
    expect(cut.hidden).toBe(52);
  });

  test('a composed list reads "…, Owner, and N others" with authors.max from the layout', () => {
    const authors = [...Array.from({ length: 30 }, (_, i) => `Coauthor ${i}`), 'Ada Lovelace'];
    const raw = { ...tinyRaw, sections: [{ id: 'publications', title: 'Publications', kind: 'publication', entries: [{ title: 'Big Paper', authors, type: 'journal', date: '2021' }] }] };
    const cv = normalizeCv(raw as typeof tinyRaw);
    const layout = tinyLayout({ authors: { max: 5 } });
    const r = selectContent(cv, layout, {});
    if (!r.ok) throw new Error(r.message);
    const text = allRuns(composeDocument(r.selected, layout).body).map((x) => x.text).join('');
    expect(text).toContain('Coauthor 0, Coauthor 1, Coauthor 2, Coauthor 3, \u2026, Ada Lovelace, and 26 others');
    expect(text).not.toContain('Coauthor 4');
  });
});
