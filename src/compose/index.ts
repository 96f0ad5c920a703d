import { labelsFor } from './labels.js';
import type { Layout } from '../layout/types.js';
import type { Entry, PublicationEntry } from '../normalize/types.js';
import type { Selected, SelectedSection } from '../select/types.js';
import type { Block, DocMeta, DocTree, Group } from './types.js';
import { AS_DESIGNED, FONT, makeTheme, type ComposeParams, type Theme } from './theme.js';
import { paragraph } from './blocks.js';
import { composeHeader } from './header.js';
import { presentEntry } from './entries.js';
import { legend, publicationGroups } from './publications.js';

function heading(theme: Theme, title: string): Block[] {
  return [
    paragraph(theme, [theme.text(title, { semibold: true, size: theme.heading, color: theme.colors.accent })], {
      role: 'H2',
      leading: theme.heading * 1.15,
      keepWithNext: true,
      spaceBefore: theme.space(1.05),
    }),
    { kind: 'rule', thickness: 0.6, color: theme.colors.rule, spaceBefore: theme.space(0.12), spaceAfter: theme.space(0.25) },
  ];
}

function composeSection(theme: Theme, section: SelectedSection, all: readonly Entry[], layout: Layout): Group {
  const compact = section.spec.style === 'compact';
  const body: Block[] =
    section.kind === 'publication'
      ? publicationGroups(theme, section.entries as PublicationEntry[], all as PublicationEntry[], layout, compact)
      : section.entries.map((e) => presentEntry(theme, e as Exclude<typeof e, PublicationEntry>, compact));
  if (section.kind === 'project' || section.kind === 'talk') {
    body.push(...legend(theme, section.entries.map((e) => ({ authors: 'authors' in e ? e.authors : [] }))));
  }
  return {
    kind: 'group',
    role: 'Sect',
    keepTogether: false,
    bookmark: { title: section.title, level: 1 },
    children: [...heading(theme, section.title), ...body],
    spaceBefore: 0,
    spaceAfter: 0,
  };
}

/** Title, author, subject and keywords of the PDF: the same whatever the fit step did. */
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

/**
 * Turns the selected content into a DocTree: every visual decision of the
 * layout (sizes, colours, order, rules) is made here; nothing is measured.
 * `params` lets the fit step ask for the same document a little smaller.
 */
export function composeDocument(selected: Selected, layout: Layout, params: ComposeParams = AS_DESIGNED): DocTree {
  const theme = makeTheme(layout, params, labelsFor(selected.cv.lang));
  const cv = selected.cv;
  return {
    meta: documentMeta(selected, layout),
    furniture: {
      ...(layout.header.runningHeader
        ? {
            header: {
              runs: [
                theme.text(cv.name, { semibold: true, size: theme.small, color: theme.colors.accent }),
                theme.text(`  ·  ${layout.title}`, { size: theme.small, color: theme.colors.muted }),
              ],
              fromPage: 2,
              rule: { thickness: 0.4, color: theme.colors.rule },
            },
          }
        : {}),
      ...(layout.header.pageNumbers ? { pageNumbers: { font: FONT.regular, size: theme.small * 0.95, color: theme.colors.muted } } : {}),
    },
    body: [...composeHeader(theme, cv, layout.header.summary), ...selected.sections.map((s) => composeSection(theme, s, cv.sections.find((c) => c.id === s.id)?.entries ?? s.entries, layout))],
  };
}

export { AS_DESIGNED, type ComposeParams } from './theme.js';
