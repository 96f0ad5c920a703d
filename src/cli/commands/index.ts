import type { Command } from '../args.js';
import type { CliContext } from '../context.js';
import { buildCommand } from './build.js';
import { exportCommand } from './export.js';
import { importCommand } from './import.js';
import { initCommand } from './init.js';
import { validateCommand } from './validate.js';
import { verifyCommand } from './verify.js';
import { previewCommand } from './preview.js';

/**
 * Every subcommand, one file each. Command files import their stages lazily
 * inside `run` so `cv --help` does not pay for ajv or pdfkit.
 */
export const COMMANDS: ReadonlyArray<(ctx: CliContext) => Command> = [buildCommand, validateCommand, verifyCommand, previewCommand, importCommand, exportCommand, initCommand];
