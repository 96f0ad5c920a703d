import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { REPO, runCv, tempDir } from '../helpers/cli-run.js';

describe('cv init', () => {
  it('writes a cv.yaml that validates, whatever the name, with the schema line first', () => {
    const dir = join(tempDir('init'), 'new folder');
    const name = 'Siobhán O\'Brien: "Shiv" #1';
    const r = runCv(['init', dir, '--name', name]);
    expect(r.status).toBe(0);
    const text = readFileSync(join(dir, 'cv.yaml'), 'utf8');
    const schema = /^# yaml-language-server: \$schema=(\S+)\n/.exec(text)?.[1] as string;
    expect(readFileSync(join(dir, schema), 'utf8')).toBe(readFileSync(join(REPO, 'schema/cv.schema.json'), 'utf8'));
    const cv = load(text) as { name: string; sections: { kind: string }[] };
    expect(cv.name).toBe(name);
    // One example of every section kind the schema has.
    const schemaKinds = Object.values((JSON.parse(readFileSync(join(REPO, 'schema/cv.schema.json'), 'utf8')) as { definitions: Record<string, { properties?: { kind?: { const?: string } } }> }).definitions).flatMap((d) => d.properties?.kind?.const ?? []);
    expect(cv.sections.map((s) => s.kind).sort()).toEqual([...schemaKinds].sort());
    const v = runCv(['validate', join(dir, 'cv.yaml')]);
    expect(v.stderr).toBe('');
    expect(v.status).toBe(0);
  });

  it('writes a workflow that builds on v* tags with the installed version and attaches the PDFs', () => {
    const dir = tempDir('init-wf');
    expect(runCv(['init', dir]).status).toBe(0);
    const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { name: string; version: string };
    const wf = load(readFileSync(join(dir, '.github/workflows/cv.yml'), 'utf8')) as { on: unknown; permissions: unknown; jobs: Record<string, { steps: { run?: string; env?: Record<string, string> }[] }> };
    expect(wf.on).toEqual({ push: { tags: ['v*'] } });
    expect(wf.permissions).toEqual({ contents: 'write' });
    const steps = Object.values(wf.jobs)[0]!.steps;
    const runs = steps.map((s) => s.run ?? '').join('\n');
    expect(runs).toContain(`npm install -g ${pkg.name}@${pkg.version}`);
    expect(runs).toMatch(/^cv build --json > manifest\.json$/m);
    expect(runs).toMatch(/gh release upload "\$GITHUB_REF_NAME" "\$\{files\[@\]\}"/);
    expect(steps.some((s) => s.env?.['GH_TOKEN'] === '${{ github.token }}')).toBe(true);
    expect(readFileSync(join(dir, '.gitignore'), 'utf8')).toBe('out/\n');
  });

  it('refuses when any of its files exists, names it, and writes nothing', () => {
    const dir = tempDir('init-refuse');
    mkdirSync(join(dir, '.github/workflows'), { recursive: true });
    writeFileSync(join(dir, '.github/workflows/cv.yml'), 'mine\n');
    const r = runCv(['init', dir]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/cv\.yml already exists/);
    expect(existsSync(join(dir, 'cv.yaml'))).toBe(false);
    expect(existsSync(join(dir, '.gitignore'))).toBe(false);
    expect(readFileSync(join(dir, '.github/workflows/cv.yml'), 'utf8')).toBe('mine\n');
  });
});
