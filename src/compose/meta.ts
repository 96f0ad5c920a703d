import type { Layout } from '../layout/types.js';
import type { Selected } from '../select/types.js';
import type { DocMeta } from './types.js';

/** Title, author, subject and keywords of the document: the same whatever the fit step or the look did. */
export function documentMeta(selected: Selected, layout: Layout): DocMeta {
  const cv = selected.cv;
  const headline = cv.headline ? cv.headline.map((s) => s.text).join('') : '';
  return {
    title: `${cv.name} — ${layout.title}`,
    author: cv.name,
    subject: `${layout.title} of ${cv.name}${headline ? `, ${headline}` : ''}`,
    keywords: [cv.name, layout.title, ...new Set(selected.sections.map((s) => s.title))],
    lang: cv.lang,
  };
}
