/**
 * A real `cv build --watch` on a copy of the sample CV outside the repository:
 * an edit shows up in the new PDF, a broken save keeps the old PDFs, a fixed
 * one builds again, a save by rename is seen, a layout save rebuilds only that
 * layout, and Ctrl-C ends the watch with exit 0 and no temporary file left;
 * what the watch wrote is byte for byte what a fresh `cv build` writes. Then a
 * small CV of its own with a live .bib and a user layout that lists every
 * format: a .bib save, a new layout file, and SIGTERM.
 * Every step waits for the line the watch prints, never for a fixed time.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, cpSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BIN, CV_YAML, LAYOUTS_DIR, expectOk, removeTempDirs, requireTool, runCv, sha256, tempDir, tool } from '../helpers/cli-run.js';

/** The machine is shared and loaded: a rebuild may take seconds, the first build longer. */
const WAIT_MS = 120_000;

interface Watched {
  child: ChildProcess;
  /** Resolves when the output printed after `from` (stdout + stderr) matches. */
  waitFor(pattern: RegExp, from: number): Promise<string>;
  /** How much has been printed so far, to wait for what comes next. */
  mark(): number;
  exit: Promise<number | null>;
}

function startWatch(args: string[], cwd: string): Watched {
  const env = { ...process.env };
  for (const k of ['SOURCE_DATE_EPOCH', 'NODE_OPTIONS', 'CV_DEBUG', 'NO_COLOR', 'FORCE_COLOR']) delete env[k];
  const child = spawn(process.execPath, [BIN, 'build', '--watch', ...args], { cwd, env });
  let output = '';
  const listeners = new Set<() => void>();
  const add = (d: string) => {
    output += d;
    for (const l of [...listeners]) l();
  };
  child.stdout?.setEncoding('utf8').on('data', add);
  child.stderr?.setEncoding('utf8').on('data', add);
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    child,
    exit,
    mark: () => output.length,
    waitFor: (pattern, from) =>
      new Promise((resolve, reject) => {
        const check = () => {
          const m = pattern.exec(output.slice(from));
          if (!m) return;
          listeners.delete(check);
          clearTimeout(timer);
          resolve(output.slice(from));
        };
        const timer = setTimeout(() => {
          listeners.delete(check);
          reject(new Error(`no ${pattern} within ${WAIT_MS} ms; the watch printed:\n${output.slice(from)}`));
        }, WAIT_MS);
        listeners.add(check);
        check();
      }),
  };
}

function pdfText(path: string): string {
  return tool('pdftotext', [path, '-']).stdout;
}

function outputs(out: string): Map<string, string> {
  const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as { outputs: { layout: string; file: string }[] };
  return new Map(manifest.outputs.map((o) => [o.layout, join(out, o.file)]));
}

/** Nothing a build leaves only while it runs: temporary files, the journal, the lock. */
function leftovers(out: string): string[] {
  return readdirSync(out).filter((f) => f.startsWith('.') || f.endsWith('.tmp'));
}

/** A fresh `cv build` with the same flags writes the same bytes as the watch did, manifest included. */
function expectSameAsFreshBuild(args: string[], cwd: string, out: string): void {
  const fresh = join(cwd, 'fresh-out');
  expectOk(runCv(['build', ...args, '-o', fresh], { cwd }), 'a fresh build');
  const manifest = readFileSync(join(out, 'manifest.json'), 'utf8');
  expect(readFileSync(join(fresh, 'manifest.json'), 'utf8')).toBe(manifest);
  const files = (JSON.parse(manifest) as { outputs: { file: string }[] }).outputs.map((o) => o.file);
  expect(files.length).toBeGreaterThan(0);
  for (const f of files) expect(sha256(join(out, f))).toBe(sha256(join(fresh, f)));
}

function hashes(files: Map<string, string>): Map<string, string> {
  return new Map([...files].map(([layout, file]) => [layout, sha256(file)]));
}

afterAll(removeTempDirs);

