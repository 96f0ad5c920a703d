import { classOf, coverageGlyphs, type Coverage, type LayoutTable, type Lookup, type OpenTypeFont, type Subtable } from './opentype.js';
import { WIDTH_TABLE_FORMAT, type KerningSubtable, type LigatureSubtable, type WidthTable } from './types.js';

/** fontkit's default shaper: global features by stage (the fraction features only ever apply around U+2044). */
const STAGES = [
  ['rvrn', 'ltra', 'ltrm'],
  ['ccmp', 'locl', 'rlig', 'mark', 'mkmk', 'calt', 'clig', 'liga', 'rclt', 'curs', 'kern'],
];
/** OpenType script tags fontkit picks for covered text; undefined: only Common characters. */
const SCRIPTS = ['latn', 'cyrl', 'grek', undefined];
const DEFAULT_SCRIPTS = ['DFLT', 'dflt', 'latn'];

/** Scripts fontkit shapes with its default shaper, and no marks, controls, format characters or U+2044 (fractions). */
let simple: RegExp | undefined; // made on first use: costly to build, and most runs derive no table
const RANGES: [number, number][] = [
  [0x20, 0x7e], [0xa0, 0x2ff], [0x370, 0x52f], [0x1e00, 0x1fff], [0x2000, 0x22ff],
  [0x2c60, 0x2c7f], [0xa720, 0xa7ff], [0xab30, 0xab6f], [0xfb00, 0xfb06],
];

interface DeriveFont extends OpenTypeFont {
  /** The TrueType/AAT kern table, which fontkit applies when GPOS does not kern. */
  kern?: unknown;
  characterSet: number[];
  getGlyph(id: number): { advanceWidth: number };
  glyphForCodePoint(cp: number): { id: number };
}

/**
 * Works out, from the font's own cmap, hmtx, GSUB, GPOS and GDEF, the width
 * table for the code points whose shaping under fontkit's default features is
 * nothing but ligature substitution and pair kerning. Any code point that some
 * other lookup could touch (single or contextual substitution, mark
 * attachment, placement changes) is left out, so text containing it is shaped
 * by fontkit. `font` must be a private instance: looking glyphs up here would
 * otherwise fill the glyph cache of the instance pdfkit draws with.
 */
export function deriveWidthTable(font: DeriveFont, sha256: string): WidthTable {
  const glyphs = glyphRanges(font);
  const empty: WidthTable = { format: WIDTH_TABLE_FORMAT, sha256, glyphs, cmap: [], advances: [], space: 0, ligatures: [], kerning: [] };
  const gsub = lookupsPerScript(font.GSUB);
  const gpos = lookupsPerScript(font.GPOS, (l) => !isMarkAttachment(l));
  if (!gsub || !gpos) return empty;
  // Kerning from the legacy kern table is not modelled: such a face is shaped by fontkit.
  if (font.kern && !SCRIPTS.every((s) => font.GPOS !== undefined && featureTags(font.GPOS, s).includes('kern'))) return empty;

  const gdef = font.GDEF?.glyphClassDef;
  const covered = new Map<number, number>();
  for (const [from, to] of RANGES) {
    for (let cp = from; cp <= to; cp++) {
      if (!(simple ??= /^(?=[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Common}])[^\p{M}\p{C}\u2044]$/u).test(String.fromCodePoint(cp))) continue;
      const gid = font.glyphForCodePoint(cp).id;
      if (gid === 0 || (gdef && classOf(gid, gdef) === 3)) continue;
      covered.set(cp, gid);
    }
  }

  for (;;) {
    const { reach, producer } = reachable(covered, gsub.lookups);
    const unsupported = unsupportedGlyphs(gsub.lookups, gpos.all, reach);
    if (unsupported === 'all') return empty;
    if (unsupported.size === 0) {
      return {
        format: WIDTH_TABLE_FORMAT,
        sha256,
        glyphs,
        cmap: [...covered].flat(),
        advances: [...reach].sort((a, b) => a - b).flatMap((g) => [g, font.getGlyph(g).advanceWidth]),
        space: font.glyphForCodePoint(0x20).id,
        ligatures: gsub.lookups.filter((l) => typeOf(l, l.subTables[0]) === 4).map((l) => ligatureLookup(l, reach)),
        kerning: gpos.lookups.filter((l) => typeOf(l, l.subTables[0]) === 2).map((l) => kerningLookup(l, reach)),
      };
    }
    for (let g of unsupported) {
      while (producer.has(g)) g = producer.get(g)!;
      for (const [cp, gid] of covered) if (gid === g) covered.delete(cp);
    }
  }
}

