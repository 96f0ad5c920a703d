import { existsSync, readdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Diagnostic } from '../diagnostics/types.js';
import type { Layout } from '../layout/types.js';
import { fontPath, mergeLayouts, resolveLayout } from '../layout/resolve.js';
import type { SourceDoc } from '../load/types.js';
import { loadSource } from '../load/index.js';
import { validateLayout } from '../validate/index.js';
import { closest } from '../validate/suggest.js';

/** Every layout, resolved, or the diagnostics of the layout files (exit 1, or 4 when unreadable). */
export type LayoutsResult =
  | { ok: true; layouts: Map<string, Layout>; sources: Map<string, string> }
  | { ok: false; code: 1 | 4; diagnostics: Diagnostic[]; sources: Map<string, string> };

type Json = Record<string, unknown>;

/**
 * Reads every layouts/*.yaml (sorted by name, so the order never depends on
 * the file system), validates each against layout.schema.json with the same
 * diagnostics as cv.yaml, and resolves `extends`.
 */
export function loadLayouts(dir: string, fontsDir: string): LayoutsResult {
  const read = readLayoutFiles(dir, fontsDir);
  if (!read) return { ok: false, code: 4, diagnostics: [{ file: dir, line: 0, col: 0, severity: 'error', message: 'cannot read the layouts folder' }], sources: new Map() };
  const { raw, diagnostics, sources } = read;
  const { ioFailed } = read;
  // A layout in the user's own folder may extend a bundled one (to add fallback fonts, say) without copying it.
  let bundled: Map<string, RawLayout> | undefined;
  const parentOf = (id: string): RawLayout | undefined =>
    raw.get(id) ?? (resolve(dir) === BUNDLED_LAYOUTS ? undefined : (bundled ??= readLayoutFiles(BUNDLED_LAYOUTS, fontsDir)?.raw ?? new Map()).get(id));
  const layouts = new Map<string, Layout>();
  for (const [id, { value, file, doc }] of raw) {
    const chain: string[] = [id];
    let merged = value;
    let base = value.extends as string | undefined;
    while (base !== undefined) {
      const parent = parentOf(base);
      if (!parent || chain.includes(base)) {
        const near = closest(base, raw.keys());
        const why = parent
          ? `'extends' makes a cycle: ${[...chain, base].join(' -> ')}`
          : `'extends' names layout '${base}', which does not exist (or is invalid)${near ? `; did you mean '${near}'?` : ''}`;
        const at = doc.locations.get('/extends')?.value ?? { line: 1, col: 1 };
        diagnostics.push({ file, line: at.line, col: at.col, severity: 'error', message: why });
        merged = {};
        break;
      }
      chain.push(base);
      merged = mergeLayouts(parent.value, merged);
      base = parent.value.extends as string | undefined;
    }
    if (Object.keys(merged).length > 0) layouts.set(id, resolveLayout({ ...merged, id }, file, fontsDir));
  }
  if (diagnostics.some((d) => d.severity === 'error')) return { ok: false, code: ioFailed ? 4 : 1, diagnostics, sources };
  return { ok: true, layouts, sources };
}

/** The layouts/ folder that ships with cv (next to dist/ and src/). */
const BUNDLED_LAYOUTS = fileURLToPath(new URL('../../layouts', import.meta.url));

interface RawLayout {
  value: Json;
  file: string;
  doc: SourceDoc;
}

/** Every *.yaml of `dir`, validated, by id; undefined when the folder cannot be read. */
function readLayoutFiles(dir: string, fontsDir: string): { raw: Map<string, RawLayout>; diagnostics: Diagnostic[]; sources: Map<string, string>; ioFailed: boolean } | undefined {
  const sources = new Map<string, string>();
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort();
  } catch {
    return undefined;
  }
  const diagnostics: Diagnostic[] = [];
  const raw = new Map<string, RawLayout>();
  let ioFailed = false;
  for (const f of files) {
    const path = join(dir, f);
    const loaded = loadSource(path);
    if (!loaded.ok) {
      sources.set(path, loaded.text);
      diagnostics.push(...loaded.diagnostics);
      if (loaded.kind === 'io') ioFailed = true;
      continue;
    }
    sources.set(path, loaded.doc.text);
    const checked = validateLayout(loaded.doc);
    diagnostics.push(...checked.diagnostics);
    if (!checked.ok) continue;
    const value = loaded.doc.value as Json;
    const id = value.id as string;
    if (id !== basename(f, '.yaml')) {
      const loc = loaded.doc.locations.get('/id')?.value ?? { line: 1, col: 1 };
      diagnostics.push({ file: path, line: loc.line, col: loc.col, severity: 'error', message: `layout id '${id}' must match its file name '${basename(f, '.yaml')}'` });
      continue;
    }
    const missingFonts = missingFontFiles(loaded.doc, path, fontsDir);
    if (missingFonts.length > 0) {
      diagnostics.push(...missingFonts);
      ioFailed = true;
      continue;
    }
    raw.set(id, { value, file: path, doc: loaded.doc });
  }
  return { raw, diagnostics, sources, ioFailed };
}

/** Font files a layout names that are not there: an error at the name, before anything is typeset. */
function missingFontFiles(doc: SourceDoc, file: string, fontsDir: string): Diagnostic[] {
  const fonts = (doc.value as Json).fonts as Record<string, string | string[]> | undefined;
  const out: Diagnostic[] = [];
  for (const [key, value] of Object.entries(fonts ?? {})) {
    const names = Array.isArray(value) ? value.map((v, i) => [v, `/fonts/${key}/${i}`] as const) : [[value, `/fonts/${key}`] as const];
    for (const [name, pointer] of names) {
      const path = fontPath(name, file, fontsDir);
      if (existsSync(path)) continue;
      const at = doc.locations.get(pointer)?.value ?? { line: 1, col: 1 };
      out.push({ file, line: at.line, col: at.col, severity: 'error', message: `font file '${name}' not found (looked for ${path})` });
    }
  }
  return out;
}
