import type { RawCv } from '../../src/validate/raw-cv.js';
import type { Layout } from '../../src/layout/types.js';
import { resolveLayout } from '../../src/layout/resolve.js';
import { normalizeCv } from '../../src/normalize/index.js';

/** A small CV that exercises tags, priorities, dates and publications. */
export const tinyRaw: RawCv = {
  name: 'Ada Lovelace',
  aliases: ['A. Lovelace'],
  updated: '2024-05',
  contact: { email: 'ada@example.org', website: 'https://example.org' },
  summary: { intro: 'I study **engines**.', bullets: ['Plain bullet', { text: 'Industry bullet', tags: ['industry'] }] },
  sections: [
    {
      id: 'experience', title: 'Experience', kind: 'experience',
      entries: [
        { title: 'Analyst', organization: 'Engine Co', start: '2020-01', end: 'present', tags: ['industry'], priority: 5,
          highlights: ['Built engines', { text: 'Taught courses', tags: ['academic'] }] },
        { title: 'Assistant', organization: 'University', start: '2015-01', end: '2019-12', tags: ['academic'], priority: 1 },
        { title: 'Intern', organization: 'Lab', start: '2014-06', end: '2014-08' },
      ],
    },
    {
      id: 'publications', title: 'Publications', kind: 'publication',
      entries: [
        { title: 'Notes on the Engine', authors: ['A. Lovelace', { name: 'C. Babbage', equal: true }], type: 'journal', date: '2021', selected: true,
          venue: { name: 'Journal of Engines', short: 'JoE' }, links: [{ label: 'PDF', url: 'https://example.org/a.pdf' }, { label: 'Video' }] },
        { title: 'A Workshop Paper', authors: ['C. Babbage', 'Ada Lovelace'], type: 'workshop', date: '2019' },
        { title: 'A Conference Paper', authors: ['Ada Lovelace'], type: 'conference', date: '2023' },
        { title: 'Older Conference Paper', authors: ['Ada  lovelace'], type: 'conference', date: '2018' },
      ],
    },
    { id: 'skills', title: 'Skills', kind: 'skills', entries: [{ category: 'Languages', items: ['Analytical Engine code'] }] },
  ],
};

export const tinyCv = normalizeCv(tinyRaw);

/** A layout like the bundled ones, built in memory so tests do not depend on layouts/. */
export function tinyLayout(over: Record<string, unknown> = {}): Layout {
  return resolveLayout(
    {
      id: 'test', title: 'Curriculum Vitae', output: '{name}-test.pdf',
      fonts: { regular: 'EBGaramond-Regular.ttf', italic: 'EBGaramond-Italic.ttf', bold: 'EBGaramond-Bold.ttf', boldItalic: 'EBGaramond-BoldItalic.ttf' },
      type: { size: 10 },
      sections: ['*'],
      publications: {
        groups: [
          { title: 'Journal and Conference Papers', types: ['journal', 'conference'], prefix: 'C' },
          { title: 'Workshop Papers', types: ['workshop'], prefix: 'W' },
        ],
        numbering: 'descending',
      },
      ...over,
    },
    '/layouts/test.yaml',
    new URL('../../fonts', import.meta.url).pathname,
  );
}