/** Code points with a glyph (as fontkit's hasGlyphForCodePoint), as sorted [first, last] ranges. */
export function glyphRanges(font: DeriveFont): [number, number][] {
  return toRanges(font.characterSet.filter((cp) => font.glyphForCodePoint(cp).id !== 0));
}

/** The lookups fontkit applies for every script of SCRIPTS, or undefined if they differ between scripts. */
function lookupsPerScript(table: LayoutTable | undefined, compared: (l: Lookup) => boolean = () => true): { lookups: Lookup[]; all: Lookup[] } | undefined {
  if (!table) return { lookups: [], all: [] };
  const perScript = SCRIPTS.map((s) => activeLookups(table, s));
  const key = (ids: number[]) => ids.filter((i) => compared(table.lookupList.get(i))).join(',');
  if (new Set(perScript.map(key)).size !== 1) return undefined;
  const all = [...new Set(perScript.flat())].map((i) => table.lookupList.get(i));
  return { lookups: perScript[0]!.map((i) => table.lookupList.get(i)).filter(compared), all };
}

/** The default language system fontkit's OTProcessor picks for a script. */
function langSysFor(table: LayoutTable, script: string | undefined): { featureIndexes: number[] } | undefined {
  const find = (tags: (string | undefined)[]) => {
    for (const tag of tags) for (const entry of table.scriptList) if (entry.tag === tag) return entry;
    return undefined;
  };
  return (find([script]) ?? find(DEFAULT_SCRIPTS))?.script.defaultLangSys ?? undefined;
}

/** Feature tags of a script's default language system. */
function featureTags(table: LayoutTable, script: string | undefined): string[] {
  return (langSysFor(table, script)?.featureIndexes ?? []).map((i) => table.featureList[i]!.tag);
}

/** Lookup indexes in application order, as fontkit's OTProcessor.lookupsForFeatures per stage. */
function activeLookups(table: LayoutTable, script: string | undefined): number[] {
  const langSys = langSysFor(table, script);
  if (!langSys) return [];
  const features = new Map<string, number[]>();
  for (const i of langSys.featureIndexes) features.set(table.featureList[i]!.tag, table.featureList[i]!.feature.lookupListIndexes);
  return STAGES.flatMap((stage) => stage.flatMap((tag) => features.get(tag) ?? []).sort((a, b) => a - b));
}

function typeOf(lookup: Lookup, sub: Subtable | undefined): number {
  return (lookup.lookupType === 7 || lookup.lookupType === 9) && sub?.lookupType !== undefined ? sub.lookupType : lookup.lookupType;
}

function subtables(lookup: Lookup): { type: number; sub: Subtable }[] {
  return lookup.subTables.map((s) => ({ type: typeOf(lookup, s), sub: s.extension ?? s }));
}

function isMarkAttachment(lookup: Lookup): boolean {
  return subtables(lookup).every(({ type }) => type >= 4 && type <= 6);
}

/** Glyphs of the covered code points plus every ligature they can form; producer: ligature -> its first glyph. */
function reachable(covered: Map<number, number>, gsub: Lookup[]): { reach: Set<number>; producer: Map<number, number> } {
  const reach = new Set(covered.values());
  const producer = new Map<number, number>();
  for (let grew = true; grew; ) {
    grew = false;
    for (const lookup of gsub) {
      for (const { type, sub } of subtables(lookup)) {
        if (type !== 4 || !sub.coverage || !sub.ligatureSets) continue;
        coverageGlyphs(sub.coverage).forEach((first, i) => {
          if (!reach.has(first)) return;
          for (const lig of sub.ligatureSets!.get(i)) {
            if (reach.has(lig.glyph) || !lig.components.every((c) => reach.has(c))) continue;
            reach.add(lig.glyph);
            producer.set(lig.glyph, first);
            grew = true;
          }
        });
      }
    }
  }
  return { reach, producer };
}

const within = (coverage: Coverage | undefined, reach: Set<number>) => (coverage ? coverageGlyphs(coverage).filter((g) => reach.has(g)) : []);

/**
 * Reachable glyphs that a lookup other than a plain ligature or x-advance pair
 * adjustment could act on; 'all' when a ligature or pair lookup skips glyphs
 * in a way the table does not model (base glyphs or ligatures ignored).
 */
