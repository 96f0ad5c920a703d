import type { CommandModule } from 'yargs';
import type { CliContext } from '../context.js';
import { runImport } from './run-import.js';
import type { ImportArgs } from './run-import.js';

/** `cv import FILE`: a JSON Resume, RenderCV or BibTeX file as cv.yaml (or into one). */
export function importCommand(ctx: CliContext): CommandModule<object, ImportArgs> {
  return {
    command: 'import <file>',
    describe: 'Turn a JSON Resume, RenderCV YAML or BibTeX file into cv.yaml',
    builder: (y) =>
      y
        .positional('file', { type: 'string', demandOption: true, describe: 'the file to import' })
        .option('out', { alias: 'o', type: 'string', describe: 'the cv.yaml to write (default: cv.yaml, or the --into file)' })
        .option('from', { type: 'string', choices: ['jsonresume', 'rendercv', 'bibtex'], describe: 'the format (default: found from the content)' })
        .option('name', { type: 'string', describe: "the owner's full name (BibTeX)" })
        .option('into', { type: 'string', describe: "add the .bib's publications to this existing cv.yaml, keeping its comments" })
        .option('force', { type: 'boolean', default: false, describe: 'overwrite --out if it exists' }) as never,
    handler: async (args) => {
      ctx.setExitCode(await runImport(ctx, args));
    },
  };
}
