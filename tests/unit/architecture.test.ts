/**
 * The house rules of ARCHITECTURE.md, checked: every folder of src/ imports
 * only from folders earlier in the pipeline (or from itself), so no cycle
 * between folders can exist, and src/build/ is gone for good.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { REPO } from '../helpers/cli-run.js';

/** The order of the house: a folder may import from the ones before it. */
const ORDER = [
  'common', 'diagnostics', 'fonts', 'hyphenation', 'load', 'validate', 'sources', 'normalize', 'layout',
  'select', 'compose', 'typeset', 'outputs', 'session', 'read', 'plan', 'write', 'pipeline', 'cli',
];

const SRC = join(REPO, 'src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.ts$/.test(name) && !/\.test\.ts$/.test(name) ? [path] : [];
  });
}

function folderOf(path: string): string {
  return relative(SRC, path).split(sep)[0] ?? '';
}

/** Relative imports of a file (static, dynamic and type-only), as folders of src/. */
function importedFolders(file: string): { spec: string; folder: string }[] {
  const text = readFileSync(file, 'utf8');
  const specs = [...text.matchAll(/(?:from\s+|import\s*\(\s*)['"](\.{1,2}\/[^'"]+)['"]/g)].map((m) => m[1] as string);
  return specs.map((spec) => ({ spec, folder: folderOf(resolve(dirname(file), spec)) }));
}

describe('architecture', () => {
  const all = files(SRC);

  it('every folder of src/ has its place in the order', () => {
    const folders = [...new Set(all.map(folderOf))].filter((f) => !f.endsWith('.ts'));
    expect(folders.filter((f) => !ORDER.includes(f))).toEqual([]);
  });

  it('no folder imports from a later stage, so there is no cycle between folders', () => {
    const wrong: string[] = [];
    for (const file of all) {
      const from = folderOf(file);
      for (const { spec, folder } of importedFolders(file)) {
        if (folder !== from && ORDER.indexOf(folder) > ORDER.indexOf(from)) wrong.push(`${relative(REPO, file)} imports ${spec} (${from} -> ${folder})`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('the checker sees a backward import when there is one', () => {
    // A guard for the guard: the regex must find type-only and dynamic imports too.
    const probe = join(SRC, 'typeset', 'index.ts');
    expect(importedFolders(probe).map((i) => i.folder)).toContain('compose');
  });

  it('only outputs/pdf imports pdfkit, and typeset/ touches no fs, clock or randomness', () => {
    const pdfkit = all.filter((f) => /from ['"]pdfkit['"]|import\(['"]pdfkit['"]\)/.test(readFileSync(f, 'utf8'))).map((f) => relative(SRC, f));
    expect(pdfkit.every((f) => f.startsWith(`outputs${sep}pdf${sep}`))).toBe(true);
    const impure = all.filter((f) => folderOf(f) === 'typeset' || folderOf(f) === 'plan').filter((f) => /node:fs|Date\.now|new Date\(\)|Math\.random/.test(readFileSync(f, 'utf8')));
    expect(impure.map((f) => relative(SRC, f))).toEqual([]);
  });

  it('src/build/ is gone', () => {
    expect(existsSync(join(SRC, 'build'))).toBe(false);
  });
});