describe('cv build --watch', () => {
  beforeAll(() => requireTool('pdftotext'));

  it('rebuilds on saves, survives a broken one, sees a save by rename, and stops cleanly on Ctrl-C', async () => {
    const dir = tempDir('watch');
    const cv = join(dir, 'cv.yaml');
    const layouts = join(dir, 'layouts');
    const out = join(dir, 'out');
    cpSync(CV_YAML, cv);
    cpSync(LAYOUTS_DIR, layouts, { recursive: true });
    const original = readFileSync(cv, 'utf8');
    expect(original).toContain('Dr. Polo Chau');

    const watch = startWatch(['-i', cv, '--layouts', layouts, '-o', out], dir);
    try {
      await watch.waitFor(/watching for changes/, 0);
      const pdfs = outputs(out);
      expect([...pdfs.keys()].sort()).toEqual(['full', 'publications', 'resume']);
      const full = pdfs.get('full') as string;
      expect(pdfText(full)).not.toContain('Zanzibar');

      // A plain write: one word of an entry changes.
      let from = watch.mark();
      writeFileSync(cv, original.replace('Dr. Polo Chau', 'Dr. Polo Zanzibar'));
      const rebuilt = await watch.waitFor(/rebuilt [a-z, ]+ in \d+ ms/, from);
      expect(rebuilt).toMatch(/rebuilt (?=.*full)(?=.*resume)(?=.*publications)[a-z, ]+ in \d+ ms/);
      expect(pdfText(full)).toContain('Zanzibar');
      const good = hashes(pdfs);

      // A broken save: the diagnostics, and the PDFs of the last good build stay as they are.
      from = watch.mark();
      writeFileSync(cv, original.replace('Dr. Polo Chau', 'Dr. Polo Zanzibar').replace('lang: en-US', 'lang: [en-US'));
      const broken = await watch.waitFor(/not rebuilt; the last good outputs stay/, from);
      expect(broken).toMatch(/cv\.yaml:\d+:\d+: error/);
      expect(hashes(outputs(out))).toEqual(good);

      // The fix builds again.
      from = watch.mark();
      writeFileSync(cv, original.replace('Dr. Polo Chau', 'Dr. Polo Zanzibar'));
      await watch.waitFor(/rebuilt [a-z, ]+ in \d+ ms/, from);

      // A save the way many editors do it: a temporary file renamed over the CV.
      from = watch.mark();
      const temp = join(dir, '.cv.yaml.swp');
      writeFileSync(temp, original.replace('Dr. Polo Chau', 'Dr. Polo Quokka'));
      renameSync(temp, cv);
      await watch.waitFor(/rebuilt [a-z, ]+ in \d+ ms/, from);
      expect(pdfText(full)).toContain('Quokka');
      expect(pdfText(full)).not.toContain('Zanzibar');

      // A layout save rebuilds that layout only; the others' files are left alone.
      const before = hashes(pdfs);
      from = watch.mark();
      appendFileSync(join(layouts, 'resume.yaml'), '# saved again\n');
      const line = await watch.waitFor(/rebuilt [a-z, ]+ in \d+ ms/, from);
      expect(line).toMatch(/rebuilt resume in \d+ ms/);
      expect(sha256(full)).toBe(before.get('full'));
      expect([...outputs(out).keys()].sort()).toEqual(['full', 'publications', 'resume']);

      watch.child.kill('SIGINT');
      expect(await watch.exit).toBe(0);
      expect(leftovers(out)).toEqual([]);
      expectSameAsFreshBuild(['-i', cv, '--layouts', layouts], dir, out);
    } finally {
      watch.child.kill('SIGKILL');
    }
  }, 10 * WAIT_MS);

  it('follows a live .bib, writes every format a layout lists, and stops on SIGTERM', async () => {
    const dir = tempDir('watch-bib');
    const layouts = join(dir, 'layouts');
    const out = join(dir, 'out');
    mkdirSync(layouts);
    const cv = join(dir, 'cv.yaml');
    writeFileSync(
      cv,
      [
        'name: Grace Hopper',
        'sections:',
        '  - id: jobs',
        '    title: Work',
        '    kind: experience',
        '    entries:',
        '      - { organization: Eckert-Mauchly, title: Programmer, start: 1949-06, end: 1952-01 }',
        '  - id: schooling',
        '    title: Schooling',
        '    kind: education',
        '    entries:',
        '      - { institution: Yale University, degree: Ph.D., start: 1930-09, end: 1934-06 }',
        '  - id: papers',
        '    title: Papers',
        '    kind: publication',
        '    bibtex: refs.bib',
        '    overrides:',
        '      hopper1952: { selected: true }',
        '',
      ].join('\n'),
    );
    const bib = (title: string) => `@article{hopper1952,\n  author = {Grace Hopper},\n  title = {${title}},\n  journal = {Proceedings of the ACM},\n  year = {1952}\n}\n`;
    writeFileSync(join(dir, 'refs.bib'), bib('The Education of a Computer'));
    writeFileSync(join(layouts, 'resume.yaml'), 'id: resume\nextends: resume\nformats: [pdf, txt, md, html]\n');
    const args = ['-i', cv, '--layouts', layouts, '--layout', 'resume'];

    const watch = startWatch(args.concat(['-o', out]), dir);
    try {
      await watch.waitFor(/watching for changes/, 0);
      const files = () => readdirSync(out).filter((f) => f.startsWith('grace-hopper-resume.')).sort();
      expect(files()).toEqual(['grace-hopper-resume.html', 'grace-hopper-resume.md', 'grace-hopper-resume.pdf', 'grace-hopper-resume.txt']);
      const txt = join(out, 'grace-hopper-resume.txt');
      expect(readFileSync(txt, 'utf8')).toContain('The Education of a Computer');

      // A save of the .bib the CV names rebuilds, in every format.
      let from = watch.mark();
      writeFileSync(join(dir, 'refs.bib'), bib('Compiling Routines'));
      await watch.waitFor(/rebuilt resume in \d+ ms/, from);
      expect(readFileSync(txt, 'utf8')).toContain('Compiling Routines');
      expect(readFileSync(join(out, 'grace-hopper-resume.md'), 'utf8')).toContain('Compiling Routines');
      expect(pdfText(join(out, 'grace-hopper-resume.pdf'))).toContain('Compiling Routines');

      // A broken .bib: its diagnostics, the outputs stay; the fix builds again.
      const good = sha256(txt);
      from = watch.mark();
      writeFileSync(join(dir, 'refs.bib'), '@article{hopper1952,\n  title = {Unclosed\n');
      const broken = await watch.waitFor(/not rebuilt; the last good outputs stay/, from);
      expect(broken).toMatch(/refs\.bib:\d+:\d+: error/);
      expect(sha256(txt)).toBe(good);
      from = watch.mark();
      writeFileSync(join(dir, 'refs.bib'), bib('Compiling Routines'));
      await watch.waitFor(/rebuilt resume in \d+ ms/, from);

      watch.child.kill('SIGTERM');
      expect(await watch.exit).toBe(0);
      expect(leftovers(out)).toEqual([]);
      expectSameAsFreshBuild(args, dir, out);
    } finally {
      watch.child.kill('SIGKILL');
    }
  }, 10 * WAIT_MS);

  it('builds a layout file added to the layouts folder', async () => {
    const dir = tempDir('watch-new-layout');
    const layouts = join(dir, 'layouts');
    const out = join(dir, 'out');
    mkdirSync(layouts);
    const cv = join(dir, 'cv.yaml');
    writeFileSync(cv, 'name: Alan Turing\nsections:\n  - id: studies\n    title: Studies\n    kind: education\n    entries:\n      - { institution: King\'s College, degree: B.A., start: 1931-10, end: 1934-06 }\n');
    const watch = startWatch(['-i', cv, '--layouts', layouts, '-o', out], dir);
    try {
      await watch.waitFor(/watching for changes/, 0);
      expect(outputs(out).has('brief')).toBe(false);
      const from = watch.mark();
      writeFileSync(join(layouts, 'brief.yaml'), 'id: brief\nextends: resume\noutput: "{name}-brief.pdf"\nformats: [pdf, txt]\n');
      await watch.waitFor(/rebuilt (?=[a-z, ]*brief)[a-z, ]+ in \d+ ms/, from);
      expect(readdirSync(out)).toEqual(expect.arrayContaining(['alan-turing-brief.pdf', 'alan-turing-brief.txt']));
      watch.child.kill('SIGINT');
      expect(await watch.exit).toBe(0);
      expect(leftovers(out)).toEqual([]);
    } finally {
      watch.child.kill('SIGKILL');
    }
  }, 10 * WAIT_MS);
});
