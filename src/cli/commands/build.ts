import { join } from 'node:path';
import type { Command } from '../args.js';
import type { CliContext } from '../context.js';
import { EXIT } from '../context.js';
import { omittedLines } from '../omitted.js';
import { printDiagnostics } from '../print-diagnostics.js';
import { layoutPaths } from '../project.js';
import type { BuildRequest, BuildResult } from '../../pipeline/types.js';
import { FORMAT_IDS } from '../../layout/formats.js';
import { parseFormats } from '../../outputs/parse-formats.js';
import { controlPictures } from '../../common/control-pictures.js';

interface BuildArgs {
  input: string;
  layout?: string[];
  layouts?: string;
  out: string;
  sections?: string;
  'exclude-sections'?: string;
  tags?: string;
  'max-pages'?: number;
  date?: string;
  pdfa: boolean;
  format?: string;
  json: boolean;
  watch: boolean;
}


/** "a, b,,c" -> ['a', 'b', 'c']; undefined stays undefined (no filter). */
function list(value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  return value.split(',').map((s) => s.trim()).filter(Boolean);
}

/**
 * The build date: --date, else SOURCE_DATE_EPOCH (seconds, as reproducible
 * builds define it), else none (the build then uses cv.yaml's `updated`).
 * This is the only place that reads the environment for it; nothing reads the clock.
 */
export function resolveDate(flag: string | undefined, env: CliContext['env']): { date?: string; error?: string } {
  if (flag !== undefined) {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(flag);
    const d = m ? new Date(`${flag}T00:00:00Z`) : undefined;
    if (!d || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== flag) return { error: `--date must be a real date as YYYY-MM-DD, got '${flag}'` };
    return { date: flag };
  }
  const epoch = env['SOURCE_DATE_EPOCH'];
  if (epoch !== undefined && epoch !== '') {
    const seconds = Number(epoch);
    // Dates from 1970 to 9999: what a PDF date and the manifest can hold.
    if (!/^\d+$/.test(epoch) || seconds > 253402300799) return { error: `SOURCE_DATE_EPOCH must be whole seconds since 1970 (up to the year 9999), got '${epoch}'` };
    return { date: new Date(seconds * 1000).toISOString().slice(0, 10) };
  }
  return {};
}

/** `cv build`: flags to a BuildRequest, the build, then one line per PDF (or the manifest with --json). */
export function buildCommand(ctx: CliContext): Command {
  return {
    name: 'build',
    describe: 'Typeset the PDFs of every layout (or of --layout ones) into the output folder',
    options: {
      input: { alias: 'i', type: 'string', default: 'cv.yaml', describe: 'the CV source file' },
      layout: { alias: 'l', type: 'string', array: true, describe: 'layout id to build (repeatable); default: every layout' },
      layouts: { type: 'string', describe: 'your folder of layout files: they add variants and replace bundled ones by id (default: ./layouts when there is one)' },
      out: { alias: 'o', type: 'string', default: 'out', describe: 'output folder' },
      sections: { type: 'string', describe: 'only these section ids, comma-separated (in the layout order)' },
      'exclude-sections': { type: 'string', describe: 'leave out these section ids, comma-separated' },
      tags: { type: 'string', describe: 'keep entries and highlights tagged with one of these (untagged ones stay)' },
      'max-pages': { type: 'number', describe: 'page budget for every built layout' },
      date: { type: 'string', describe: 'build date YYYY-MM-DD (default: SOURCE_DATE_EPOCH, else cv.yaml updated)' },
      pdfa: { type: 'boolean', default: false, describe: 'write PDF/A-2b' },
      format: { alias: 'f', type: 'string', describe: `formats to write, comma-separated: ${FORMAT_IDS.join(', ')} (default: each layout's formats, else pdf)` },
      json: { type: 'boolean', default: false, describe: 'print the manifest as JSON on stdout, and nothing else' },
      watch: { alias: 'w', type: 'boolean', default: false, describe: 'build, then rebuild on every save of the CV, a .bib it names, a layout or a font until Ctrl-C' },
    },
    run: async (args) => {
      ctx.setExitCode(await runBuild(ctx, args as unknown as BuildArgs));
    },
  };
}

