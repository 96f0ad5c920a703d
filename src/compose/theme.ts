import type { Layout } from '../layout/types.js';
import { ENGLISH, type Labels } from './labels.js';
import type { FontId, Run } from './types.js';

/** Registered font ids; outputs/pdf/ registers them in this order. */
export const FONT = {
  regular: 'regular',
  italic: 'italic',
  bold: 'bold',
  boldItalic: 'boldItalic',
  semibold: 'semibold',
} as const;

/** How hard the fit step squeezes: 1 and 1 are the layout as designed. */
export interface ComposeParams {
  /** Multiplies every type size. */
  scale: number;
  /** Multiplies every vertical space. */
  spacing: number;
}

export const AS_DESIGNED: ComposeParams = { scale: 1, spacing: 1 };

/** Equal for equal parameters: the key of the per-parameters memos of the fit loop. */
export function paramsKey(p: ComposeParams): string {
  return `${p.scale} ${p.spacing}`;
}

/**
 * The layout's sizes and colours with the fit parameters applied, plus small
 * constructors so that presenters say what text is, not how big it is.
 */
export interface Theme {
  size: number;
  small: number;
  heading: number;
  name: number;
  leading: number;
  smallLeading: number;
  colors: Layout['colors'];
  /** Vertical space unit (one body line times the spacing factor). */
  space: (lines: number) => number;
  align: 'justify' | 'left';
  hyphenate: boolean;
  /** The fixed words of the CV's language (labels.ts). */
  labels: Labels;
  /** Longest author list printed whole (layout `authors.max`). */
  authorsMax: number;
  text: (text: string, style?: RunStyle) => Run;
}

/** How a piece of text should look, in words rather than sizes. */
export interface RunStyle {
  bold?: boolean;
  italic?: boolean;
  semibold?: boolean;
  size?: number;
  color?: string;
  link?: string;
  noHyphenate?: boolean;
  noBreak?: boolean;
  url?: boolean;
}

/** The registered face for a style. */
export function fontFor(style: { bold?: boolean; italic?: boolean; semibold?: boolean }): FontId {
  if (style.semibold) return FONT.semibold;
  if (style.bold && style.italic) return FONT.boldItalic;
  if (style.bold) return FONT.bold;
  if (style.italic) return FONT.italic;
  return FONT.regular;
}

/** The theme of a layout at the given fit parameters. */
export function makeTheme(layout: Layout, params: ComposeParams, labels: Labels = ENGLISH): Theme {
  const t = layout.type;
  const size = t.size * params.scale;
  const small = t.small * params.scale;
  const leading = size * t.leading;
  const theme: Theme = {
    size,
    small,
    heading: t.heading * params.scale,
    name: t.name * params.scale,
    leading,
    smallLeading: small * t.leading,
    colors: layout.colors,
    space: (lines) => lines * leading * params.spacing,
    align: layout.paragraph.align,
    hyphenate: layout.paragraph.hyphenate,
    labels,
    authorsMax: layout.authors.max,
    text: (text, style = {}) => {
      const run: Run = {
        text,
        font: fontFor(style),
        size: style.size ?? size,
        color: style.color ?? (style.link ? layout.colors.accent : layout.colors.text),
      };
      if (style.link) run.link = style.link;
      if (style.noHyphenate) run.noHyphenate = true;
      if (style.noBreak && text.length <= 40) run.noBreak = true;
      if (style.url) run.url = true;
      return run;
    },
  };
  return theme;
}
