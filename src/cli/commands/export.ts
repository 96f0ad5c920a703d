import type { CommandModule } from 'yargs';
import type { CliContext } from '../context.js';
import { runExport } from './run-export.js';
import type { ExportArgs } from './run-export.js';

/** `cv export jsonresume`: the CV as a JSON Resume document. */
export function exportCommand(ctx: CliContext): CommandModule<object, ExportArgs> {
  return {
    command: 'export <format>',
    describe: 'Write the CV in another format (jsonresume)',
    builder: (y) =>
      y
        .positional('format', { type: 'string', choices: ['jsonresume'], demandOption: true, describe: 'the format to write' })
        .option('input', { alias: 'i', type: 'string', default: 'cv.yaml', describe: 'the CV source file' })
        .option('out', { alias: 'o', type: 'string', default: 'resume.json', describe: 'the file to write' })
        .option('force', { type: 'boolean', default: false, describe: 'overwrite --out if it exists' }) as never,
    handler: async (args) => {
      ctx.setExitCode(await runExport(ctx, args));
    },
  };
}
