/**
 * The few tables of a TrueType (glyf-outline) font file that pdfkit's
 * EmbeddedFont and our subsetter read, decoded straight from the bytes:
 * parsing a face this way takes well under a millisecond, where fontkit's
 * module load and table decoding cost ~80 ms per build.
 *
 * Each value is the one fontkit 2.0.4 gives for the same field (tests compare
 * them for the bundled faces), so a PDF drawn from this reading is the PDF
 * drawn from fontkit's. A file this reader does not handle the way fontkit
 * would (CFF outlines, variations, a collection, an OS/2 table without cap
 * and x heights, no PostScript name) gives undefined: the caller uses fontkit.
 */
export interface Sfnt {
  /** Raw bytes of each table, by tag. */
  readonly tables: ReadonlyMap<string, Uint8Array>;
  readonly unitsPerEm: number;
  readonly bbox: { readonly minX: number; readonly minY: number; readonly maxX: number; readonly maxY: number };
  readonly italic: boolean;
  /** head.indexToLocFormat: 0 short (offsets / 2), 1 long. */
  readonly locaFormat: 0 | 1;
  readonly ascent: number;
  readonly descent: number;
  readonly lineGap: number;
  readonly numberOfMetrics: number;
  readonly numGlyphs: number;
  readonly capHeight: number;
  readonly xHeight: number;
  readonly familyClass: number;
  readonly italicAngle: number;
  readonly isFixedPitch: boolean;
  readonly postscriptName: string;
  /** Byte offsets of each glyph in glyf, numGlyphs + 1 of them. */
  readonly loca: Uint32Array;
}

/** Tables fontkit would treat differently from a static TrueType face. */
const DECLINED = ['CFF ', 'CFF2', 'fvar', 'gvar'];
const REQUIRED = ['head', 'hhea', 'maxp', 'hmtx', 'loca', 'glyf', 'OS/2', 'post', 'name'];

export function readSfnt(bytes: Uint8Array): Sfnt | undefined {
  if (bytes.length < 12) return undefined;
  const version = view(bytes).getUint32(0);
  if (version !== 0x00010000 && version !== 0x74727565 /* 'true' */) return undefined;
  const tables = tableDirectory(bytes);
  if (!tables) return undefined;
  if (DECLINED.some((t) => tables.has(t)) || !REQUIRED.every((t) => tables.has(t))) return undefined;
  const table = (tag: string): DataView => view(tables.get(tag)!);

  const head = table('head');
  const hhea = table('hhea');
  const maxp = table('maxp');
  const os2 = table('OS/2');
  const post = table('post');
  if (head.byteLength < 54 || hhea.byteLength < 36 || maxp.byteLength < 32 || post.byteLength < 16) return undefined;
  if (os2.byteLength < 96 || os2.getUint16(0) < 2) return undefined;
  const locaFormat = head.getInt16(50);
  if (locaFormat !== 0 && locaFormat !== 1) return undefined;
  const numGlyphs = maxp.getUint16(4);
  const numberOfMetrics = hhea.getUint16(34);
  if (numberOfMetrics === 0 || numberOfMetrics > numGlyphs || tables.get('hmtx')!.length < numberOfMetrics * 4) return undefined;
  const loca = readLoca(table('loca'), locaFormat, numGlyphs, tables.get('glyf')!.length);
  const postscriptName = readPostscriptName(tables.get('name')!);
  if (!loca || postscriptName === undefined) return undefined;

  return {
    tables,
    unitsPerEm: head.getUint16(18),
    bbox: Object.freeze({ minX: head.getInt16(36), minY: head.getInt16(38), maxX: head.getInt16(40), maxY: head.getInt16(42) }),
    italic: (head.getUint16(44) & 2) !== 0,
    locaFormat,
    ascent: hhea.getInt16(4),
    descent: hhea.getInt16(6),
    lineGap: hhea.getInt16(8),
    numberOfMetrics,
    numGlyphs,
    familyClass: os2.getInt16(30),
    xHeight: os2.getInt16(86),
    capHeight: os2.getInt16(88),
    italicAngle: post.getInt32(4) / 65536,
    isFixedPitch: post.getUint32(12) !== 0,
    postscriptName,
    loca,
  };
}

