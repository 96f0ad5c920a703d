import { readdirSync, realpathSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Diagnostic } from '../diagnostics/types.js';
import type { Layout } from '../layout/types.js';
import { fontPath, mergeLayouts, resolveLayout } from '../layout/resolve.js';
import type { SourceDoc } from '../load/types.js';
import { loadSource } from '../load/index.js';
import { validateLayout } from '../validate/index.js';
import { closest } from '../validate/suggest.js';
import { sectionKinds } from '../validate/section-kinds.js';
import { LOOKS } from '../compose/looks/index.js';
import { fontFileProblem } from './font-files.js';

/** Every layout, resolved, or the diagnostics of the layout files (exit 1, or 4 when unreadable). */
export type LayoutsResult =
  /** `chains`: each layout's file and the files it extends, child first (what a rebuild of it depends on). */
  | { ok: true; layouts: Map<string, Layout>; chains: Map<string, string[]>; sources: Map<string, string> }
  | { ok: false; code: 1 | 4; diagnostics: Diagnostic[]; sources: Map<string, string> };

type Json = Record<string, unknown>;

/** One layout file as read, before `extends`: its mapping (font names already made absolute), where it came from. */
interface RawLayout {
  value: Json;
  file: string;
  doc: SourceDoc;
  bundled: boolean;
}

/** The layouts of one folder by id, and what went wrong reading it. */
interface FolderRead {
  layouts: Map<string, RawLayout>;
  diagnostics: Diagnostic[];
  ioFailed: boolean;
}

/**
 * Reads the bundled layouts, then the user's folder when there is one: a user
 * layout adds a variant, or replaces the bundled layout of the same id. Every
 * file is validated against layout.schema.json with the same diagnostics as
 * cv.yaml (sorted by name, so the order never depends on the file system),
 * then `extends` is resolved across both folders: it names any layout by id
 * (the user's when both have it), and a user layout that extends its own id
 * starts from the bundled one it replaces. Fonts resolve relative to the file
 * that names them, bare names in the bundled fonts folder.
 */
export function loadLayouts(dir: string, fontsDir: string, userDir?: string): LayoutsResult {
  const sources = new Map<string, string>();
  const bundled = readFolder(dir, fontsDir, true, sources);
  if (bundled === undefined) return folderMissing(dir, sources);
  const user = userDir !== undefined && !sameFolder(dir, userDir) ? readFolder(userDir, fontsDir, false, sources) : { layouts: new Map<string, RawLayout>(), diagnostics: [], ioFailed: false };
  if (user === undefined) return folderMissing(userDir as string, sources);
  const diagnostics = [...bundled.diagnostics, ...user.diagnostics];
  const all = new Map([...bundled.layouts, ...user.layouts]);
  const layouts = new Map<string, Layout>();
  const chains = new Map<string, string[]>();
  for (const [id, layout] of all) {
    const chain: RawLayout[] = [layout];
    let merged = layout.value;
    let child = layout;
    let base = layout.value.extends as string | undefined;
    while (base !== undefined) {
      const parent = !child.bundled && base === child.value.id ? bundled.layouts.get(base) : all.get(base);
      if (!parent || chain.includes(parent)) {
        const near = closest(base, all.keys());
        const why = parent
          ? `'extends' makes a cycle: ${[...chain, parent].map((l) => l.value.id).join(' -> ')}`
          : `'extends' names layout '${base}', which does not exist (or is invalid)${near ? `; did you mean '${near}'?` : ''}`;
        const at = child.doc.locations.get('/extends')?.value ?? { line: 1, col: 1 };
        diagnostics.push({ file: child.file, line: at.line, col: at.col, severity: 'error', message: why });
        merged = {};
        break;
      }
      chain.push(parent);
      merged = mergeLayouts(parent.value, merged);
      child = parent;
      base = parent.value.extends as string | undefined;
    }
    if (Object.keys(merged).length > 0) layouts.set(id, resolveLayout({ ...merged, id }, layout.file, fontsDir));
    chains.set(id, chain.map((l) => l.file));
  }
  const ioFailed = bundled.ioFailed || user.ioFailed;
  if (diagnostics.some((d) => d.severity === 'error')) return { ok: false, code: ioFailed ? 4 : 1, diagnostics, sources };
  return { ok: true, layouts, chains, sources };
}

function folderMissing(dir: string, sources: Map<string, string>): LayoutsResult {
  let message = 'cannot read the layouts folder';
  try {
    if (!statSync(dir).isDirectory()) message = 'the layouts folder is not a folder';
  } catch (e) {
    if ((e as { code?: string }).code === 'ENOENT') message = 'no such layouts folder';
  }
  return { ok: false, code: 4, diagnostics: [{ file: dir, line: 0, col: 0, severity: 'error', message }], sources };
}

/** The user's folder may be the bundled one (cv run inside its own repository): read it once. */
function sameFolder(a: string, b: string): boolean {
  try {
    return realpathSync.native(a) === realpathSync.native(b); // one system call, not an lstat per path component
  } catch {
    return false;
  }
}

/** Every *.yaml of one folder, validated; undefined when the folder cannot be listed. */
function readFolder(dir: string, fontsDir: string, bundled: boolean, sources: Map<string, string>): FolderRead | undefined {
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort();
  } catch {
    return undefined;
  }
  const diagnostics: Diagnostic[] = [];
  const layouts = new Map<string, RawLayout>();
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
    const kindProblems = kindDiagnostics(loaded.doc, path);
    if (kindProblems.length > 0) {
      diagnostics.push(...kindProblems);
      continue;
    }
    layouts.set(id, { value: withFontPaths(value, path, fontsDir), file: path, doc: loaded.doc, bundled });
  }
  return { layouts, diagnostics, ioFailed };
}

/** The layout with every font it names as an absolute path, so a layout that extends it finds them from another folder. */
function withFontPaths(value: Json, file: string, fontsDir: string): Json {
  const fonts = value.fonts as Record<string, string | string[]> | undefined;
  if (fonts === undefined) return value;
  const abs = Object.fromEntries(Object.entries(fonts).map(([k, v]) => [k, Array.isArray(v) ? v.map((f) => fontPath(f, file, fontsDir)) : fontPath(v, file, fontsDir)]));
  return { ...value, fonts: abs };
}

/** Section items with neither or both of `id` and `kind`, and kinds cv.schema.json does not have: errors at the item, with the nearest kind. */
function kindDiagnostics(doc: SourceDoc, file: string): Diagnostic[] {
  const kinds = sectionKinds();
  const items = ((doc.value as Json).sections as unknown[] | undefined) ?? [];
  return items.flatMap((item, i): Diagnostic[] => {
    if (typeof item !== 'object' || item === null) return [];
    const { id, kind } = item as Json;
    const at = (key: string) => doc.locations.get(`/sections/${i}${key}`)?.value ?? { line: 1, col: 1 };
    const error = (where: { line: number; col: number }, message: string): Diagnostic[] => [{ file, line: where.line, col: where.col, severity: 'error', message }];
    if (id !== undefined && kind !== undefined) return error(at(''), `item ${i + 1} of 'sections' names both 'id' and 'kind'; give one: a section by id, or every section of a kind`);
    if (id === undefined && kind === undefined) return error(at(''), `item ${i + 1} of 'sections' needs 'id' (one section) or 'kind' (every section of that kind)`);
    if (typeof kind !== 'string' || kinds.includes(kind)) return [];
    const near = closest(kind, kinds);
    return error(at('/kind'), `no section kind '${kind}'; kinds: ${kinds.join(', ')}${near ? `; did you mean '${near}'?` : ''}`);
  });
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
