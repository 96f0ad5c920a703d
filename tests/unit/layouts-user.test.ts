import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadLayouts } from '../../src/read/layouts.js';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const BUNDLED = join(REPO, 'layouts');
const FONTS = join(REPO, 'fonts');

function userDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'cv-user-layouts-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

function loaded(dir?: string) {
  const r = loadLayouts(BUNDLED, FONTS, dir);
  if (!r.ok) throw new Error(r.diagnostics.map((d) => `${d.file}:${d.line}:${d.col}: ${d.message}`).join('\n'));
  return r.layouts;
}

describe('a user layouts folder on top of the bundled layouts', () => {
  it('adds a variant that extends a bundled layout', () => {
    const layouts = loaded(userDir({ 'resume-a4.yaml': 'id: resume-a4\nextends: resume\ntitle: Resume\noutput: "{name}-a4.pdf"\npage: { size: a4 }\n' }));
    expect([...layouts.keys()]).toEqual(['full', 'publications', 'resume', 'resume-a4']);
    const a4 = layouts.get('resume-a4');
    expect(a4?.page.size).toBe('a4');
    // Everything else comes from the bundled resume.
    expect(a4?.fit.maxPages).toBe(1);
    expect(a4?.page.margins).toEqual(layouts.get('resume')?.page.margins);
  });

  it('replaces a bundled layout of the same id; extending its own id starts from the bundled one', () => {
    const layouts = loaded(userDir({ 'resume.yaml': 'id: resume\nextends: resume\ntitle: My Resume\n' }));
    expect([...layouts.keys()]).toEqual(['full', 'publications', 'resume']);
    const resume = layouts.get('resume');
    expect(resume?.title).toBe('My Resume');
    expect(resume?.fit.maxPages).toBe(1);
    expect(resume?.file).toMatch(/cv-user-layouts-.*resume\.yaml$/);
  });

  it("a replaced base changes what the bundled layouts built on it inherit", () => {
    const layouts = loaded(userDir({ 'full.yaml': 'id: full\nextends: full\ncolors: { accent: "#aa0000" }\n' }));
    expect(layouts.get('full')?.colors.accent).toBe('#aa0000');
    expect(layouts.get('resume')?.colors.accent).toBe('#aa0000');
  });

  it('fonts resolve relative to the layout file that names them, bare names in the bundled fonts', () => {
    const dir = userDir({ 'mine.yaml': 'id: mine\nextends: resume\ntitle: Mine\noutput: "{name}-mine.pdf"\nfonts:\n  fallbacks: [./f/Extra.ttf]\n' });
    mkdirSync(join(dir, 'f'));
    copyFileSync(join(FONTS, 'EBGaramond-Italic.ttf'), join(dir, 'f/Extra.ttf'));
    const mine = loaded(dir).get('mine');
    expect(mine?.fonts.fallbacks).toEqual([join(dir, 'f/Extra.ttf')]);
    expect(mine?.fonts.regular).toBe(join(FONTS, 'EBGaramond-Regular.ttf'));
  });

  it('the bundled folder given as the user folder is read once', () => {
    expect([...loaded(BUNDLED).keys()]).toEqual([...loaded().keys()]);
  });

  it('mistakes point at the user file: an unknown base, an unknown kind', () => {
    const dir = userDir({ 'mine.yaml': 'id: mine\nextends: resumee\ntitle: Mine\noutput: "{name}-mine.pdf"\n', 'kinds.yaml': 'id: kinds\ntitle: K\noutput: "{name}-k.pdf"\nsections:\n  - { kind: experiance }\n' });
    const r = loadLayouts(BUNDLED, FONTS, dir);
    expect(r.ok).toBe(false);
    const text = r.ok ? '' : r.diagnostics.map((d) => `${d.file}:${d.line}:${d.col}: ${d.message}`).join('\n');
    expect(text).toContain(`${join(dir, 'mine.yaml')}:2:10: 'extends' names layout 'resumee', which does not exist (or is invalid); did you mean 'resume'?`);
    expect(text).toMatch(new RegExp(`kinds\\.yaml:5:\\d+: no section kind 'experiance'; kinds: .*; did you mean 'experience'\\?`));
  });

  it('a section item needs exactly one of id and kind', () => {
    const dir = userDir({ 'both.yaml': 'id: both\ntitle: B\noutput: "{name}-b.pdf"\nsections:\n  - { id: work, kind: experience }\n  - { title: x }\n' });
    const r = loadLayouts(BUNDLED, FONTS, dir);
    expect(r.ok ? [] : r.diagnostics.map((d) => `${d.line}:${d.col}: ${d.message}`)).toEqual([
      "5:5: item 1 of 'sections' names both 'id' and 'kind'; give one: a section by id, or every section of a kind",
      "6:5: item 2 of 'sections' needs 'id' (one section) or 'kind' (every section of that kind)",
    ]);
  });
});
