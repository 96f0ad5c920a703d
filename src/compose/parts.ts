import type { Author, DateRange, Highlight, Link, Markup } from '../normalize/types.js';
import type { Block, Run } from './types.js';
import type { RunStyle, Theme } from './theme.js';
import { bullets, joinRuns, markupRuns, paragraph, row } from './blocks.js';
import { cutAuthors } from './authors-cut.js';
import { formatRange, isoRange } from './dates.js';

/** Small pieces every entry presenter uses, so that all kinds share one look. */

export function dateRuns(theme: Theme, when: DateRange): Run[] {
  const text = formatRange(when, theme.labels);
  return text ? [{ ...theme.text(text, { color: theme.colors.muted }), dates: isoRange(when) }] : [];
}

/** First line of an entry: bold title (and more), dates flush right. */
export function titleRow(theme: Theme, left: Run[], when: DateRange | Run[]): Block {
  const right = Array.isArray(when) ? when : dateRuns(theme, when);
  return row(theme, left, right);
}

/**
 * Second line: "NVIDIA, Santa Clara, CA", the organisation in italics. One
 * line of text rather than two columns, so that it reads back from the PDF
 * as the owner wrote it.
 */
export function placeRow(theme: Theme, organisation: string | undefined, location: string | undefined): Block[] {
  if (!organisation && !location) return [];
  const parts = [organisation ? [theme.text(organisation, { italic: true })] : [], location ? [theme.text(location, { color: theme.colors.muted })] : []];
  return [paragraph(theme, joinRuns(theme, parts, ', ', { color: theme.colors.muted }))];
}

/** A labelled detail line such as "Advisor: Dr. Polo Chau" in the small size. */
export function detail(theme: Theme, label: string, value: Run[]): Block {
  return paragraph(theme, [theme.text(`${label}: `, { size: theme.small, italic: true, color: theme.colors.muted }), ...value]);
}

/** A bold title, linked (in the text colour, like an unlinked one) when the entry has a page. */
export function titleRuns(theme: Theme, title: Markup, url: string | undefined): Run[] {
  return markupRuns(theme, title, url ? { bold: true, link: url, color: theme.colors.text } : { bold: true });
}

/** Markup items joined by commas: "Algorithms, *Compilers*". */
export function listRuns(theme: Theme, items: readonly Markup[], style: RunStyle = {}): Run[] {
  return joinRuns(theme, items.map((m) => markupRuns(theme, m, style)), ', ', style);
}

export function smallRuns(theme: Theme, text: string): Run[] {
  return [theme.text(text, { size: theme.small })];
}

/** An entry's bullets, each with its sub-bullets. */
export function highlightList(theme: Theme, highlights: readonly Highlight[]): Block[] {
  if (highlights.length === 0) return [];
  return [bullets(theme, highlights.map((h) => ({ runs: markupRuns(theme, h.text), subs: h.highlights.map((s) => markupRuns(theme, s.text)) })))];
}

/**
 * Link labels ("PDF · arXiv · Demo"): clickable where cv.yaml has a URL; a label
 * whose URL was lost is still printed, in the muted colour, never with a made-up target.
 */
export function linkRuns(theme: Theme, links: readonly Link[], size = theme.small): Run[] {
  return joinRuns(
    theme,
    links.map((l) => [
      l.url
        ? theme.text(l.label, { size, link: l.url, noHyphenate: true })
        : theme.text(l.label, { size, color: theme.colors.muted, noHyphenate: true }),
    ]),
    '  ·  ',
    { size, color: theme.colors.muted },
  );
}

export function linkLine(theme: Theme, links: readonly Link[]): Block[] {
  return links.length === 0 ? [] : [paragraph(theme, linkRuns(theme, links))];
}

/** The marks after an author's name, and in front of their meaning in the legend. */
export const AUTHOR_MARKS = { equal: '*', corresponding: '\u2020' } as const;

/** Marks after an author's name: * equal contribution, † corresponding author. */
export function authorMarks(a: Author): string {
  return (a.equal ? AUTHOR_MARKS.equal : '') + (a.corresponding ? AUTHOR_MARKS.corresponding : '');
}

/**
 * An author list with the owner in bold and marks after the names; "and"
 * before the last, unless the last is "et al.". One size wherever it appears
 * (the small size). A list longer than the layout's `authors.max` ends
 * "…, and 52 others", owner kept.
 */
export function authorRuns(theme: Theme, authors: readonly Author[]): Run[] {
  const size = theme.small;
  const { shown, gapBefore, hidden } = cutAuthors(authors, theme.authorsMax);
  const l = theme.labels;
  const etAl = hidden === 0 && /^et al\.?$/i.test(shown[shown.length - 1]?.name.trim() ?? '');
  const runs: Run[] = [];
  shown.forEach((a, i) => {
    const last = i === shown.length - 1 && hidden === 0;
    const joiner = !last ? ', ' : etAl ? (shown.length > 2 ? ', ' : ' ') : shown.length > 2 ? l.serialAnd : l.and;
    if (i > 0) runs.push(theme.text(joiner, { size }));
    if (i === gapBefore) runs.push(theme.text('\u2026, ', { size }));
    runs.push(theme.text(a.name, { size, bold: a.isOwner, noHyphenate: true, noBreak: true }));
    const marks = authorMarks(a);
    if (marks) runs.push(theme.text(marks, { size, bold: a.isOwner }));
  });
  if (hidden > 0) runs.push(theme.text(`, ${l.others(hidden)}`, { size }));
  return runs;
}
