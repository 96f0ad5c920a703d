import { resolve } from 'node:path';
import type { CommandModule } from 'yargs';
import type { CliContext } from '../context.js';
import { EXIT } from '../context.js';
import { printDiagnostics } from '../print-diagnostics.js';
import { PROJECT } from '../project.js';

interface ValidateArgs {
  file: string;
}

/**
 * `cv validate [file]`: check cv.yaml (or a layout file, recognised by its
 * `$schema=...layout.schema.json` first line) without building, for editors,
 * CI and pre-commit hooks. Exit 0 when it can be built (warnings allowed), 1
 * when not, 4 when the file cannot be read.
 */
export function validateCommand(ctx: CliContext): CommandModule<object, ValidateArgs> {
  return {
    command: 'validate [file]',
    describe: 'Check a cv.yaml (or a layout file) against its schema and the semantic rules',
    builder: (y) => y.positional('file', { type: 'string', default: 'cv.yaml', describe: 'the CV source file' }) as never,
    handler: async (args) => {
      ctx.setExitCode(await runValidate(ctx, args.file));
    },
  };
}

async function runValidate(ctx: CliContext, file: string): Promise<number> {
  const { loadSource } = await import('../../load/index.js');
  const loaded = loadSource(file);
  if (!loaded.ok) {
    printDiagnostics(ctx, loaded.diagnostics, loaded.text);
    return loaded.kind === 'io' ? EXIT.io : EXIT.invalid;
  }
  const { validateCv, validateLayout } = await import('../../validate/index.js');
  if (/^#.*\$schema=\S*layout\.schema\.json/.test(loaded.doc.text)) {
    const layout = validateLayout(loaded.doc);
    printDiagnostics(ctx, layout.diagnostics, loaded.doc.text);
    if (!layout.ok) return EXIT.invalid;
    ctx.out(`${file}: valid layout\n`);
    return EXIT.ok;
  }
  const { withBibtexSources } = await import('../../sources/bibtex/with-bibtex-sources.js');
  const sources = new Map([[file, loaded.doc.text]]);
  const result = await withBibtexSources(validateCv(loaded.doc), loaded.doc, sources);
  if (!result.ok) {
    printDiagnostics(ctx, result.diagnostics, sources);
    return EXIT.invalid;
  }
  // Characters no bundled (or fallback) font has would fail the build: say so here too.
  const { checkGlyphs } = await import('../../build/check-glyphs.js');
  const glyphs = checkGlyphs(loaded.doc, result.cv, resolve(PROJECT, 'layouts'), resolve(PROJECT, 'fonts'));
  printDiagnostics(ctx, [...result.diagnostics, ...glyphs], sources);
  if (glyphs.length > 0) return EXIT.invalid;
  const sections = result.cv.sections;
  const entries = sections.reduce((n, s) => n + (Array.isArray(s.entries) ? s.entries.length : 0), 0);
  ctx.out(`${file}: valid (${plural(sections.length, 'section')}, ${plural(entries, 'entry', 'entries')})\n`);
  return EXIT.ok;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
