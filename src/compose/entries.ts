import type { CvDate, Entry, LanguageEntry, ListItemEntry } from '../normalize/types.js';
import type { Block, Run } from './types.js';
import type { Theme } from './theme.js';
import { bullets, entryGroup, joinRuns, markupRuns, paragraph, prose } from './blocks.js';
import { authorRuns, detail, highlightList, linkLine, listRuns, placeRow, smallRuns, titleRow, titleRuns } from './parts.js';
import { languageRuns, presentMoreEntry } from './more-entries.js';
import { formatDate } from './dates.js';
import { ENGLISH, type Labels } from './labels.js';

/** "4,905 Github stars (as of Oct 2020)": digits grouped by hand, never by the machine's locale. */
export function starsText(stars: { count: number; asOf?: CvDate }, labels: Labels = ENGLISH): string {
  const count = String(stars.count).replace(/\B(?=(\d{3})+(?!\d))/g, labels.thousands);
  return labels.stars(count, stars.asOf ? formatDate(stars.asOf, labels) : undefined);
}

/** Kinds whose entries are a line or a quote: no bullets, no link line of their own. */
const NO_HIGHLIGHTS = new Set<Entry['kind']>(['text', 'skills', 'service', 'language', 'interest', 'reference']);

/** "GPA 3.9/4.0" as written; a bare "3.9/4.0" is taken to be a GPA. */
export function scoreText(score: string): string {
  return /^[\d.,\s/]+$/.test(score) ? `GPA ${score}` : score;
}

/** Presents one entry of any kind but publication and list (see presentList); `compact` keeps it to a line or two. */
export function presentEntry(theme: Theme, e: Exclude<Entry, { kind: 'publication' | 'list' }>, compact: boolean): Block {
  const b = (text: string): Run => theme.text(text, { bold: true });
  const it = (text: string): Run => theme.text(text, { italic: true });
  const when = e.when;
  const blocks: Block[] = [];
  // An award or grant: who gave it goes on its own line, or after the title when compact.
  const titleWithBy = (title: string, by: string | undefined): Block[] =>
    compact || !by
      ? [titleRow(theme, joinRuns(theme, [[b(title)], by ? [it(by)] : []], ', '), when)]
      : [titleRow(theme, [b(title)], when), paragraph(theme, [it(by)])];
  switch (e.kind) {
    case 'education': {
      const degree = [e.degree, e.field].filter((x): x is string => !!x).join(', ');
      blocks.push(titleRow(theme, [b(degree || e.institution)], when));
      blocks.push(...placeRow(theme, degree ? e.institution : undefined, e.location));
      if (e.summary) blocks.push(prose(theme, markupRuns(theme, e.summary)));
      if (e.score) blocks.push(paragraph(theme, smallRuns(theme, scoreText(e.score))));
      if (e.advisor) blocks.push(detail(theme, theme.labels.advisor, markupRuns(theme, e.advisor, { size: theme.small })));
      for (const h of e.honors) blocks.push(paragraph(theme, smallRuns(theme, h)));
      if (e.courses.length > 0 && !compact) blocks.push(detail(theme, theme.labels.courses, listRuns(theme, e.courses, { size: theme.small })));
      break;
    }
    case 'experience':
      blocks.push(titleRow(theme, [b(e.title)], when));
      blocks.push(...placeRow(theme, e.organization, e.location));
      if (e.summary) blocks.push(prose(theme, markupRuns(theme, e.summary)));
      if (e.mentors.length > 0 && !compact) {
        // The owner's own label, whatever the count.
        blocks.push(detail(theme, theme.labels.mentor, smallRuns(theme, e.mentors.join(', '))));
      }
      break;
    case 'award':
      blocks.push(...titleWithBy(e.title, e.issuer));
      if (e.amount) blocks.push(paragraph(theme, smallRuns(theme, e.amount)));
      if (e.description && !compact) blocks.push(prose(theme, markupRuns(theme, e.description)));
      break;
    case 'grant':
      blocks.push(...titleWithBy(e.title, e.funder));
      if (e.amount || e.description) {
        // The amount is left out when the description already says it ("Funded $5,000 in ...").
        const described = e.description?.map((s) => s.text).join('') ?? '';
        const amount = e.amount && !described.includes(e.amount) ? [theme.text(e.amount)] : [];
        blocks.push(prose(theme, joinRuns(theme, [amount, e.description ? markupRuns(theme, e.description) : []], '. ')));
      }
      if (e.coPIs.length > 0) blocks.push(detail(theme, theme.labels.coPIs, smallRuns(theme, e.coPIs.join(', '))));
      break;
    case 'project':
      blocks.push(titleRow(theme, titleRuns(theme, e.title, e.url), when));
      blocks.push(...placeRow(theme, [e.organization, e.entity].filter((x): x is string => !!x).join(', ') || undefined, e.location));
      if (e.roles.length > 0) blocks.push(detail(theme, e.roles.length === 1 ? theme.labels.role : theme.labels.roles, smallRuns(theme, e.roles.join(', '))));
      if (e.keywords.length > 0 && !compact) blocks.push(detail(theme, theme.labels.keywords, smallRuns(theme, e.keywords.join(', '))));
      if (e.description) blocks.push(prose(theme, markupRuns(theme, e.description)));
      if (e.note && !compact) blocks.push(prose(theme, markupRuns(theme, e.note)));
      if (e.authors.length > 0 && !compact) blocks.push(paragraph(theme, authorRuns(theme, e.authors)));
      if (e.stars) blocks.push(paragraph(theme, smallRuns(theme, starsText(e.stars, theme.labels))));
      break;
    case 'talk': {
      blocks.push(titleRow(theme, markupRuns(theme, e.title, { bold: true }), when));
      const where = [e.type, e.event, e.location].filter((x): x is string => !!x).join(', ');
      if (where) blocks.push(paragraph(theme, [it(where)]));
      if (e.authors.length > 0) blocks.push(paragraph(theme, authorRuns(theme, e.authors)));
      if (e.keywords.length > 0 && !compact) blocks.push(detail(theme, theme.labels.keywords, smallRuns(theme, e.keywords.join(', '))));
      if (e.description) blocks.push(prose(theme, markupRuns(theme, e.description)));
      break;
    }
    case 'teaching':
      blocks.push(titleRow(theme, [b(e.title)], when));
      blocks.push(...placeRow(theme, e.institution, e.location));
      blocks.push(paragraph(theme, [theme.text(e.courseCode ? `${e.course} (${e.courseCode})` : e.course)]));
      if (e.instructor) blocks.push(detail(theme, theme.labels.instructor, smallRuns(theme, e.instructor)));
      break;
    case 'mentee': {
      blocks.push(titleRow(theme, [b(e.name)], when));
      const study = [e.degree, e.institution].filter((x): x is string => !!x).join(', ');
      if (study) blocks.push(paragraph(theme, [it(study)]));
      if (e.topics.length > 0) blocks.push(detail(theme, theme.labels.topics, smallRuns(theme, e.topics.join('; '))));
      for (const a of e.awards) blocks.push(paragraph(theme, smallRuns(theme, a)));
      break;
    }
    case 'certification':
      // "NVIDIA DLI Certificate – ..., NVIDIA Deep Learning Institute": one line, as certificates are cited.
      blocks.push(titleRow(theme, joinRuns(theme, [[b(e.title)], e.issuer ? [it(e.issuer)] : []], ', '), when));
      break;
    case 'service': {
      const venues = e.venues.map((v) => (v.date ? `${v.name} ${formatDate(v.date, theme.labels)}` : v.name)).join(', ');
      blocks.push(prose(theme, [b(`${e.role}: `), theme.text(venues)]));
      break;
    }
    case 'membership': {
      const name = e.short ? `${e.organization} (${e.short})` : e.organization;
      const since = e.when.start ? theme.labels.since(formatDate(e.when.start, theme.labels)) : '';
      blocks.push(titleRow(theme, [b(name)], since ? [theme.text(since, { color: theme.colors.muted })] : []));
      if (e.note) blocks.push(paragraph(theme, markupRuns(theme, e.note, { size: theme.small })));
      break;
    }
    case 'skills': {
      // "Python (Advanced): NumPy, pandas"; without items, "Python (Advanced)".
      const colon = e.items.length > 0 ? ': ' : '';
      const head = e.level ? [b(e.category), theme.text(` (${e.level})`, { color: theme.colors.muted }), ...(colon ? [b(colon)] : [])] : [b(`${e.category}${colon}`)];
      const items = e.items.length > 0 ? [theme.text(e.items.join(', '))] : [];
      blocks.push(prose(theme, [...head, ...items], { align: 'left', hyphenate: false }));
      break;
    }
    case 'language':
    case 'interest':
    case 'reference':
    case 'patent':
      blocks.push(...presentMoreEntry(theme, e, compact));
      break;
    case 'entry':
      blocks.push(titleRow(theme, markupRuns(theme, e.title, { bold: true }), when));
      blocks.push(...placeRow(theme, e.subtitle, e.location));
      if (e.description) blocks.push(prose(theme, markupRuns(theme, e.description)));
      break;
    case 'text':
      blocks.push(prose(theme, markupRuns(theme, e.text)));
      break;
  }
  if (!NO_HIGHLIGHTS.has(e.kind)) {
    // Compact keeps every highlight: the fit step, not the style, decides which go.
    blocks.push(...highlightList(theme, e.highlights));
    if (!compact) blocks.push(...linkLine(theme, e.links));
  }
  return entryGroup(theme, blocks, cueTitle(blocks[0]));
}

