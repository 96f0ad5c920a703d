/**
 * Every user mistake in a layout or a flag is a located diagnostic with exit 1
 * or 4, never "internal error" (exit 70): the CLI walked through each one.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CV_YAML, runCv } from '../helpers/cli-run.js';

function layoutsWith(yaml: string, extra: (dir: string) => void = () => {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'cv-mistake-'));
  writeFileSync(join(dir, 'mine.yaml'), yaml);
  extra(dir);
  return dir;
}

const HEAD = '# yaml-language-server: $schema=../schema/layout.schema.json\nid: mine\ntitle: Mine\noutput: "{name}-mine.pdf"\nsections: ["*"]\n';

function build(dir: string) {
  const out = mkdtempSync(join(tmpdir(), 'cv-mistake-out-'));
  return runCv(['build', '--input', CV_YAML, '--layouts', dir, '--out', out]);
}

describe('user mistakes are located diagnostics', () => {
  it.each([
    ['a file that is not a font', (d: string) => writeFileSync(join(d, 'fake.ttf'), 'this is not a font at all'), 'fake.ttf', /mine\.yaml:7:\d+: error: font file '\.\/fake\.ttf' is not a font \(neither TrueType nor OpenType\)/, 1],
    ['an empty file', (d: string) => writeFileSync(join(d, 'empty.ttf'), ''), 'empty.ttf', /mine\.yaml:7:\d+: error: font file '\.\/empty\.ttf' is empty/, 1],
    ['a directory', (d: string) => mkdirSync(join(d, 'dir.ttf')), 'dir.ttf', /mine\.yaml:7:\d+: error: font file '\.\/dir\.ttf' is a directory/, 4],
    ['a WOFF2 file renamed .ttf', (d: string) => writeFileSync(join(d, 'web.ttf'), 'wOF2\u0000\u0001rest'), 'web.ttf', /font file '\.\/web\.ttf' is a WOFF web font; give the TTF or OTF file/, 1],
    ['a missing file', () => {}, 'nowhere.ttf', /mine\.yaml:7:\d+: error: font file '\.\/nowhere\.ttf' not found/, 4],
  ])('a layout font that is %s', (_what, make, file, message, code) => {
    const dir = layoutsWith(`${HEAD}fonts:\n  regular: ./${file}\n`, make);
    const r = build(dir);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/internal error/);
    expect(r.status).toBe(code);
  });

  it('an output name that would leave the output folder', () => {
    const dir = layoutsWith(HEAD.replace('"{name}-mine.pdf"', '"../escape.pdf"'));
    const r = build(dir);
    expect(r.stderr).toMatch(/mine\.yaml:4:9: error: /);
    expect(r.status).toBe(1);
  });

  it('a look that does not exist, with a suggestion', () => {
    const dir = layoutsWith(`${HEAD}look: single-colum\n`);
    const r = build(dir);
    expect(r.stderr).toMatch(/mine\.yaml:6:7: error: no look named 'single-colum'; looks: single-column; did you mean 'single-column'\?/);
    expect(r.status).toBe(1);
  });

  it('a --layouts folder that does not exist', () => {
    const r = build(join(tmpdir(), 'cv-no-such-layouts-folder'));
    expect(r.stderr).toMatch(/cv-no-such-layouts-folder: error: no such layouts folder/);
    expect(r.status).toBe(4);
  });
});
