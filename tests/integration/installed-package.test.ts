/**
 * The tool as a user gets it: `npm pack`, installed into a prefix outside the
 * repository, then run from an empty folder. Dependencies come from the npm
 * cache (filled by `npm ci`); only when it lacks one does npm go to the registry.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO, tempDir } from '../helpers/cli-run.js';
import { pdfPages } from '../helpers/pdf-read.js';

const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { name: string; version: string };
const progress = (what: string) => void process.stderr.write(`installed-package: ${what}\n`);

function run(cmd: string, args: readonly string[], cwd: string) {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '', SOURCE_DATE_EPOCH: '' } });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function ok(r: ReturnType<typeof run>, what: string): string {
  if (r.status !== 0) throw new Error(`${what}: exit ${r.status}\n${r.stderr}\n${r.stdout}`);
  return r.stdout;
}

function manifestLayouts(dir: string): string[] {
  const m = JSON.parse(readFileSync(join(dir, 'out', 'manifest.json'), 'utf8')) as { outputs: { layout: string }[] };
  return m.outputs.map((o) => o.layout);
}

describe(`the packed tarball (${pkg.name})`, () => {
  let cv: string;
  let installed: string;

  beforeAll(() => {
    const tmp = tempDir('install');
    // Scripts off: dist/ is already built by the jest global setup, and a rebuild would pull it from under other tests.
    progress('npm pack');
    ok(run('npm', ['pack', '--ignore-scripts', '--pack-destination', tmp], REPO), 'npm pack');
    const tgz = join(tmp, `${pkg.name}-${pkg.version}.tgz`);
    const prefix = join(tmp, 'prefix');
    progress('npm install -g (offline)');
    let r = run('npm', ['install', '-g', '--prefix', prefix, '--offline', '--no-audit', '--no-fund', tgz], tmp);
    if (r.status !== 0 && /ENOTCACHED/.test(r.stderr)) {
      progress('the npm cache lacks a dependency: npm install -g --prefer-offline');
      r = run('npm', ['install', '-g', '--prefix', prefix, '--prefer-offline', '--no-audit', '--no-fund', tgz], tmp);
    }
    ok(r, 'npm install -g');
    cv = join(prefix, 'bin', 'cv');
    installed = join(prefix, 'lib', 'node_modules', pkg.name);
  }, 180_000);

  it('holds what cv needs at run time and no tests or sources', () => {
    const files = ['bin/cv.cjs', 'dist/bundle/cv.cjs', 'dist/bundle/validate.code-cache', 'dist/bundle/build.code-cache', 'dist/bundle/data/sRGB_IEC61966_2_1.icc', 'schema/cv.schema.json', 'schema/layout.schema.json', 'layouts/full.yaml', 'layouts/resume.yaml', 'layouts/publications.yaml', 'fonts/OFL-EBGaramond.txt', 'fonts/EBGaramond-Regular.ttf', 'templates/cv.yaml', 'README.md'];
    for (const f of files) expect(existsSync(join(installed, f))).toBe(true);
    for (const f of ['src', 'tests', 'cv.yaml', 'scripts']) expect(existsSync(join(installed, f))).toBe(false);
  });

  it.each(['build', 'validate'])('ships a code cache for cv %s that V8 accepts for the shipped bundle', (command) => {
    const load = `const b = require(${JSON.stringify(join(installed, 'bin/cv.cjs'))}); console.log(b.load(b.codeCache('${command}')).script.cachedDataRejected)`;
    expect(ok(run(process.execPath, ['-e', load], installed), 'load the bundle').trim()).toBe('false');
  });

  it('from an empty folder: --version, init, validate, build, user layouts, a refused init', async () => {
    const dir = tempDir('installed-cv');
    progress('cv --version');
    expect(ok(run(cv, ['--version'], dir), 'cv --version').trim()).toBe(pkg.version);

    progress('cv init');
    ok(run(cv, ['init', '--name', 'Ada Lovelace'], dir), 'cv init');
    const cvYaml = readFileSync(join(dir, 'cv.yaml'), 'utf8');
    const schema = /^# yaml-language-server: \$schema=(\S+)\n/.exec(cvYaml)?.[1];
    expect(schema).toBeDefined();
    // The schema line points at the installed package's schema, from the CV's folder.
    expect(readFileSync(join(dir, schema as string), 'utf8')).toBe(readFileSync(join(installed, 'schema/cv.schema.json'), 'utf8'));
    expect(readFileSync(join(dir, '.gitignore'), 'utf8')).toBe('out/\n');
    expect(readFileSync(join(dir, '.github/workflows/cv.yml'), 'utf8')).toContain(`npm install -g ${pkg.name}@${pkg.version}`);

    progress('cv validate');
    expect(ok(run(cv, ['validate'], dir), 'cv validate')).toMatch(/cv\.yaml: valid/);

    progress('cv build');
    const built = run(cv, ['build'], dir);
    ok(built, 'cv build');
    expect(readdirSync(join(dir, 'out')).filter((f) => f.endsWith('.pdf')).sort()).toEqual(['ada-lovelace-cv.pdf', 'ada-lovelace-publications.pdf', 'ada-lovelace-resume.pdf']);
    // What the resume leaves out is said, not silent.
    expect(built.stderr).toMatch(/cv: resume: leaves out sections .*'grants'.* \(not in the layout\)/);

    progress('cv build with ./layouts: a variant extending resume (with a font beside it) and an override of full');
    const layouts = join(dir, 'layouts');
    mkdirSync(join(layouts, 'extra'), { recursive: true });
    copyFileSync(join(installed, 'fonts/EBGaramond-Italic.ttf'), join(layouts, 'extra/Fallback.ttf'));
    writeFileSync(join(layouts, 'resume-a4.yaml'), 'id: resume-a4\nextends: resume\ntitle: Resume\noutput: "{name}-resume-a4.pdf"\npage: { size: a4 }\nfonts:\n  fallbacks: [./extra/Fallback.ttf]\n');
    writeFileSync(join(layouts, 'full.yaml'), 'id: full\nextends: full\ntitle: Full Record\n');
    const withMine = run(cv, ['build'], dir);
    ok(withMine, 'cv build with user layouts');
    expect(manifestLayouts(dir)).toEqual(['full', 'publications', 'resume', 'resume-a4']);
    const full = (await pdfPages(join(dir, 'out/ada-lovelace-cv.pdf'))).join('\n');
    expect(full).toContain('Full Record');
    expect(ok(run(cv, ['validate'], dir), 'cv validate with user layouts')).toMatch(/valid/);

    progress('cv init over existing files');
    const before = readFileSync(join(dir, 'cv.yaml'), 'utf8');
    const refused = run(cv, ['init', '--name', 'Someone Else'], dir);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/cv\.yaml already exists/);
    expect(readFileSync(join(dir, 'cv.yaml'), 'utf8')).toBe(before);
  });
});
