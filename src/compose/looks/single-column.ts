import type { Layout } from '../../layout/types.js';
import type { Entry, LanguageEntry, ListItemEntry, PublicationEntry } from '../../normalize/types.js';
import type { SelectedSection } from '../../select/types.js';
import type { Block, Group } from '../types.js';
import { FONT, makeTheme, type Theme } from '../theme.js';
import { paragraph } from '../blocks.js';
import { composeHeader } from '../header.js';
import { presentEntry, presentLanguagesInline, presentList } from '../entries.js';
import { legend, publicationGroups } from '../publications.js';
import { documentMeta } from '../meta.js';
import { labelsFor } from '../labels.js';
import type { Look } from './types.js';

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

function sectionBody(theme: Theme, section: SelectedSection, all: readonly Entry[], layout: Layout, compact: boolean): Block[] {
  const entries = section.entries;
  if (section.kind === 'publication') return publicationGroups(theme, entries as PublicationEntry[], all as PublicationEntry[], layout, compact);
  if (section.kind === 'list') return [presentList(theme, entries as ListItemEntry[])];
  if (section.kind === 'language' && compact) return [presentLanguagesInline(theme, entries as LanguageEntry[])];
  return entries.map((e) => presentEntry(theme, e as Exclude<Entry, PublicationEntry | ListItemEntry>, compact));
}

function composeSection(theme: Theme, section: SelectedSection, all: readonly Entry[], layout: Layout): Group {
  const compact = section.spec.style === 'compact';
  const body: Block[] = sectionBody(theme, section, all, layout, compact);
  if (section.kind === 'project' || section.kind === 'talk' || section.kind === 'patent') {
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

/**
 * The classic academic CV: the name and contact block, then each section
 * under a ruled heading, one column, every entry a row of title and dates.
 */
export const singleColumn: Look = {
  id: 'single-column',
  compose(selected, layout, params) {
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
  },
};