/** The plain text of an entry's first line's left side (its title), for the "(continued)" cue. */
function cueTitle(first: Block | undefined): string | undefined {
  const runs = first?.kind === 'row' ? first.left.runs : first?.kind === 'paragraph' ? first.runs : undefined;
  const text = runs?.map((r) => r.text).join('').trim();
  return text ? text : undefined;
}

/**
 * A `kind: list` section: one bulleted list, the items as close as an entry's
 * bullets; with `numbering`, each item's number ("3.") as its label, kept when
 * a variant leaves items out, so the numbers are the same in every PDF.
 */
export function presentList(theme: Theme, items: readonly ListItemEntry[]): Block {
  const list = bullets(theme, items.map((i) => markupRuns(theme, i.text)), { spaceBefore: theme.space(0.3) });
  if (!items.some((i) => i.number !== undefined)) return list;
  const widest = Math.max(...items.map((i) => String(i.number ?? '').length));
  return {
    ...list,
    items: list.items.map((item, k) => ({ ...item, label: [theme.text(`${items[k]?.number ?? ''}.`, { color: theme.colors.muted })] })),
    labelWidth: theme.size * (0.95 + 0.5 * widest),
    numbered: true,
  };
}

/** Languages in a compact section: one line, "Korean — Native · English — Fluent". */
export function presentLanguagesInline(theme: Theme, entries: readonly LanguageEntry[]): Block {
  return paragraph(theme, joinRuns(theme, entries.map((e) => languageRuns(theme, e)), '  ·  ', { color: theme.colors.muted }), { spaceBefore: theme.space(0.3) });
}
