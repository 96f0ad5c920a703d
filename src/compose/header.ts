import type { Cv } from '../normalize/types.js';
import type { Block, Run } from './types.js';
import type { Theme } from './theme.js';
import { bullets, joinRuns, markupRuns, paragraph, prose } from './blocks.js';

/** "haekyu.com" for "https://haekyu.com/": what a reader would type. */
export function displayUrl(url: string): string {
  return url.replace(/^https?:\/\//, '').replace(/^www\./, '').replace(/\/$/, '');
}

function contactRuns(theme: Theme, cv: Cv): Run[] {
  const size = theme.small * 1.02;
  const c = cv.contact;
  const parts: Run[][] = [];
  if (c.email) parts.push([theme.text(c.email, { size, link: `mailto:${c.email}`, noHyphenate: true })]);
  if (c.phone) parts.push([theme.text(c.phone, { size, link: `tel:${c.phone.replace(/[^+\d]/g, '')}`, noHyphenate: true })]);
  if (c.website) parts.push([theme.text(displayUrl(c.website), { size, link: c.website, noHyphenate: true })]);
  for (const p of cv.profiles) {
    parts.push([p.url ? theme.text(p.label, { size, link: p.url, noHyphenate: true }) : theme.text(p.label, { size, color: theme.colors.muted })]);
  }
  if (c.location) parts.push([theme.text(c.location, { size, color: theme.colors.muted })]);
  return joinRuns(theme, parts, '   ·   ', { size, color: theme.colors.muted });
}

/** The name (H1), headline, contact line and, where the layout wants it, the summary. */
export function composeHeader(theme: Theme, cv: Cv, withSummary: boolean): Block[] {
  const blocks: Block[] = [
    paragraph(theme, [theme.text(cv.name, { semibold: true, size: theme.name, color: theme.colors.accent, noHyphenate: true })], {
      role: 'H1',
      leading: theme.name * 1.1,
      spaceAfter: theme.space(0.15),
    }),
  ];
  if (cv.headline) blocks.push(paragraph(theme, markupRuns(theme, cv.headline, { italic: true })));
  blocks.push(paragraph(theme, contactRuns(theme, cv), { spaceAfter: theme.space(0.7) }));
  const s = cv.summary;
  if (withSummary) {
    if (s.intro) blocks.push(prose(theme, markupRuns(theme, s.intro)));
    if (s.bullets.length > 0) {
      const items = s.bullets.map((h) => ({ runs: markupRuns(theme, h.text), subs: h.highlights.map((sub) => markupRuns(theme, sub.text)) }));
      blocks.push(bullets(theme, items, { spaceBefore: theme.space(0.15) }));
    }
    if (s.text) blocks.push(prose(theme, markupRuns(theme, s.text), { spaceBefore: theme.space(0.3) }));
  }
  return blocks;
}
