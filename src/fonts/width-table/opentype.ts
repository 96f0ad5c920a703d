/**
 * The parts of fontkit 2.0.4's parsed GSUB, GPOS and GDEF tables that the
 * width-table derivation reads (fontkit exposes them as `font.GSUB` etc. but
 * ships no types). fontkit is pinned; these shapes are read nowhere else.
 */

export interface Coverage {
  version: 1 | 2;
  glyphs?: number[];
  rangeRecords?: { start: number; end: number; startCoverageIndex: number }[];
}

export interface ClassDef {
  version: 1 | 2;
  startGlyph?: number;
  classValueArray?: number[];
  classRangeRecord?: { start: number; end: number; class: number }[];
}

export interface LazyArray<T> {
  length: number;
  get(index: number): T;
  toArray(): T[];
}

export interface LookupFlags {
  markAttachmentType: number;
  flags: { rightToLeft: boolean; ignoreBaseGlyphs: boolean; ignoreLigatures: boolean; ignoreMarks: boolean; useMarkFilteringSet: boolean };
}

/** A subtable of any lookup type; which fields exist depends on the type and format. */
export interface Subtable {
  version?: number;
  coverage?: Coverage;
  /** Extension subtables (GSUB 7, GPOS 9). */
  lookupType?: number;
  extension?: Subtable;
  // GSUB 4
  ligatureSets?: LazyArray<{ glyph: number; components: number[] }[]>;
  // GPOS 2
  valueFormat1?: Record<string, boolean>;
  valueFormat2?: Record<string, boolean>;
  pairSets?: LazyArray<{ secondGlyph: number; value1?: { xAdvance?: number } }[]>;
  classDef1?: ClassDef;
  classDef2?: ClassDef;
  class2Count?: number;
  classRecords?: LazyArray<LazyArray<{ value1?: { xAdvance?: number } }>>;
  // GPOS 4-6 (mark attachment)
  markCoverage?: Coverage;
  mark1Coverage?: Coverage;
  // contextual (GSUB 5/6, GPOS 7/8)
  backtrackCoverage?: Coverage[];
  inputCoverage?: Coverage[];
  lookaheadCoverage?: Coverage[];
}

export interface Lookup {
  lookupType: number;
  flags: LookupFlags;
  subTables: Subtable[];
}

export interface LayoutTable {
  scriptList: { tag: string; script: { defaultLangSys: { featureIndexes: number[] } | null } }[];
  featureList: { tag: string; feature: { lookupListIndexes: number[] } }[];
  lookupList: LazyArray<Lookup>;
}

export interface OpenTypeFont {
  GSUB?: LayoutTable;
  GPOS?: LayoutTable;
  GDEF?: { glyphClassDef?: ClassDef };
  numGlyphs: number;
}

/** Glyph ids of a coverage table, in coverage-index order. */
export function coverageGlyphs(coverage: Coverage): number[] {
  if (coverage.version === 1) return coverage.glyphs ?? [];
  const out: number[] = [];
  for (const r of coverage.rangeRecords ?? []) for (let g = r.start; g <= r.end; g++) out[r.startCoverageIndex + g - r.start] = g;
  return out;
}

/** The class of a glyph, 0 when the class definition does not list it (as fontkit's getClassID). */
export function classOf(glyph: number, def: ClassDef): number {
  if (def.version === 1) {
    const i = glyph - (def.startGlyph ?? 0);
    const values = def.classValueArray ?? [];
    if (i >= 0 && i < values.length) return values[i]!;
    return 0;
  }
  for (const r of def.classRangeRecord ?? []) if (r.start <= glyph && glyph <= r.end) return r.class;
  return 0;
}
