/** Every link and image of the README and ARCHITECTURE.md resolves to a file inside the repository. */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { REPO } from '../helpers/cli-run.js';

describe.each(['README.md', 'ARCHITECTURE.md'])('%s links', (doc) => {
  const text = readFileSync(join(REPO, doc), 'utf8');
  const targets = [...text.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1] as string).filter((t) => !/^(https?:|mailto:|#)/.test(t) && t !== 'url');

  it('has links to check', () => {
    expect(targets.length).toBeGreaterThan(0);
  });

  it.each(targets)('%s is a file in the repository', (target) => {
    const path = resolve(REPO, target.split('#')[0] as string);
    expect(relative(REPO, path).startsWith('..')).toBe(false);
    expect(existsSync(path)).toBe(true);
  });
});