/** The advance width and left side bearing of a glyph, as fontkit's _getTableMetrics reads hmtx. */
export function horizontalMetrics(sfnt: Sfnt, glyph: number): { advance: number; bearing: number } {
  const hmtx = view(sfnt.tables.get('hmtx')!);
  const last = sfnt.numberOfMetrics - 1;
  if (glyph <= last) return { advance: hmtx.getUint16(glyph * 4), bearing: hmtx.getInt16(glyph * 4 + 2) };
  const at = sfnt.numberOfMetrics * 4 + (glyph - sfnt.numberOfMetrics) * 2;
  return { advance: hmtx.getUint16(last * 4), bearing: at + 2 <= hmtx.byteLength ? hmtx.getInt16(at) : 0 };
}

/** Each table's bytes by tag, from the file's table directory; undefined when the directory or a table runs past the end. */
export function tableDirectory(bytes: Uint8Array): Map<string, Uint8Array> | undefined {
  if (bytes.length < 12) return undefined;
  const file = view(bytes);
  const tables = new Map<string, Uint8Array>();
  const count = file.getUint16(4);
  if (12 + count * 16 > bytes.length) return undefined;
  for (let i = 0; i < count; i++) {
    const at = 12 + i * 16;
    const tag = String.fromCharCode(bytes[at]!, bytes[at + 1]!, bytes[at + 2]!, bytes[at + 3]!);
    const offset = file.getUint32(at + 8);
    const length = file.getUint32(at + 12);
    if (offset + length > bytes.length) return undefined;
    tables.set(tag, bytes.subarray(offset, offset + length));
  }
  return tables;
}

export function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function readLoca(loca: DataView, format: 0 | 1, numGlyphs: number, glyfLength: number): Uint32Array | undefined {
  const size = format === 0 ? 2 : 4;
  if (loca.byteLength < (numGlyphs + 1) * size) return undefined;
  const offsets = new Uint32Array(numGlyphs + 1);
  for (let i = 0; i <= numGlyphs; i++) {
    offsets[i] = format === 0 ? loca.getUint16(i * 2) * 2 : loca.getUint32(i * 4);
    if (offsets[i]! > glyfLength || (i > 0 && offsets[i]! < offsets[i - 1]!)) return undefined;
  }
  return offsets;
}

/**
 * Name ID 6 from the Windows Unicode (English first) or Macintosh Roman
 * record. fontkit picks the English entry of whatever it decoded; a
 * PostScript name is ASCII by specification, so the records agree, and a
 * name that is not plain ASCII is left to fontkit.
 */
function readPostscriptName(name: Uint8Array): string | undefined {
  const table = view(name);
  if (table.byteLength < 6) return undefined;
  const count = table.getUint16(2);
  const strings = table.getUint16(4);
  let best: { rank: number; text: string } | undefined;
  for (let i = 0; i < count; i++) {
    const at = 6 + i * 12;
    if (at + 12 > table.byteLength) return undefined;
    const [platform, encoding, language, id, length, offset] = [0, 2, 4, 6, 8, 10].map((k) => table.getUint16(at + k)) as [number, number, number, number, number, number];
    if (id !== 6) continue;
    const start = strings + offset;
    if (start + length > table.byteLength) return undefined;
    const raw = name.subarray(start, start + length);
    let text: string;
    let rank: number;
    if (platform === 3 && (encoding === 1 || encoding === 0)) {
      text = '';
      for (let k = 0; k + 1 < raw.length; k += 2) text += String.fromCharCode((raw[k]! << 8) | raw[k + 1]!);
      rank = language === 0x409 ? 0 : 1;
    } else if (platform === 1 && encoding === 0) {
      text = String.fromCharCode(...raw);
      rank = 2;
    } else continue;
    if (!/^[\x21-\x7e]+$/.test(text)) return undefined;
    if (!best || rank < best.rank) best = { rank, text };
  }
  return best?.text;
}
