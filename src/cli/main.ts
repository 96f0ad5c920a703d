import { readFileSync } from 'node:fs';
import { parseCommandLine, UsageError } from './args.js';
import { COMMANDS } from './commands/index.js';
import type { CliContext } from './context.js';
import { EXIT } from './context.js';
import { installSignalCleanup, untilInterrupted } from './signals.js';
import { controlPictures } from '../common/control-pictures.js';

/**
 * The `cv` command, run by the package's bin (bin/cv.cjs). Parses argv, runs one command, and is the single place
 * that turns outcomes into exit codes: usage mistakes exit 2 with a short
 * message, our own bugs exit 70 with "internal error" and no stack trace
 * unless CV_DEBUG=1, because a stack trace tells a CV owner nothing.
 */
export async function main(argv: readonly string[]): Promise<void> {
  installSignalCleanup();
  const env = process.env;
  const ctx: CliContext = {
    out: (text) => void process.stdout.write(text),
    err: (text) => void process.stderr.write(text),
    color: process.stderr.isTTY === true && env['NO_COLOR'] === undefined,
    env,
    setExitCode: (code) => {
      process.exitCode = code;
    },
    untilInterrupted,
  };
  try {
    const parsed = parseCommandLine(argv.slice(2), COMMANDS.map((command) => command(ctx)));
    if (parsed.kind === 'help') ctx.out(parsed.text);
    else if (parsed.kind === 'version') ctx.out(`${packageVersion()}\n`);
    else await parsed.command.run(parsed.args);
  } catch (e) {
    if (e instanceof UsageError) {
      ctx.err(`cv: ${controlPictures(e.message)}\nRun 'cv --help' for usage.\n`);
      process.exitCode = EXIT.usage;
      return;
    }
    const message = e instanceof Error ? e.message : String(e);
    ctx.err(`internal error: ${message}\n`);
    if (env['CV_DEBUG'] === '1' && e instanceof Error && e.stack !== undefined) ctx.err(`${e.stack}\n`);
    process.exitCode = EXIT.internal;
  }
}

function packageVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: string };
    return pkg.version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}

