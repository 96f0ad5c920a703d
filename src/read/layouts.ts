import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Diagnostic } from '../diagnostics/types.js';
import type { Layout } from '../layout/types.js';
import { fontPath, mergeLayouts, resolveLayout } from '../layout/resolve.js';
import type { SourceDoc } from '../load/types.js';
import { loadSource } from '../load/index.js';
import { validateLayout } from '../validate/index.js';
import { closest } from '../validate/suggest.js';
import { LOOKS } from '../compose/looks/index.js';
import { fontFileProblem } from './font-files.js';

/** Every layout, resolved, or the diagnostics of the layout files (exit 1, or 4 when unreadable). */
export type LayoutsResult =
  /** `chains`: each layout's file and the files it extends, child first (what a rebuild of it depends on). */
  | { ok: true; layouts: Map<string, Layout>; chains: Map<string, string[]>; sources: Map<string, string> }
  | { ok: false; code: 1 | 4; diagnostics: Diagnostic[]; sources: Map<string, string> };

type Json = Record<string, unknown>;

/**
 * Reads every layouts/*.yaml (sorted by name, so the order never depends on
 * the file system), validates each against layout.schema.json with the same
 * diagnostics as cv.yaml, and resolves `extends`.
 */
export function loadLayouts(dir: string, fontsDir: string): LayoutsResult {
  const sources = new Map<string, string>();
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort();
  } catch (e) {
    const code = (e as { code?: string }).code;
    const message = code === 'ENOENT' ? 'no such layouts folder' : code === 'ENOTDIR' ? 'the layouts folder is not a folder' : 'cannot read the layouts folder';
    return { ok: false, code: 4, diagnostics: [{ file: dir, line: 0, col: 0, severity: 'error', message }], sources };
  }
  const diagnostics: Diagnostic[] = [];
  const raw = new Map<string, { value: Json; file: string; doc: SourceDoc }>();
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
    const fontProblems = fontFileDiagnostics(loaded.doc, path, fontsDir);
    if (fontProblems.diagnostics.length > 0) {
      diagnostics.push(...fontProblems.diagnostics);
      if (fontProblems.io) ioFailed = true;
      continue;
    }
    const look = value.look as string | undefined;
    if (look !== undefined && !LOOKS.has(look)) {
      const at = loaded.doc.locations.get('/look')?.value ?? { line: 1, col: 1 };
      const near = closest(look, LOOKS.keys());
      diagnostics.push({ file: path, line: at.line, col: at.col, severity: 'error', message: `no look named '${look}'; looks: ${[...LOOKS.keys()].join(', ')}${near ? `; did you mean '${near}'?` : ''}` });
      continue;
    }
    raw.set(id, { value, file: path, doc: loaded.doc });
  }
  const layouts = new Map<string, Layout>();
  const chains = new Map<string, string[]>();
  for (const [id, { value, file, doc }] of raw) {
    const chain: string[] = [id];
    let merged = value;
    let base = value.extends as string | undefined;
    while (base !== undefined) {
      const parent = raw.get(base);
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
    chains.set(id, chain.map((c) => raw.get(c)?.file ?? file));
  }
  if (diagnostics.some((d) => d.severity === 'error')) return { ok: false, code: ioFailed ? 4 : 1, diagnostics, sources };
  return { ok: true, layouts, chains, sources };
}

/** Font files a layout names that are missing or are not fonts: errors at the name, before anything parses them. */
function fontFileDiagnostics(doc: SourceDoc, file: string, fontsDir: string): { diagnostics: Diagnostic[]; io: boolean } {
  const fonts = (doc.value as Json).fonts as Record<string, string | string[]> | undefined;
  const out: Diagnostic[] = [];
  let io = false;
  for (const [key, value] of Object.entries(fonts ?? {})) {
    const names = Array.isArray(value) ? value.map((v, i) => [v, `/fonts/${key}/${i}`] as const) : [[value, `/fonts/${key}`] as const];
    for (const [name, pointer] of names) {
      const path = fontPath(name, file, fontsDir);
      const problem = fontFileProblem(path);
      if (!problem) continue;
      io ||= problem.io;
      const at = doc.locations.get(pointer)?.value ?? { line: 1, col: 1 };
      const message = problem.message === 'not found' ? `font file '${name}' not found (looked for ${path})` : `font file '${name}' ${problem.message} (${path})`;
      out.push({ file, line: at.line, col: at.col, severity: 'error', message });
    }
  }
  return { diagnostics: out, io };
}
