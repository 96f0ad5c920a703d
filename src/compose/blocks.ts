import type { Markup } from '../normalize/types.js';
import type { Block, Group, List, Paragraph, Row, Run } from './types.js';
import type { RunStyle, Theme } from './theme.js';
import { autoLinks } from './autolink.js';

/**
 * Inline markup as runs: bold and italic combine with the base style; links
 * take the accent colour. A bare URL or email address in the text becomes a
 * link that breaks like a URL.
 */
export function markupRuns(theme: Theme, markup: Markup, base: RunStyle = {}): Run[] {
  return markup.flatMap((span) => {
    const style: RunStyle = { ...base, bold: base.bold || span.bold, italic: base.italic ? !span.italic : span.italic };
    if (span.href) return [theme.text(span.text, { ...style, link: span.href, color: theme.colors.accent })];
    return autoLinks(span.text).map((part) =>
      part.href ? theme.text(part.text, { ...style, link: part.href, color: theme.colors.accent, url: true }) : theme.text(part.text, style),
    );
  });
}

/** Plain text (no markup) as runs, a bare URL or email address in it linked: e.g. a referee's contact. */
export function linkedText(theme: Theme, text: string, style: RunStyle = {}): Run[] {
  return markupRuns(theme, [{ text, bold: false, italic: false }], style);
}

/** Runs joined by a separator run, skipping empty parts. */
export function joinRuns(theme: Theme, parts: Run[][], separator: string, style: RunStyle = {}): Run[] {
  const kept = parts.filter((p) => p.some((r) => r.text.length > 0));
  return kept.flatMap((p, i) => (i === 0 ? p : [theme.text(separator, style), ...p]));
}

export function paragraph(theme: Theme, runs: Run[], opts: Partial<Paragraph> = {}): Paragraph {
  const small = runs.length > 0 && runs.every((r) => r.size < theme.size);
  return {
    kind: 'paragraph',
    role: 'P',
    runs,
    align: 'left',
    leading: small ? theme.smallLeading : theme.leading,
    indent: 0,
    hyphenate: false,
    spaceBefore: 0,
    spaceAfter: 0,
    ...opts,
  };
}

/** Running text: justified and hyphenated when the layout says so. */
export function prose(theme: Theme, runs: Run[], opts: Partial<Paragraph> = {}): Paragraph {
  return paragraph(theme, runs, { align: theme.align, hyphenate: theme.hyphenate, ...opts });
}

/** A line with wrapping text on the left and a short flush-right text (dates, place). */
export function row(theme: Theme, left: Run[], right: Run[], opts: Partial<Row> = {}): Row {
  return {
    kind: 'row',
    left: paragraph(theme, left),
    right: paragraph(theme, right, { align: 'right' }),
    gap: theme.size * 1.2,
    spaceBefore: 0,
    spaceAfter: 0,
    ...opts,
  };
}

/** One bullet's text and the sub-bullets printed under it (one level). */
export interface BulletItem {
  runs: Run[];
  subs: Run[][];
}

/** A bulleted list of paragraphs; an item may carry sub-bullets, set as a nested list with dashes. */
export function bullets(theme: Theme, items: (Run[] | BulletItem)[], opts: Partial<List> & { label?: string } = {}): List {
  const { label = '•', ...listOpts } = opts;
  return {
    kind: 'list',
    items: items.map((item) => {
      const { runs, subs } = Array.isArray(item) ? { runs: item, subs: [] } : item;
      const nested: List[] = subs.length === 0 ? [] : [bullets(theme, subs, { label: '–', indent: 0, spaceBefore: theme.space(0.08) })];
      return { label: [theme.text(label, { color: theme.colors.muted })], body: [prose(theme, runs), ...nested] };
    }),
    indent: theme.size * 0.35,
    labelWidth: theme.size * 0.95,
    labelAlign: 'left',
    itemGap: theme.space(0.08),
    spaceBefore: theme.space(0.12),
    spaceAfter: 0,
    ...listOpts,
  };
}

/**
 * One entry: kept on one page where it fits. With `title`, it may split in
 * its body (from its bullets or its justified description on, never in the
 * title, place and detail lines above), and the new page repeats the title
 * with the language's "(continued)".
 */
export function entryGroup(theme: Theme, children: Block[], title?: string): Group {
  const group: Group = { kind: 'group', role: 'Div', keepTogether: true, children, spaceBefore: theme.space(0.45), spaceAfter: 0 };
  const from = children.findIndex((c) => c.kind === 'list' || (c.kind === 'paragraph' && c.align === 'justify'));
  if (title === undefined || from < 1) return group;
  const cue = [theme.text(title, { bold: true, noHyphenate: true }), theme.text(` ${theme.labels.continued}`, { italic: true, color: theme.colors.muted })];
  return { ...group, continued: { cue, from } };
}
