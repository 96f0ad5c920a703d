import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, relative, resolve } from 'node:path';
import type { CliContext } from '../context.js';
import { EXIT } from '../context.js';
import { printDiagnostics } from '../print-diagnostics.js';
import { PROJECT } from '../project.js';
import { LineIndex } from '../../diagnostics/line-index.js';
import type { Diagnostic } from '../../diagnostics/types.js';
import { decodeUtf8 } from '../../load/decode-utf8.js';

export interface ImportArgs {
  file: string;
  out?: string;
  from?: 'jsonresume' | 'rendercv' | 'bibtex';
  name?: string;
  into?: string;
  force: boolean;
}

const FORMAT_NAMES = { jsonresume: 'JSON Resume', rendercv: 'RenderCV', bibtex: 'BibTeX' } as const;

/**
 * `cv import`: read the file, find its format, map it, write cv.yaml (or
 * merge a .bib into one), and check the result with the same validation as
 * `cv validate`. Problems in the source are printed at their place in it;
 * the output is written when the source could be read at all, so a broken
 * .bib entry costs that entry only (exit 1 says something was skipped).
 */
export async function runImport(ctx: CliContext, args: ImportArgs): Promise<number> {
  const usage = (message: string) => {
    ctx.err(`cv: ${message}\n`);
    return EXIT.usage;
  };
  const out = args.out ?? args.into ?? 'cv.yaml';
  if (args.into === undefined && existsSync(out) && !args.force) return usage(`${out} exists; choose another --out, or add --force to overwrite it`);
  const text = readText(ctx, args.file);
  if (typeof text === 'number') return text;
  const { detectSource, IMPORT_SOURCES } = await import('../../sources/importers.js');
  const source = args.from !== undefined ? IMPORT_SOURCES.find((s) => s.id === args.from) : detectSource(text, args.file);
  if (source === undefined) {
    ctx.err(`${args.file}: error: cannot tell its format (JSON Resume, RenderCV YAML or BibTeX); name it with --from\n`);
    return EXIT.invalid;
  }
  if (args.into !== undefined) {
    if (source.id !== 'bibtex') return usage('--into adds the publications of a .bib file; import other formats with --out');
    return importInto(ctx, args.file, text, args.into, out);
  }
  const read = source.read(text, args.file, args.name !== undefined ? { name: args.name } : {});
  if (!read.ok) {
    printDiagnostics(ctx, read.diagnostics, new Map([[args.file, text]]));
    return EXIT.invalid;
  }
  const { writeCvYaml } = await import('../../sources/write-yaml.js');
  const yaml = writeCvYaml(read.raw, { schemaPath: schemaPathFrom(out), from: `${basename(args.file)} (${FORMAT_NAMES[source.id]})` });
  return finish(ctx, out, yaml, read.diagnostics, new Map([[args.file, text]]));
}

async function importInto(ctx: CliContext, bibPath: string, bibText: string, cvPath: string, out: string): Promise<number> {
  const cvText = readText(ctx, cvPath);
  if (typeof cvText === 'number') return cvText;
  const { parse } = await import('yaml');
  let owner: { name?: unknown; aliases?: unknown } = {};
  try {
    owner = (parse(cvText) ?? {}) as typeof owner;
  } catch {
    /* reported by the merge below */
  }
  const name = typeof owner.name === 'string' ? owner.name : '';
  const aliases = Array.isArray(owner.aliases) ? owner.aliases.filter((a): a is string => typeof a === 'string') : [];
  const { readBib } = await import('../../sources/bibtex/read-bib.js');
  const { withIds } = await import('../../sources/bibtex/index.js');
  const { mergePublications } = await import('../../sources/bibtex/merge-into.js');
  const read = readBib(bibText, bibPath, name === '' ? undefined : { name, aliases });
  const taken = [...cvText.matchAll(/^\s*-?\s*id:\s*["']?([a-z][a-z0-9-]*)/gm)].map((m) => m[1] as string);
  const merged = mergePublications(cvText, withIds(read.publications, taken), read.newAliases);
  if (!merged.ok) {
    ctx.err(`${cvPath}: error: ${merged.message}\n`);
    return EXIT.invalid;
  }
  for (const s of merged.skipped) ctx.err(`cv: '${s}' is already in ${cvPath}; not added again\n`);
  return finish(ctx, out, merged.text, read.diagnostics, new Map([[bibPath, bibText]]));
}

/** Checks the new cv.yaml as `cv validate` would, writes it atomically, and reports. */
async function finish(ctx: CliContext, out: string, yaml: string, diagnostics: Diagnostic[], sources: Map<string, string>): Promise<number> {
  const { parseSource } = await import('../../load/index.js');
  const { validateCv } = await import('../../validate/index.js');
  const loaded = parseSource(out, new TextEncoder().encode(yaml));
  const checked = loaded.ok ? validateCv(loaded.doc) : { ok: false as const, diagnostics: loaded.diagnostics };
  const all = [...diagnostics, ...checked.diagnostics];
  try {
    const { writeFileAtomic } = await import('../../write/index.js');
    writeFileAtomic(out, yaml);
  } catch (e) {
    printDiagnostics(ctx, all, sources.set(out, yaml));
    ctx.err(`cv: cannot write ${out}: ${(e as Error).message}\n`);
    return EXIT.io;
  }
  printDiagnostics(ctx, all, sources.set(out, yaml));
  const sections = checked.ok ? checked.cv.sections : [];
  const entries = sections.reduce((n, s) => n + (Array.isArray(s.entries) ? s.entries.length : 0), 0);
  ctx.out(`${out}: written (${sections.length} section${sections.length === 1 ? '' : 's'}, ${entries} ${entries === 1 ? 'entry' : 'entries'})${checked.ok ? '' : '; it does not validate yet, see above'}\n`);
  return all.some((d) => d.severity === 'error') ? EXIT.invalid : EXIT.ok;
}

/** The file's text, or the exit code after saying why not (4: unreadable, 1: not UTF-8). */
function readText(ctx: CliContext, path: string): string | number {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    const code = (e as { code?: string }).code;
    ctx.err(`${path}: error: cannot read file: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (e as Error).message}\n`);
    return EXIT.io;
  }
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) {
    const at = new LineIndex(decoded.textBefore).position(decoded.textBefore.length);
    ctx.err(`${path}:${at.line}:${at.col}: error: invalid UTF-8 (byte 0x${decoded.byte.toString(16).toUpperCase().padStart(2, '0')}); save the file as UTF-8\n`);
    return EXIT.invalid;
  }
  return decoded.text.charCodeAt(0) === 0xfeff ? decoded.text.slice(1) : decoded.text;
}

/** The installed package's schema, as editors should find it from the written file's folder. */
function schemaPathFrom(out: string): string {
  const schema = resolve(PROJECT, 'schema/cv.schema.json');
  const rel = relative(dirname(resolve(out)), schema);
  return isAbsolute(rel) || rel.startsWith('..') ? schema : `./${rel}`;
}
