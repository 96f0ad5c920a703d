import type { PublicationEntry } from '../normalize/types.js';
import type { Layout } from '../layout/types.js';
import type { Block, Group, List, ListItem, Run } from './types.js';
import type { Theme } from './theme.js';
import { joinRuns, markupRuns, paragraph } from './blocks.js';
import { AUTHOR_MARKS, authorRuns, linkRuns, titleRuns } from './parts.js';
import { formatDate, isoDate } from './dates.js';
import { recency as dateRecency } from '../common/cv-date.js';

/** One group of the publication list with its labelled entries, newest first. */
export interface PublicationGroup {
  title: string;
  prefix: string;
  items: { entry: PublicationEntry; label: string }[];
}

/**
 * Sorts publications into the layout's groups (first group that lists the
 * type; the last group takes the rest), newest first, and labels them [C3]:
 * numbers run per prefix and never restart when two groups share a prefix.
 * Numbers are counted over `all` (every publication of the section in cv.yaml),
 * so a paper has the same label in the full CV and in a resume that prints
 * only some of them.
 */
export function groupPublications(entries: readonly PublicationEntry[], layout: Layout, all: readonly PublicationEntry[] = entries): PublicationGroup[] {
  const printed = new Map(entries.map((e) => [e.key, e]));
  const specs = layout.publications.groups;
  const buckets = specs.map(() => [] as PublicationEntry[]);
  for (const e of all) {
    const i = specs.findIndex((g) => g.types.includes(e.type));
    buckets[i >= 0 ? i : specs.length - 1]?.push(e);
  }
  const totals = new Map<string, number>();
  specs.forEach((g, i) => totals.set(g.prefix, (totals.get(g.prefix) ?? 0) + (buckets[i]?.length ?? 0)));
  const used = new Map<string, number>();
  const groups: PublicationGroup[] = [];
  specs.forEach((g, i) => {
    // Stable sort keeps cv.yaml order among publications of the same date.
    // Work without a date (under review, in press) is the newest.
    const recency = (e: PublicationEntry) => (e.when.start || e.when.end ? dateRecency(e.when) : Number.MAX_SAFE_INTEGER);
    const sorted = [...(buckets[i] ?? [])].sort((a, b) => recency(b) - recency(a));
    const total = totals.get(g.prefix) ?? 0;
    const items = sorted.map((entry) => {
      const n = (used.get(g.prefix) ?? 0) + 1;
      used.set(g.prefix, n);
      const number = layout.publications.numbering === 'descending' ? total - n + 1 : n;
      return { entry: printed.get(entry.key), label: `[${g.prefix}${number}]` };
    }).flatMap(({ entry, label }) => (entry ? [{ entry, label }] : []));
    if (items.length > 0) groups.push({ title: g.title, prefix: g.prefix, items });
  });
  return groups;
}

/** "vol. 26, no. 1, pp. 12–34": volume, issue and pages, each labelled so that any one alone is clear. */
export function issueText(e: PublicationEntry): string {
  const pages = e.pages === undefined ? undefined : `${/[\u2013,]/.test(e.pages) ? 'pp.' : 'p.'} ${e.pages}`;
  return [e.volume && `vol. ${e.volume}`, e.number && `no. ${e.number}`, pages].filter(Boolean).join(', ');
}

function venueRuns(theme: Theme, e: PublicationEntry): Run[] {
  const v = e.venue;
  const parts: Run[][] = [];
  if (v) {
    const name = v.short && !v.name.includes(`(${v.short})`) ? `${v.name} (${v.short})` : v.name;
    parts.push([theme.text(name, { italic: true, ...(v.url ? { link: v.url } : {}) })]);
    if (v.note) parts.push(markupRuns(theme, v.note));
    if (v.track) parts.push([theme.text(v.track, v.trackUrl ? { link: v.trackUrl } : {})]);
  }
  const issue = issueText(e);
  if (issue) parts.push([theme.text(issue, { noBreak: true })]);
  if (e.publisher) parts.push([theme.text(e.publisher)]);
  if (e.location) parts.push([theme.text(e.location)]);
  const year = e.when.start ?? e.when.end;
  if (year) parts.push([{ ...theme.text(formatDate(year, theme.labels)), dates: [isoDate(year)] }]);
  return joinRuns(theme, parts, ', ');
}

