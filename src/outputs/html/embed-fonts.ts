/**
 * The layout's bundled faces, cut down to the characters the page shows and
 * packed as WOFF2 (HarfBuzz's subsetter keeps the ligatures and kerning of the
 * kept glyphs), so the HTML file carries its own type and asks for nothing.
 */
import { readFileSync } from 'node:fs';
import type { Block, DocTree, Run } from '../../compose/types.js';
import type { FontFace } from '../../fonts/types.js';
import type { EmbeddedFont } from './emit-html.js';
import type { OutputInput } from '../types.js';

function blockRuns(b: Block): Run[] {
  switch (b.kind) {
    case 'paragraph':
      return b.runs;
    case 'row':
      return [...b.left.runs, ...b.right.runs];
    case 'list':
      return b.items.flatMap((i) => [...i.label, ...i.body.flatMap(blockRuns)]);
    case 'group':
      return b.children.flatMap(blockRuns);
    default:
      return [];
  }
}

/**
 * The OpenType features a browser applies to body text (kerning, ligatures,
 * marks, contextual forms) and the lining, tabular figures the labels ask for.
 * Keeping only these, not the font's every alternate, makes each face a few
 * tens of kilobytes and quick to pack.
 */
const BROWSER_FEATURES = ['kern', 'liga', 'clig', 'calt', 'ccmp', 'locl', 'mark', 'mkmk', 'rlig', 'lnum', 'tnum'];

/** Printable ASCII: what the stylesheet's own text (page numbers, separators) may use. */
const ASCII = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('');

/** The characters each face must draw: its own runs' text; fallback faces get every character. */
export function charactersByFace(doc: DocTree, faces: readonly FontFace[]): Map<string, string> {
  const runs = [...doc.body.flatMap(blockRuns), ...(doc.furniture.header?.runs ?? [])];
  const all = new Set(runs.flatMap((r) => [...r.text]));
  const main = new Set(faces.filter((f) => !f.id.startsWith('fallback-')).map((f) => f.id));
  const out = new Map<string, string>();
  for (const f of faces) {
    const chars = main.has(f.id) ? new Set([...ASCII, ...runs.filter((r) => r.font === f.id).flatMap((r) => [...r.text])]) : all;
    out.set(f.id, [...chars].sort().join(''));
  }
  return out;
}

/** Every face of the layout as a WOFF2 subset, in registration order; with `remember`, a subset made before for the same characters is reused. */
export async function embedFonts(doc: DocTree, faces: readonly FontFace[], remember?: OutputInput['remember']): Promise<EmbeddedFont[]> {
  const chars = charactersByFace(doc, faces);
  // Imported here, not at the top: it loads a WebAssembly module (~35 ms, 14 MB) that a PDF-only build never needs.
  const { default: subsetFont } = await import('subset-font');
  const out: EmbeddedFont[] = [];
  for (const f of faces) {
    const text = chars.get(f.id) ?? '';
    const make = async () => new Uint8Array(await subsetFont(readFileSync(f.file), text, { targetFormat: 'woff2', keepFeatures: BROWSER_FEATURES }));
    out.push({ id: f.id, data: remember ? await remember(`woff2 ${f.id} ${f.file} ${text}`, make) : await make() });
  }
  return out;
}
