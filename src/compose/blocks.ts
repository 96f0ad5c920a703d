import type { Markup } from '../normalize/types.js';
import type { Block, Group, List, Paragraph, Row, Run } from './types.js';
import type { RunStyle, Theme } from './theme.js';

/** Inline markup as runs: bold and italic combine with the base style; links take the accent colour. */
export function markupRuns(theme: Theme, markup: Markup, base: RunStyle = {}): Run[] {
  return markup.map((span) =>
    theme.text(span.text, {
      ...base,
      bold: base.bold || span.bold,
      italic: base.italic ? !span.italic : span.italic,
      ...(span.href ? { link: span.href, color: theme.colors.accent } : {}),
    }),
  );
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

/** A bulleted list of paragraphs. */
export function bullets(theme: Theme, items: Run[][], opts: Partial<List> = {}): List {
  return {
    kind: 'list',
    items: items.map((runs) => ({
      label: [theme.text('•', { color: theme.colors.muted })],
      body: [prose(theme, runs)],
    })),
    indent: theme.size * 0.35,
    labelWidth: theme.size * 0.95,
    labelAlign: 'left',
    itemGap: theme.space(0.08),
    spaceBefore: theme.space(0.12),
    spaceAfter: 0,
    ...opts,
  };
}

/** One entry: kept on one page where it fits. */
export function entryGroup(theme: Theme, children: Block[]): Group {
  return { kind: 'group', role: 'Div', keepTogether: true, children, spaceBefore: theme.space(0.45), spaceAfter: 0 };
}
