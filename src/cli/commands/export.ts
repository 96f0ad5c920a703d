import type { Command } from '../args.js';
import type { CliContext } from '../context.js';
import { runExport } from './run-export.js';
import type { ExportArgs } from './run-export.js';

/** `cv export jsonresume`: the CV as a JSON Resume document. */
export function exportCommand(ctx: CliContext): Command {
  return {
    name: 'export',
    describe: 'Write the CV in another format (jsonresume)',
    positional: { name: 'format', choices: ['jsonresume'], describe: 'the format to write' },
    options: {
      input: { alias: 'i', type: 'string', default: 'cv.yaml', describe: 'the CV source file' },
      out: { alias: 'o', type: 'string', default: 'resume.json', describe: 'the file to write' },
      force: { type: 'boolean', default: false, describe: 'overwrite --out if it exists' },
    },
    run: async (args) => {
      ctx.setExitCode(await runExport(ctx, args as unknown as ExportArgs));
    },
  };
}
