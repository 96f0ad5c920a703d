/**
 * layout.schema.json carries a `default` on every key that has one, so an
 * editor can show it; the resolver applies defaults of its own. They must
 * be the same values: this walks every default in the schema and compares.
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { resolveLayout } from '../../src/layout/resolve.js';
import { REPO } from '../helpers/cli-run.js';

interface Node {
  default?: unknown;
  properties?: Record<string, Node>;
  $ref?: string;
}

const schema = JSON.parse(readFileSync(join(REPO, 'schema/layout.schema.json'), 'utf8')) as Node;

function defaults(node: Node, path: string[] = []): [string[], unknown][] {
  const own: [string[], unknown][] = node.default !== undefined && path.length > 0 ? [[path, node.default]] : [];
  return [...own, ...Object.entries(node.properties ?? {}).flatMap(([k, v]) => defaults(v, [...path, k]))];
}

function at(value: unknown, path: string[]): unknown {
  return path.reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], value);
}

describe('layout defaults', () => {
  const found = defaults(schema);
  const resolved = resolveLayout({ id: 'bare', title: 'Bare', output: 'bare.pdf', sections: ['*'] }, join(REPO, 'layouts/bare.yaml'), join(REPO, 'fonts'));

  it('the schema gives defaults for the keys the resolver fills in', () => {
    const keys = found.map(([p]) => p.join('.'));
    for (const key of ['look', 'page.size', 'page.margins.top', 'fonts.regular', 'type.leading', 'colors.accent', 'paragraph.align', 'header.pageNumbers', 'publications.numbering', 'fit.minSpacing', 'fit.spacingSteps', 'fit.scaleSteps']) {
      expect(keys).toContain(key);
    }
  });

  it.each(found.map(([p, v]) => [p.join('.'), p, v] as const))('%s: the resolver uses the schema default', (_name, path, value) => {
    const got = at(resolved, path);
    // Font defaults are file names in the bundled fonts/ folder; the resolver makes them absolute.
    if (path[0] === 'fonts' && typeof value === 'string') expect(basename(String(got))).toBe(value);
    else expect(got).toEqual(value);
  });
});
