/**
 * cv validate says valid exactly when cv build accepts the file (issue 14):
 * spaces no bundled font has, control and bidi characters, and a CV with no
 * entries at all.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { removeTempDirs, runCvAsync, tempDir, tool } from '../helpers/cli-run.js';

afterAll(removeTempDirs);

const dir = tempDir('agree');
const cvWith = (headline: string, name = 'Ada Lovelace') =>
  `name: ${JSON.stringify(name)}\nheadline: ${JSON.stringify(headline)}\nsections:\n  - id: education\n    title: Education\n    kind: education\n    entries:\n      - institution: U\n        degree: PhD\n        start: "2018-08"\n        end: present\n`;

async function both(file: string) {
  const [v, b] = await Promise.all([runCvAsync(['validate', file]), runCvAsync(['build', '--input', file, '--out', join(dir, 'out')])]);
  return { v, b };
}

test.each([
  ['U+202F narrow no-break space', cvWith('a\u202fb'), 1],
  ['U+3000 ideographic space', cvWith('a\u3000b'), 1],
  ['U+00A0 no-break space', cvWith('a\u00a0b'), 0],
  ['U+2009 thin space', cvWith('a\u2009b'), 0],
  ['ESC in the headline', cvWith('a\u001bb'), 1],
  ['U+202E in the headline', cvWith('a\u202eb'), 1],
  ['NUL in the name', cvWith('fine', 'Ada\u0000Lovelace'), 1],
])('%s: validate and build give the same answer', async (what, yaml, code) => {
  const file = join(dir, `${what.replace(/\W+/g, '-')}.yaml`);
  writeFileSync(file, yaml);
  const { v, b } = await both(file);
  expect([v.status, b.status]).toEqual([code, code]);
  if (code === 1) {
    // The same place in the file, from both commands.
    const at = (s: string) => new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:(\\d+):(\\d+): error`).exec(s)?.slice(1);
    expect(at(v.stderr)).toBeDefined();
    expect(at(b.stderr)).toEqual(at(v.stderr));
  }
});

test('a CV with a name and no entries builds a header-only PDF for every layout (exit 0), as validate promises', async () => {
  const file = join(dir, 'empty.yaml');
  writeFileSync(file, 'name: Ada Lovelace\ncontact: { email: ada@example.org }\nsections: []\n');
  const out = join(dir, 'empty-out');
  const [v, b] = await Promise.all([runCvAsync(['validate', file]), runCvAsync(['build', '--input', file, '--out', out, '--json'])]);
  expect(v.status).toBe(0);
  expect(b.status).toBe(0);
  const manifest = JSON.parse(b.stdout) as { outputs: { file: string }[] };
  expect(manifest.outputs.length).toBeGreaterThan(0);
  for (const o of manifest.outputs) expect(tool('pdftotext', [join(out, o.file), '-']).stdout).toContain('Ada Lovelace');
});