function unsupportedGlyphs(gsub: Lookup[], gpos: Lookup[], reach: Set<number>): Set<number> | 'all' {
  const out = new Set<number>();
  const add = (gs: number[]) => gs.forEach((g) => out.add(g));
  for (const [table, lookups] of [['GSUB', gsub], ['GPOS', gpos]] as const) {
    for (const lookup of lookups) {
      const { ignoreBaseGlyphs, ignoreLigatures, rightToLeft } = lookup.flags.flags;
      for (const { type, sub } of subtables(lookup)) {
        const contextual = table === 'GSUB' ? type === 5 || type === 6 : type === 7 || type === 8;
        if (contextual) {
          const required = sub.version === 3 ? [...(sub.backtrackCoverage ?? []), ...(sub.inputCoverage ?? []), ...(sub.lookaheadCoverage ?? [])] : [sub.coverage];
          const hits = required.map((c) => within(c, reach));
          if (hits.every((h) => h.length > 0)) add(hits.reduce((a, b) => (b.length < a.length ? b : a)));
        } else if (table === 'GSUB' && type === 4) {
          if (ignoreBaseGlyphs || ignoreLigatures || rightToLeft) return 'all';
        } else if (table === 'GPOS' && type === 2) {
          if (ignoreBaseGlyphs || ignoreLigatures || rightToLeft) return 'all';
          const other = (f: Record<string, boolean> | undefined, allowed: string[]) => Object.entries(f ?? {}).some(([k, v]) => v && !allowed.includes(k));
          if (other(sub.valueFormat1, ['xAdvance']) || other(sub.valueFormat2, [])) add(within(sub.coverage, reach));
        } else if (table === 'GPOS' && (type === 4 || type === 5)) {
          add(within(sub.markCoverage, reach));
        } else if (table === 'GPOS' && type === 6) {
          add(within(sub.mark1Coverage, reach));
        } else {
          add(within(sub.coverage, reach));
        }
      }
    }
  }
  return out;
}

function ligatureLookup(lookup: Lookup, reach: Set<number>): LigatureSubtable[] {
  return subtables(lookup).map(({ sub }) => {
    const out: LigatureSubtable = [];
    coverageGlyphs(sub.coverage!).forEach((first, i) => {
      if (!reach.has(first)) return;
      const ligs = sub.ligatureSets!.get(i).filter((l) => l.components.every((c) => reach.has(c)));
      out.push([first, ligs.map((l) => [l.components, l.glyph])]);
    });
    return out;
  });
}

function kerningLookup(lookup: Lookup, reach: Set<number>): KerningSubtable[] {
  return subtables(lookup).map(({ sub }) => {
    const coverage = coverageGlyphs(sub.coverage!);
    if (sub.version === 1) {
      const out = { firsts: [] as number[], ends: [] as number[], seconds: [] as number[], values: [] as number[] };
      coverage.forEach((first, i) => {
        if (!reach.has(first)) return;
        const seen = new Set<number>();
        for (const p of sub.pairSets!.get(i)) {
          if (!reach.has(p.secondGlyph) || seen.has(p.secondGlyph)) continue;
          seen.add(p.secondGlyph);
          out.seconds.push(p.secondGlyph);
          out.values.push(p.value1?.xAdvance ?? 0);
        }
        out.firsts.push(first);
        out.ends.push(out.seconds.length);
      });
      return out;
    }
    const firsts = coverage.filter((g) => reach.has(g));
    const classes = (def: Parameters<typeof classOf>[1], glyphs: Iterable<number>) =>
      [...glyphs].map((g): [number, number] => [g, classOf(g, def)]).filter(([, c]) => c !== 0);
    const class1 = classes(sub.classDef1!, firsts);
    const rows = new Set([0, ...class1.map(([, c]) => c)]);
    const class2Count = sub.class2Count!;
    const matrix: number[] = [];
    const rowCount = Math.max(...rows) + 1;
    for (let c1 = 0; c1 < rowCount; c1++) {
      const record = rows.has(c1) ? sub.classRecords!.get(c1) : undefined;
      for (let c2 = 0; c2 < class2Count; c2++) matrix.push(record ? (record.get(c2).value1?.xAdvance ?? 0) : 0);
    }
    return { coverage: firsts, class1: class1.flat(), class2: classes(sub.classDef2!, [...reach].sort((a, b) => a - b)).flat(), class2Count, matrix };
  });
}

/** Code points (in any order, repeats allowed) as sorted [first, last] ranges, as the width table stores coverage. */
function toRanges(codePoints: number[]): [number, number][] {
  const sorted = [...codePoints].sort((a, b) => a - b);
  const ranges: [number, number][] = [];
  for (const cp of sorted) {
    const last = ranges[ranges.length - 1];
    if (last && last[1] >= cp - 1) last[1] = Math.max(last[1], cp);
    else ranges.push([cp, cp]);
  }
  return ranges;
}
