import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import type { Command } from '../args.js';
import type { CliContext } from '../context.js';
import { EXIT } from '../context.js';
import { PROJECT } from '../project.js';

interface InitArgs {
  dir: string;
  name: string;
}

/** `cv init [dir]`: a starter cv.yaml, .gitignore and release workflow, never over an existing file. */
export function initCommand(ctx: CliContext): Command {
  return {
    name: 'init',
    describe: 'Start a CV: write a starter cv.yaml, .gitignore and a GitHub workflow that releases the PDFs',
    positional: { name: 'dir', default: '.', describe: 'the folder to start the CV in (made if missing)' },
    options: { name: { type: 'string', default: 'Your Name', describe: 'your full name, as the CV prints it' } },
    run: (args) => {
      ctx.setExitCode(runInit(ctx, args as unknown as InitArgs));
    },
  };
}

function runInit(ctx: CliContext, args: InitArgs): number {
  const name = args.name.trim();
  if (name === '') {
    ctx.err('cv: --name needs a name\n');
    return EXIT.usage;
  }
  const dir = resolve(args.dir);
  const files = starterFiles(dir, name);
  const existing = files.filter((f) => existsSync(join(dir, f.path)));
  if (existing.length > 0) {
    for (const f of existing) ctx.err(`cv: ${join(args.dir, f.path)} already exists; cv init writes nothing over it\n`);
    ctx.err('cv: nothing written\n');
    return EXIT.usage;
  }
  try {
    for (const f of files) {
      mkdirSync(join(dir, f.path, '..'), { recursive: true });
      writeFileSync(join(dir, f.path), f.text, { flag: 'wx' });
    }
  } catch (e) {
    ctx.err(`cv: cannot write in '${args.dir}': ${(e as Error).message}\n`);
    return EXIT.io;
  }
  for (const f of files) ctx.out(`wrote ${join(args.dir, f.path)}\n`);
  ctx.out(`Next: edit ${join(args.dir, 'cv.yaml')}, then run 'cv build'${args.dir === '.' ? '' : ` in ${args.dir}`}.\n`);
  return EXIT.ok;
}

/** The three files, from the templates shipped in the package. */
function starterFiles(dir: string, name: string): { path: string; text: string }[] {
  const pkg = JSON.parse(readFileSync(join(PROJECT, 'package.json'), 'utf8')) as { name: string; version: string };
  const template = (file: string) => readFileSync(join(PROJECT, 'templates', file), 'utf8');
  // A JSON string is a YAML double-quoted scalar: any name stays one value.
  const cv = template('cv.yaml')
    .replace('{{schema}}', schemaRef(dir))
    .replaceAll('{{name}}', JSON.stringify(name))
    .replace('{{initials}}', JSON.stringify(initials(name)));
  const workflow = template('cv-workflow.yml').replace('{{package}}', pkg.name).replace('{{version}}', pkg.version);
  return [
    { path: 'cv.yaml', text: cv },
    { path: '.gitignore', text: 'out/\n' },
    { path: join('.github', 'workflows', 'cv.yml'), text: workflow },
  ];
}

/** The installed schema, relative to the CV's folder when a relative path can reach it (VS Code resolves it from the file). */
function schemaRef(dir: string): string {
  const schema = join(PROJECT, 'schema', 'cv.schema.json');
  const rel = relative(dir, schema).split('\\').join('/');
  if (isAbsolute(rel) || rel === '') return schema;
  return rel.startsWith('.') ? rel : `./${rel}`;
}

/** "Ada King Lovelace" -> "A. K. Lovelace": how author lists often print the owner. */
function initials(name: string): string {
  const words = name.split(/\s+/);
  if (words.length < 2) return name;
  return [...words.slice(0, -1).map((w) => `${[...w][0]}.`), words[words.length - 1]].join(' ');
}
