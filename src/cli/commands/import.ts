import type { Command } from '../args.js';
import type { CliContext } from '../context.js';
import { runImport } from './run-import.js';
import type { ImportArgs } from './run-import.js';

/** `cv import FILE`: a JSON Resume, RenderCV or BibTeX file as cv.yaml (or into one). */
export function importCommand(ctx: CliContext): Command {
  return {
    name: 'import',
    describe: 'Turn a JSON Resume, RenderCV YAML or BibTeX file into cv.yaml',
    positional: { name: 'file', describe: 'the file to import' },
    options: {
      out: { alias: 'o', type: 'string', describe: 'the cv.yaml to write (default: cv.yaml, or the --into file)' },
      from: { type: 'string', choices: ['jsonresume', 'rendercv', 'bibtex'], describe: 'the format (default: found from the content)' },
      name: { type: 'string', describe: "the owner's full name (BibTeX)" },
      into: { type: 'string', describe: "add the .bib's publications to this existing cv.yaml, keeping its comments" },
      force: { type: 'boolean', default: false, describe: 'overwrite --out if it exists' },
    },
    run: async (args) => {
      ctx.setExitCode(await runImport(ctx, args as unknown as ImportArgs));
    },
  };
}
