import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';

const read = (name: string) => load(readFileSync(new URL(`../../.github/workflows/${name}`, import.meta.url), 'utf8')) as Record<string, any>;

describe('GitHub workflows', () => {
  it('release: on a v* tag, builds reproducibly and attaches every PDF of the manifest, with only contents: write', () => {
    const wf = read('release.yml');
    expect(wf.on).toEqual({ push: { tags: ['v*'] } });
    expect(wf.permissions).toEqual({ contents: 'write' });
    const steps = Object.values(wf.jobs as Record<string, { steps: { run?: string; env?: Record<string, string> }[] }>)[0]!.steps;
    const runs = steps.map((s) => s.run ?? '').join('\n');
    expect(runs).toMatch(/^npm ci$/m);
    expect(runs).toMatch(/export SOURCE_DATE_EPOCH="\$\(git log -1 --format=%ct HEAD\)"/);
    expect(runs).toMatch(/cv build --json > manifest\.json/);
    expect(runs).toMatch(/gh release upload "\$GITHUB_REF_NAME" "\$\{files\[@\]\}"/);
    expect(steps.some((s) => s.env?.['GH_TOKEN'] === '${{ github.token }}')).toBe(true);
  });

  it('test: runs npm test on pushes and pull requests', () => {
    const wf = read('test.yml');
    expect(Object.keys(wf.on).sort()).toEqual(['pull_request', 'push']);
    const runs = Object.values(wf.jobs as Record<string, { steps: { run?: string }[] }>)[0]!.steps.map((s) => s.run ?? '');
    expect(runs).toContain('npm ci');
    expect(runs).toContain('npm test');
  });
});
