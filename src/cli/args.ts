import { parseArgs } from 'node:util';
import { closest } from '../validate/suggest.js';

/** One flag of a command. `number` flags are parsed as strings and converted (a usage error when not a number). */
export interface OptionSpec {
  type: 'string' | 'boolean' | 'number';
  alias?: string;
  /** Repeatable; the values in order. */
  array?: boolean;
  default?: string | boolean;
  choices?: readonly string[];
  describe: string;
}

export interface PositionalSpec {
  name: string;
  /** Without a default, the positional must be given. */
  default?: string;
  choices?: readonly string[];
  describe: string;
}

/** A subcommand: its flags, its positional (at most one), and what it does with the parsed values. */
export interface Command {
  name: string;
  describe: string;
  positional?: PositionalSpec;
  options: Readonly<Record<string, OptionSpec>>;
  run(args: Record<string, unknown>): Promise<void> | void;
}

/** A mistake in the command line, as opposed to a bug: main prints it and exits 2. */
export class UsageError extends Error {}

/** What argv asks for: a command with its values, or help or the version to print. */
export type Parsed = { kind: 'run'; command: Command; args: Record<string, unknown> } | { kind: 'help'; text: string } | { kind: 'version' };

/**
 * Parses `cv <command> [options]` with node:util's parseArgs (strict: unknown
 * flags, a missing value or an extra argument are usage errors). It is small
 * on purpose: yargs cost more start-up time than a whole `cv validate` may.
 */
export function parseCommandLine(argv: readonly string[], commands: readonly Command[]): Parsed {
  const [first, ...rest] = argv;
  if (first === undefined) throw new UsageError('choose a command');
  if (first === '--help' || first === '-h' || first === 'help') return { kind: 'help', text: overview(commands) };
  if (first === '--version') return { kind: 'version' };
  const command = commands.find((c) => c.name === first);
  if (!command) {
    if (first.startsWith('-')) throw new UsageError(`unknown option '${first}'`);
    const near = closest(first, commands.map((c) => c.name));
    throw new UsageError(`unknown command '${first}'${near ? `; did you mean '${near}'?` : ''}`);
  }
  if (rest.includes('--help') || rest.includes('-h')) return { kind: 'help', text: commandHelp(command) };
  if (rest.includes('--version')) return { kind: 'version' };

  const options: Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean }> = {};
  for (const [name, o] of Object.entries(command.options)) {
    options[name] = { type: o.type === 'boolean' ? 'boolean' : 'string', ...(o.alias ? { short: o.alias } : {}), ...(o.array ? { multiple: true } : {}) };
  }
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: [...rest], options, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError(usageMessage(e as Error));
  }
  const args: Record<string, unknown> = {};
  for (const [name, o] of Object.entries(command.options)) {
    const value = parsed.values[name];
    if (value === undefined) {
      if (o.default !== undefined) args[name] = o.default;
      continue;
    }
    for (const v of Array.isArray(value) ? value : [value]) {
      if (o.choices && !o.choices.includes(String(v))) throw new UsageError(`--${name} must be one of ${o.choices.join(', ')}, got '${String(v)}'`);
    }
    if (o.type === 'number') {
      const n = Number(value);
      if (String(value).trim() === '' || !Number.isFinite(n)) throw new UsageError(`--${name} must be a number, got '${String(value)}'`);
      args[name] = n;
    } else args[name] = value;
  }
  const { positional } = command;
  if (parsed.positionals.length > (positional ? 1 : 0)) throw new UsageError(`unexpected argument '${parsed.positionals[positional ? 1 : 0]}'`);
  if (positional) {
    const value = parsed.positionals[0] ?? positional.default;
    if (value === undefined) throw new UsageError(`cv ${command.name} needs <${positional.name}>`);
    if (positional.choices && !positional.choices.includes(value)) throw new UsageError(`<${positional.name}> must be one of ${positional.choices.join(', ')}, got '${value}'`);
    args[positional.name] = value;
  }
  return { kind: 'run', command, args };
}

/** parseArgs' messages, without its advice to use '--' (cv takes no such arguments). */
function usageMessage(e: Error): string {
  const code = (e as NodeJS.ErrnoException).code;
  const option = /--[\w-]+/.exec(e.message)?.[0] ?? /'(-[^'\s,]+)/.exec(e.message)?.[1];
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option) return `unknown option '${option}'`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option) return /does not take/.test(e.message) ? `option '${option}' takes no value` : `option '${option}' needs a value`;
  return e.message.split('\n')[0] ?? 'bad usage';
}


function signature(c: Command): string {
  const p = c.positional;
  return `cv ${c.name}${p ? (p.default === undefined ? ` <${p.name}>` : ` [${p.name}]`) : ''}`;
}

function overview(commands: readonly Command[]): string {
  const width = Math.max(...commands.map((c) => signature(c).length));
  const lines = commands.map((c) => `  ${signature(c).padEnd(width)}  ${c.describe}`);
  return `cv <command> [options]\n\nCommands:\n${lines.join('\n')}\n\nOptions:\n  --version  Show version number\n  --help     Show help\n\nRun 'cv <command> --help' for a command's options.\n`;
}

function commandHelp(c: Command): string {
  const rows: [string, string][] = [];
  if (c.positional) {
    const p = c.positional;
    rows.push([`${p.name}`, `${p.describe}${p.choices ? ` (${p.choices.join(', ')})` : ''}${p.default !== undefined ? ` [default: ${p.default}]` : ''}`]);
  }
  for (const [name, o] of Object.entries(c.options)) {
    const flag = `${o.alias ? `-${o.alias}, ` : '    '}--${name}${o.type === 'boolean' ? '' : o.array ? ' <value>...' : ` <${o.type === 'number' ? 'n' : 'value'}>`}`;
    const extra = `${o.choices ? ` (${o.choices.join(', ')})` : ''}${o.default !== undefined && o.default !== false ? ` [default: ${String(o.default)}]` : ''}`;
    rows.push([flag, `${o.describe}${extra}`]);
  }
  rows.push(['    --help', 'Show help']);
  const width = Math.max(...rows.map(([f]) => f.length));
  return `${signature(c)}\n\n${c.describe}\n\n${rows.map(([f, d]) => `  ${f.padEnd(width)}  ${d}`).join('\n')}\n`;
}
