import type { Command } from '../args.js';
import type { CliContext } from '../context.js';
import { EXIT } from '../context.js';

interface VerifyArgs {
  out: string;
}

/**
 * `cv verify [--out DIR]`: checks that the PDFs in the output folder are the
 * ones its manifest.json describes (size and sha256), after finishing
 * whatever a killed build left half done. Exit 0 when all match, 1 naming
 * each mismatch, 4 when the folder or manifest cannot be read.
 */
export function verifyCommand(ctx: CliContext): Command {
  return {
    name: 'verify',
    describe: "Check the output folder's files against its manifest.json",
    options: { out: { alias: 'o', type: 'string', default: 'out', describe: 'output folder' } },
    run: async (args) => {
      ctx.setExitCode(await runVerify(ctx, (args as unknown as VerifyArgs).out));
    },
  };
}

async function runVerify(ctx: CliContext, out: string): Promise<number> {
  if (out.trim() === '') {
    ctx.err("cv: --out needs a folder name (use --out . for the current folder)\n");
    return EXIT.usage;
  }
  const { verifyOutputs } = await import('../../write/index.js');
  const result = await verifyOutputs(out);
  if (result.recovered) ctx.err(`cv: finished or cleaned up a build of '${out}' that was interrupted\n`);
  if (!result.ok) {
    for (const p of result.problems) ctx.err(`cv: ${p}\n`);
    return result.code === 4 ? EXIT.io : EXIT.invalid;
  }
  ctx.out(`${out}: ${result.checked} ${result.checked === 1 ? 'file matches' : 'files match'} manifest.json\n`);
  return EXIT.ok;
}
