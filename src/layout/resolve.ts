import { isAbsolute, join, dirname } from 'node:path';
import type { Layout, SectionSpec } from './types.js';
import { FORMAT_IDS } from './formats.js';

/** Matches the schema's default for `authors.max`. */
const DEFAULT_AUTHORS_MAX = 12;

/** Paper sizes in points. */
const PAPER = { letter: { width: 612, height: 792 }, a4: { width: 595.28, height: 841.89 } } as const;

type Json = Record<string, unknown>;

const DEFAULT_MARGINS = { top: 54, right: 60, bottom: 54, left: 60 };

/** The bundled family: what a layout gets for any face it does not name. */
const DEFAULT_FONTS: Json = {
  regular: 'EBGaramond-Regular.ttf',
  italic: 'EBGaramond-Italic.ttf',
  bold: 'EBGaramond-Bold.ttf',
  boldItalic: 'EBGaramond-BoldItalic.ttf',
  semibold: 'EBGaramond-SemiBold.ttf',
};

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Keys of `over` replace those of `base`; nested mappings merge, lists are replaced whole. */
export function mergeLayouts(base: Json, over: Json): Json {
  const out: Json = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const prior = out[key];
    out[key] = isObject(prior) && isObject(value) ? mergeLayouts(prior, value) : value;
  }
  return out;
}

/** Where a font named in a layout is: absolute, relative to the layout file, or in fonts/. */
export function fontPath(file: string, layoutFile: string, fontsDir: string): string {
  if (isAbsolute(file)) return file;
  if (file.includes('/')) return join(dirname(layoutFile), file);
  return join(fontsDir, file);
}

function sectionSpec(item: unknown): SectionSpec | '*' {
  if (item === '*') return '*';
  if (typeof item === 'string') return { id: item, style: 'full', selectedOnly: false };
  const o = item as Json;
  return {
    ...(o.id !== undefined ? { id: o.id as string } : { kind: o.kind as string }),
    title: o.title as string | undefined,
    style: (o.style as SectionSpec['style']) ?? 'full',
    limit: o.limit as number | undefined,
    selectedOnly: (o.selectedOnly as boolean) ?? false,
    sinceYear: o.sinceYear as number | undefined,
    tags: o.tags as string[] | undefined,
  };
}

/**
 * Turns a schema-valid, already merged layout mapping into a complete Layout.
 * Defaults live here, in one place, so that a layout file only says what differs.
 */
export function resolveLayout(raw: Json, layoutFile: string, fontsDir: string): Layout {
  const page = (raw.page ?? {}) as Json;
  const size = (page.size as 'letter' | 'a4' | undefined) ?? 'letter';
  const margins = { ...DEFAULT_MARGINS, ...((page.margins as Partial<Layout['page']['margins']> | undefined) ?? {}) };
  const given = (raw.fonts as Json | undefined) ?? {};
  // A layout that names its own bold but no semibold uses that bold for headings, not ours.
  const fonts: Json = { ...DEFAULT_FONTS, ...(given.bold && !given.semibold ? { semibold: given.bold } : {}), ...given };
  const font = (key: string, fallback?: string) => fontPath((fonts[key] as string | undefined) ?? (fallback as string), layoutFile, fontsDir);
  const type = (raw.type ?? {}) as Json;
  const size0 = (type.size as number | undefined) ?? 11;
  const colors = (raw.colors ?? {}) as Json;
  const paragraph = (raw.paragraph ?? {}) as Json;
  const header = (raw.header ?? {}) as Json;
  const pubs = (raw.publications ?? {}) as Json;
  const fit = (raw.fit ?? {}) as Json;
  return {
    id: raw.id as string,
    file: layoutFile,
    title: raw.title as string,
    output: raw.output as string,
    formats: FORMAT_IDS.filter((id) => ((raw.formats as string[] | undefined) ?? ['pdf']).includes(id)),
    look: (raw.look as string | undefined) ?? 'single-column',
    page: { size, ...PAPER[size], margins },
    fonts: {
      regular: font('regular'),
      italic: font('italic'),
      bold: font('bold'),
      boldItalic: font('boldItalic'),
      semibold: font('semibold'),
      fallbacks: ((fonts.fallbacks as string[] | undefined) ?? []).map((f) => fontPath(f, layoutFile, fontsDir)),
    },
    type: {
      size: size0,
      leading: (type.leading as number | undefined) ?? 1.22,
      name: (type.name as number | undefined) ?? size0 * 2.2,
      heading: (type.heading as number | undefined) ?? size0 * 1.2,
      small: (type.small as number | undefined) ?? size0 * 0.9,
    },
    colors: {
      text: (colors.text as string | undefined) ?? '#1b1b1b',
      accent: (colors.accent as string | undefined) ?? '#1f3b63',
      muted: (colors.muted as string | undefined) ?? '#555b63',
      rule: (colors.rule as string | undefined) ?? '#a9b4c2',
    },
    paragraph: {
      align: (paragraph.align as 'justify' | 'left' | undefined) ?? 'justify',
      hyphenate: (paragraph.hyphenate as boolean | undefined) ?? true,
    },
    header: {
      summary: (header.summary as boolean | undefined) ?? true,
      runningHeader: (header.runningHeader as boolean | undefined) ?? true,
      pageNumbers: (header.pageNumbers as boolean | undefined) ?? true,
    },
    sections: (raw.sections as unknown[]).map(sectionSpec),
    publications: {
      groups: (pubs.groups as Layout['publications']['groups'] | undefined) ?? [
        { title: 'Publications', types: [], prefix: 'P' },
      ],
      numbering: (pubs.numbering as 'descending' | 'ascending' | undefined) ?? 'descending',
      legend: (pubs.legend as boolean | undefined) ?? true,
    },
    authors: { max: ((raw.authors ?? {}) as Json).max as number | undefined ?? DEFAULT_AUTHORS_MAX },
    selection: (raw.selection as Layout['selection'] | undefined) ?? {},
    fit: {
      maxPages: fit.maxPages as number | undefined,
      minFontSize: (fit.minFontSize as number | undefined) ?? size0,
      minSpacing: (fit.minSpacing as number | undefined) ?? 1,
      spacingSteps: (fit.spacingSteps as number | undefined) ?? 5,
      scaleSteps: (fit.scaleSteps as number | undefined) ?? 6,
      drop: (fit.drop as string[] | undefined) ?? [],
      allowDrop: (fit.allowDrop as boolean | undefined) ?? false,
    },
  };
}