/** The body of one publication: title, authors, venue, status and awards, links. */
export function publicationBody(theme: Theme, e: PublicationEntry): Block[] {
  const blocks: Block[] = [
    paragraph(theme, titleRuns(theme, e.title, e.url), { hyphenate: false }),
  ];
  if (e.authors.length > 0) blocks.push(paragraph(theme, authorRuns(theme, e.authors)));
  const venue = venueRuns(theme, e);
  if (venue.length > 0) blocks.push(paragraph(theme, venue));
  const extra: Run[][] = [];
  // Colour means "clickable": status and awards are set apart by style, not by the link colour.
  if (e.status) extra.push([theme.text(e.status, { italic: true })]);
  for (const award of e.awards) extra.push([theme.text(award, { bold: true })]);
  if (e.note) extra.push(markupRuns(theme, e.note));
  if (extra.length > 0) blocks.push(paragraph(theme, joinRuns(theme, extra, '. ')));
  if (e.doi) blocks.push(paragraph(theme, [theme.text(`doi:${e.doi}`, { size: theme.small, link: `https://doi.org/${e.doi}`, url: true })]));
  if (e.links.length > 0) blocks.push(paragraph(theme, linkRuns(theme, e.links)));
  return blocks;
}

/**
 * What the marks after authors' names mean, printed once per section that uses
 * them, in one wording everywhere (the CV language's, labels.ts).
 */
export function legend(theme: Theme, entries: readonly { authors: readonly { equal: boolean; corresponding: boolean }[] }[]): Block[] {
  const equal = entries.some((e) => e.authors.some((a) => a.equal));
  const corresponding = entries.some((e) => e.authors.some((a) => a.corresponding));
  const parts = [
    equal ? `${AUTHOR_MARKS.equal} ${theme.labels.equalContribution}` : '',
    corresponding ? `${AUTHOR_MARKS.corresponding} ${theme.labels.correspondingAuthor}` : '',
  ].filter(Boolean);
  if (parts.length === 0) return [];
  return [paragraph(theme, [theme.text(parts.join('  '), { size: theme.small, italic: true, color: theme.colors.muted })], { spaceBefore: theme.space(0.4), keepWithPrevious: true })];
}

/** A publication section: grouped, labelled lists with group headings and bookmarks, then the legend. */
export function publicationGroups(theme: Theme, entries: readonly PublicationEntry[], all: readonly PublicationEntry[], layout: Layout, compact: boolean): Block[] {
  const groups = groupPublications(entries, layout, all);
  // One column for every group, sized from the longest label at 0.6 em a character (a W and two digits
  // with the typesetter's quarter em after them fit), so that "[W12]" does not widen its group alone; at
  // least 2.6 em ("[C6]"). A label wider still widens its own list in the typesetter.
  const longest = groups.reduce((n, g) => g.items.reduce((m, i) => Math.max(m, i.label.length), n), 0);
  const labelWidth = theme.size * Math.max(2.6, 0.6 * longest - 0.2);
  const list = (items: ListItem[]): List => ({
    kind: 'list', items, indent: 0, labelWidth, labelAlign: 'left', numbered: true,
    itemGap: theme.space(compact ? 0.3 : 0.45), spaceBefore: theme.space(0.2), spaceAfter: 0,
  });
  const item = ({ entry, label }: { entry: PublicationEntry; label: string }): ListItem => ({
    label: [theme.text(label, { color: theme.colors.muted })],
    body: compact ? publicationBody(theme, entry).slice(0, 3) : publicationBody(theme, entry),
  });
  // A compact list (a resume's selected publications) is one list without group
  // headings; the labels still tell the groups apart.
  const blocks: Block[] =
    compact || groups.length === 1
      ? [list(groups.flatMap((g) => g.items.map(item)))]
      : groups.map((g): Group => ({
          kind: 'group', role: 'Div', keepTogether: false, spaceBefore: 0, spaceAfter: 0,
          bookmark: { title: g.title, level: 2 },
          children: [
            // Above the bold body-size titles: a step up the scale, halfway to a section heading.
            paragraph(theme, [theme.text(g.title, { bold: true, size: (theme.size + theme.heading) / 2, color: theme.colors.text })], {
              role: 'H3', keepWithNext: true, spaceBefore: theme.space(0.6), spaceAfter: theme.space(0.1),
            }),
            list(g.items.map(item)),
          ],
        }));
  if (layout.publications.legend) blocks.push(...legend(theme, entries));
  return blocks;
}
