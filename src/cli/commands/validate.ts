import type { Command } from '../args.js';
import type { CliContext } from '../context.js';
import { printDiagnostics } from '../print-diagnostics.js';
import { layoutPaths } from '../project.js';

interface ValidateArgs {
  file: string;
  layouts?: string;
}

/**
 * `cv validate [file]`: check cv.yaml (or a layout file, recognised by its
 * `$schema=...layout.schema.json` first line) without building, for editors,
 * CI and pre-commit hooks. Exit 0 when it can be built (warnings allowed), 1
 * when not, 4 when the file cannot be read.
 */
export function validateCommand(ctx: CliContext): Command {
  return {
    name: 'validate',
    describe: 'Check a cv.yaml (or a layout file) against its schema and the semantic rules',
    positional: { name: 'file', default: 'cv.yaml', describe: 'the CV source file' },
    options: {
      layouts: { type: 'string', describe: 'your folder of layout files, as for cv build (default: ./layouts when there is one)' },
    },
    run: async (raw) => {
      const args = raw as unknown as ValidateArgs;
      ctx.setExitCode(await runValidate(ctx, args.file, args.layouts));
    },
  };
}

async function runValidate(ctx: CliContext, file: string, layouts: string | undefined): Promise<number> {
  const { validateFile } = await import('../../pipeline/validate.js'); // not pipeline/index.js: validate never loads the writers
  const result = await validateFile({ input: file, ...layoutPaths(layouts) });
  printDiagnostics(ctx, result.diagnostics, result.sources);
  const summary = result.summary;
  if (result.code === 0 && summary) {
    ctx.out(summary.kind === 'layout' ? `${file}: valid layout\n` : `${file}: valid (${plural(summary.sections, 'section')}, ${plural(summary.entries, 'entry', 'entries')})\n`);
  }
  return result.code;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