async function runBuild(ctx: CliContext, args: BuildArgs): Promise<number> {
  const usage = (message: string) => {
    ctx.err(`cv: ${message}\n`);
    return EXIT.usage;
  };
  if (args.out.trim() === '') return usage("--out needs a folder name (use --out . for the current folder)");
  const maxPages = args['max-pages'];
  if (maxPages !== undefined && (!Number.isInteger(maxPages) || maxPages < 1)) return usage(`--max-pages must be a whole number of at least 1, got '${maxPages}'`);
  for (const flag of ['sections', 'exclude-sections', 'tags'] as const) {
    if (args[flag] !== undefined && (list(args[flag]) ?? []).length === 0) return usage(`--${flag} needs at least one id, comma-separated`);
  }
  if (args.watch && args.json) return usage('--json prints one manifest; it cannot be combined with --watch');
  const date = resolveDate(args.date, ctx.env);
  if (date.error) return usage(date.error);
  const formats = args.format === undefined ? undefined : parseFormats(list(args.format) ?? []);
  if (formats && !formats.ok) {
    const what = formats.unknown.length > 0 ? `unknown format ${formats.unknown.map((f) => `'${f}'`).join(', ')}` : '--format needs at least one format';
    return usage(`${what}; valid formats: ${FORMAT_IDS.join(', ')}`);
  }
  const layouts = (args.layout ?? []).flatMap((l) => list(l) ?? []);
  const request: BuildRequest = {
    input: args.input,
    ...layoutPaths(args.layouts),
    outDir: args.out,
    layouts,
    selection: {
      ...(args.sections !== undefined ? { sections: list(args.sections) } : {}),
      ...(args['exclude-sections'] !== undefined ? { excludeSections: list(args['exclude-sections']) } : {}),
      ...(args.tags !== undefined ? { tags: list(args.tags) } : {}),
    },
    ...(maxPages !== undefined ? { maxPages } : {}),
    ...(date.date ? { date: date.date } : {}),
    pdfa: args.pdfa,
    ...(formats ? { formats: formats.formats } : {}),
  };
  if (args.watch) return (await import('./build-watch.js')).runWatch(ctx, request, (result) => report(ctx, result, args));
  const { buildVariants } = await import('../../pipeline/index.js');
  const result = await buildVariants(request);
  report(ctx, result, args);
  return result.code;
}

function report(ctx: CliContext, result: BuildResult, args: BuildArgs): void {
  printDiagnostics(ctx, result.diagnostics, result.sources);
  for (const p of result.problems) ctx.err(`cv: ${controlPictures(p.message)}\n`);
  const manifest = result.manifest;
  if (!manifest) return;
  // Every format of a layout holds the same content: say what was left out once, with the PDF's page count.
  for (const o of manifest.outputs.filter((x, i, all) => all.findIndex((y) => y.layout === x.layout) === i)) {
    const pages = o.format === 'pdf' ? o.pages : undefined;
    omittedLines(o).forEach((line) => ctx.err(line));
    const fit = pages === undefined ? 'to fit its page budget' : `to fit ${pages} page${pages === 1 ? '' : 's'}`;
    for (const d of o.dropped) {
      const what = d.what === 'section' ? `section '${d.section}'` : d.what === 'entry' ? `entry '${d.entry}' from '${d.section}'` : `highlight '${d.highlight}' of '${d.entry}'`;
      ctx.err(`cv: ${o.layout}: left out ${what} ${fit}\n`);
    }
  }
  const removed = (result.removed ?? []).map((f) => controlPictures(join(args.out, f)));
  if (removed.length > 0) ctx.err(`cv: removed the previous build's ${removed.join(', ')} (now written under another name)\n`);
  if (args.json) {
    ctx.out(`${JSON.stringify(manifest, null, 2)}\n`);
    return;
  }
  const fileWidth = Math.max(...manifest.outputs.map((o) => join(args.out, o.file).length));
  const layoutWidth = Math.max(...manifest.outputs.map((o) => o.layout.length));
  for (const o of manifest.outputs) {
    const size = o.bytes >= 1024 ? `${Math.round(o.bytes / 1024)} KB` : `${o.bytes} B`;
    const fit = o.dropped.length > 0 ? `, ${o.dropped.length} left out` : o.fit.scale < 1 || o.fit.spacing < 1 ? ', tightened' : '';
    const pages = o.format === 'pdf' ? `${String(o.pages).padStart(2)} page${o.pages === 1 ? ' ' : 's'}` : o.format.padStart(8);
    ctx.out(`${join(args.out, o.file).padEnd(fileWidth)}  ${o.layout.padEnd(layoutWidth)}  ${pages}  ${size}${fit}\n`);
  }
}
