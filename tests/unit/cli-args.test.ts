import { parseCommandLine, UsageError, type Command } from '../../src/cli/args.js';

const build: Command = {
  name: 'build',
  describe: 'Build it',
  options: {
    out: { alias: 'o', type: 'string', default: 'out', describe: 'output folder' },
    layout: { alias: 'l', type: 'string', array: true, describe: 'layout id' },
    'max-pages': { type: 'number', describe: 'budget' },
    json: { type: 'boolean', default: false, describe: 'JSON' },
  },
  run: () => undefined,
};
const exportCmd: Command = { name: 'export', describe: 'Export it', positional: { name: 'format', choices: ['jsonresume'], describe: 'format' }, options: {}, run: () => undefined };
const init: Command = { name: 'init', describe: 'Start', positional: { name: 'dir', default: '.', describe: 'folder' }, options: {}, run: () => undefined };
const COMMANDS = [build, exportCmd, init];

const args = (argv: string[]) => {
  const p = parseCommandLine(argv, COMMANDS);
  if (p.kind !== 'run') throw new Error(`expected a command, got ${p.kind}`);
  return p.args;
};
const usage = (argv: string[]) => {
  try {
    parseCommandLine(argv, COMMANDS);
  } catch (e) {
    if (e instanceof UsageError) return e.message;
    throw e;
  }
  throw new Error(`no usage error for ${argv.join(' ')}`);
};

describe('parseCommandLine', () => {
  it('fills defaults, repeats arrays, converts numbers, and reads aliases', () => {
    expect(args(['build'])).toEqual({ out: 'out', json: false });
    expect(args(['build', '-l', 'a', '--layout', 'b', '--max-pages=2', '-o', 'x', '--json'])).toEqual({ out: 'x', layout: ['a', 'b'], 'max-pages': 2, json: true });
    expect(args(['init'])).toEqual({ dir: '.' });
    expect(args(['init', 'here'])).toEqual({ dir: 'here' });
  });

  it('says what is wrong with a command line, in one line', () => {
    expect(usage([])).toBe('choose a command');
    expect(usage(['biuld'])).toBe("unknown command 'biuld'; did you mean 'build'?");
    expect(usage(['zzzzzz'])).toBe("unknown command 'zzzzzz'");
    expect(usage(['build', '--nope'])).toBe("unknown option '--nope'");
    expect(usage(['build', '--out'])).toBe("option '--out' needs a value");
    expect(usage(['build', '--json=yes'])).toBe("option '--json' takes no value");
    expect(usage(['build', 'extra'])).toBe("unexpected argument 'extra'");
    expect(usage(['build', '--max-pages', 'two'])).toBe("--max-pages must be a number, got 'two'");
    expect(usage(['build', '--max-pages='])).toBe("--max-pages must be a number, got ''");
    expect(usage(['export'])).toBe('cv export needs <format>');
    expect(usage(['export', 'docx'])).toBe("<format> must be one of jsonresume, got 'docx'");
  });

  it('answers --help and --version, for the tool and for a command', () => {
    const top = parseCommandLine(['--help'], COMMANDS);
    expect(top.kind === 'help' && top.text).toMatch(/cv export <format> +Export it\n[\s\S]*cv init \[dir\]/);
    const one = parseCommandLine(['build', '--help'], COMMANDS);
    expect(one.kind === 'help' && one.text).toMatch(/-o, --out <value> +output folder \[default: out\]/);
    expect(parseCommandLine(['--version'], COMMANDS).kind).toBe('version');
  });
});
