import type { PublicationEntry } from '../../src/normalize/types.js';
import type { List, Paragraph, Run } from '../../src/compose/types.js';
import { composeDocument } from '../../src/compose/index.js';
import { groupPublications } from '../../src/compose/publications.js';
import { selectContent } from '../../src/select/index.js';
import { tinyCv, tinyLayout, tinyRaw } from '../helpers/tiny-cv.js';
import { normalizeCv } from '../../src/normalize/index.js';
import { allBlocks } from '../helpers/doc-blocks.js';

const tinyCvRaw = () => tinyRaw;

const pubs = tinyCv.sections.find((s) => s.id === 'publications')!.entries as PublicationEntry[];


describe('publication groups', () => {
  it('groups by type in layout order, newest first, labels unique with the newest highest', () => {
    const groups = groupPublications(pubs, tinyLayout());
    expect(groups.map((g) => [g.title, g.items.map((i) => `${i.label} ${i.entry.title.map((s) => s.text).join('')}`)])).toEqual([
      ['Journal and Conference Papers', ['[C3] A Conference Paper', '[C2] Notes on the Engine', '[C1] Older Conference Paper']],
      ['Workshop Papers', ['[W1] A Workshop Paper']],
    ]);
  });

  it('numbers the newest 1 when the layout asks for ascending', () => {
    const layout = tinyLayout({ publications: { groups: [{ title: 'All', types: ['journal', 'conference', 'workshop'], prefix: 'P' }], numbering: 'ascending' } });
    const labels = groupPublications(pubs, layout)[0]!.items.map((i) => `${i.label} ${i.entry.title.map((s) => s.text).join('')}`);
    expect(labels).toEqual(['[P1] A Conference Paper', '[P2] Notes on the Engine', '[P3] A Workshop Paper', '[P4] Older Conference Paper']);
  });

  it('continues numbering across groups that share a prefix instead of restarting', () => {
    const layout = tinyLayout({
      publications: { groups: [{ title: 'A', types: ['journal'], prefix: 'P' }, { title: 'B', types: ['conference', 'workshop'], prefix: 'P' }] },
    });
    const labels = groupPublications(pubs, layout).flatMap((g) => g.items.map((i) => i.label));
    expect(labels).toEqual(['[P4]', '[P3]', '[P2]', '[P1]']);
  });

  it('sets the owner in bold in every author list, found by name and alias, with marks and a legend', () => {
    const r = selectContent(tinyCv, tinyLayout(), { sections: ['publications'] });
    if (!r.ok) throw new Error(r.message);
    const doc = composeDocument(r.selected, tinyLayout());
    const runs: Run[] = allBlocks(doc.body).flatMap((b) => (b.kind === 'paragraph' ? b.runs : []));
    const ownerRuns = runs.filter((x) => /lovelace/i.test(x.text));
    // The header, then [C3], [C2] (by alias), [C1] (case and spacing differ), [W1].
    expect(ownerRuns.map((x) => x.text)).toEqual(['Ada Lovelace', 'Ada Lovelace', 'A. Lovelace', 'Ada  lovelace', 'Ada Lovelace']);
    // The header name is semibold; every author occurrence is bold.
    expect(ownerRuns.slice(1).every((x) => x.font === 'bold')).toBe(true);
    const babbage = runs.find((x) => x.text === 'C. Babbage' && runs[runs.indexOf(x) + 1]?.text === '*');
    expect(babbage).toBeDefined();
    expect(runs.some((x) => x.text.includes('* Equal contribution.'))).toBe(true);
    const lists = allBlocks(doc.body).filter((b): b is List => b.kind === 'list');
    expect(lists.flatMap((l) => l.items.map((i) => i.label[0]!.text)).filter((t) => t !== '•')).toEqual(['[C3]', '[C2]', '[C1]', '[W1]']);
    const pdfLink = runs.find((x) => x.text === 'PDF');
    expect(pdfLink?.link).toBe('https://example.org/a.pdf');
    expect(runs.find((x) => x.text === 'Video')?.link).toBeUndefined();
  });

  it('gives every group one label column, as wide as its longest label needs', () => {
    const columns = (copies: number): number[] => {
      const many = Array.from({ length: copies }, (_, i) => ({ ...pubs[i % pubs.length]!, key: `p${i}` }));
      const cv = { ...tinyCv, sections: tinyCv.sections.map((sec) => (sec.id === 'publications' ? { ...sec, entries: many } : sec)) };
      const r = selectContent(cv, tinyLayout(), { sections: ['publications'] });
      if (!r.ok) throw new Error(r.message);
      const lists = allBlocks(composeDocument(r.selected, tinyLayout()).body).filter((b): b is List => b.kind === 'list' && b.numbered === true);
      expect(lists).toHaveLength(2);
      return lists.map((l) => l.labelWidth);
    };
    const [short] = columns(4); // [C3], [W1]
    const wide = columns(48); // [C36] and [W12]: the workshop group may not get a column of its own
    expect(new Set(wide).size).toBe(1);
    expect(wide[0]).toBeGreaterThan(short!);
    const wider = columns(480); // [C360]
    expect(new Set(wider).size).toBe(1);
    expect(wider[0]).toBeGreaterThan(wide[0]!);
  });

  it('keeps each paper\'s label when a variant prints only some papers', () => {
    const layout = tinyLayout({ sections: [{ id: 'publications', selectedOnly: true }] });
    const r = selectContent(tinyCv, layout, {});
    if (!r.ok) throw new Error(r.message);
    const doc = composeDocument(r.selected, layout);
    const labels = allBlocks(doc.body).flatMap((b) => (b.kind === 'list' ? b.items.map((i) => i.label[0]!.text) : [])).filter((t) => t !== '•');
    // "Notes on the Engine" is [C2] in the full list too.
    expect(labels).toEqual(['[C2]']);
  });

  it('gives every section an H2 heading and a bookmark', () => {
    const r = selectContent(tinyCv, tinyLayout(), {});
    if (!r.ok) throw new Error(r.message);
    const doc = composeDocument(r.selected, tinyLayout());
    const h2 = allBlocks(doc.body).filter((b): b is Paragraph => b.kind === 'paragraph' && b.role === 'H2');
    expect(h2.map((h) => h.runs[0]!.text)).toEqual(['Experience', 'Publications', 'Skills']);
    const marks = allBlocks(doc.body).flatMap((b) => (b.kind === 'group' && b.bookmark ? [b.bookmark.title] : []));
    expect(marks).toEqual(['Experience', 'Publications', 'Journal and Conference Papers', 'Workshop Papers', 'Skills']);
    expect(doc.meta.title).toBe('Ada Lovelace — Curriculum Vitae');
  });
});

describe('titles with inline markup', () => {
  it('sets *italic* inside a bold publication title in bold italic', () => {
    const raw = { ...tinyCvRaw(), sections: [{ id: 'p', title: 'P', kind: 'publication' as const, entries: [{ title: 'Growth of *E. coli* on engines', authors: ['Ada Lovelace'], type: 'journal' as const, date: '2020' }] }] };
    const cv = normalizeCv(raw);
    const r = selectContent(cv, tinyLayout(), {});
    if (!r.ok) throw new Error(r.message);
    const runs = allBlocks(composeDocument(r.selected, tinyLayout()).body).flatMap((b) => (b.kind === 'paragraph' ? b.runs : []));
    const title = runs.filter((x) => ['Growth of ', 'E. coli', ' on engines'].includes(x.text));
    expect(title.map((x) => [x.text, x.font])).toEqual([['Growth of ', 'bold'], ['E. coli', 'boldItalic'], [' on engines', 'bold']]);
  });
});
