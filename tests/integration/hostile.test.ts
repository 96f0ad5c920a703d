/**
 * Input built to break the typesetter (tests/fixtures/build/hostile.yaml):
 * 300-character URLs shown as text, a 70-letter word, a very long title, 40
 * authors, Greek, Cyrillic and Latin Extended. Every word must stay inside the
 * margins and be drawn with a real glyph. Korean, which no bundled font has,
 * must be an error that points at the character.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expectOk, pdfsIn, readCv, readLayouts, REPO, removeTempDirs, requireTool, runCv, runCvAsync, tempDir } from '../helpers/cli-run.js';
import type { CvRun, Json } from '../helpers/cli-run.js';
import { bodyText, findText, marginViolations, normalizeText, overlaps, pdfPages, wordBoxes } from '../helpers/pdf-read.js';
import { pdfFonts } from '../helpers/pdf-tools.js';

const HOSTILE = join(REPO, 'tests/fixtures/build/hostile.yaml');
const KOREAN = join(REPO, 'tests/fixtures/build/hostile-korean.yaml');
const hostile = readCv(HOSTILE);
const owner = String(hostile.name);
const layouts = readLayouts();

let out = '';
let built: CvRun;
let manifest: { outputs: { layout: string; file: string }[] };

beforeAll(async () => {
  for (const t of ['pdftotext', 'pdffonts']) requireTool(t);
  out = tempDir('hostile');
  built = await runCvAsync(['build', '--input', HOSTILE, '--out', out]);
  expectOk(built, 'cv build --input hostile.yaml');
  manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
});

afterAll(removeTempDirs);

describe('the hostile fixture', () => {
  it('is valid against the schema (cv validate)', () => {
    const r = runCv(['validate', HOSTILE]);
    expect([r.status, r.stderr]).toEqual([0, '']);
  });

  it('really is hostile: a 300-character URL shown as text, a 70-letter word, 40 authors, non-Latin scripts', () => {
    const text = readFileSync(HOSTILE, 'utf8');
    expect(String((hostile.contact as Json).website)).toHaveLength(300);
    expect(text).toMatch(/\b[A-Za-z]{70}\b/);
    const pubs = (hostile.sections as Json[]).find((s) => s.kind === 'publication')!.entries as Json[];
    expect((pubs[0]!.authors as unknown[]).length).toBe(40);
    expect(text).toMatch(/\p{Script=Greek}/u);
    expect(text).toMatch(/\p{Script=Cyrillic}/u);
    expect(text).toMatch(/[\u0100-\u024F\u1E00-\u1EFF]/u);
  });
});

describe('cv build --input hostile.yaml', () => {
  it('exits 0 and writes a PDF for every layout', () => {
    expect(built.status).toBe(0);
    expect(manifest.outputs.map((o) => o.layout).sort()).toEqual([...layouts.keys()].sort());
    expect(pdfsIn(out)).toEqual(manifest.outputs.map((o) => o.file).sort());
  });

  it("keeps every word inside each layout's margins, with no two words drawn over each other", () => {
    const problems: string[] = [];
    for (const o of manifest.outputs) {
      const layout = layouts.get(o.layout)!;
      const pages = wordBoxes(join(out, o.file));
      problems.push(...marginViolations(pages, layout.margins, `${owner} · ${layout.title}`).map((p) => `${o.layout}: ${p}`));
      problems.push(...overlaps(pages).map((p) => `${o.layout}: ${p}`));
    }
    expect(problems).toEqual([]);
  });

  it('draws the Greek, Cyrillic and Latin Extended text with embedded fonts (text extracts as written)', async () => {
    const full = manifest.outputs.find((o) => o.layout === 'full')!;
    const layout = layouts.get('full')!;
    const text = normalizeText(bodyText(await pdfPages(join(out, full.file)), `${owner} · ${layout.title}`));
    const samples = [
      owner,
      'Η γρήγορη καφέ αλεπού πηδά πάνω από τον τεμπέλη σκύλο.',
      'Съешь же ещё этих мягких французских булок, да выпей чаю.',
      'Ąćęłńóśźż ĂăÂâÎîȘșȚț Őőűű Ŧŧ Ǆǅǆ ŉ ẞß ḂḃḊḋ',
      'Научно-исследовательский институт',
      'Проект «Ёлка»',
    ];
    expect(samples.filter((s) => findText(text, s).index < 0)).toEqual([]);
    // The long URL shown as text is all there, even though it had to break.
    const website = String((hostile.contact as Json).website).replace(/^https?:\/\//, '');
    expect(findText(text.replace(/ /g, ''), website).index).toBeGreaterThanOrEqual(0);
    expect(pdfFonts(join(out, full.file)).filter((f) => f.emb !== 'yes')).toEqual([]);
  });
});

describe('a character no bundled font has (hostile-korean.yaml)', () => {
  const rel = relative(REPO, KOREAN);
  const source = readFileSync(KOREAN, 'utf8');
  const chars = ['박', '해', '규'];

  /** 1-based line and column (in characters) of the first place `ch` appears outside a comment. */
  function where(ch: string): { line: number; col: number } {
    const lines = source.split('\n');
    const line = lines.findIndex((l) => !l.trimStart().startsWith('#') && l.includes(ch));
    const text = lines[line] ?? '';
    return { line: line + 1, col: [...text.slice(0, text.indexOf(ch))].length + 1 };
  }

  it('cv validate refuses it too, with the same errors as cv build (the schema is satisfied; the fonts are not)', () => {
    const errorsOf = (stderr: string) => stderr.split('\n').filter((l) => / error: /.test(l)).sort();
    const v = runCv(['validate', rel]);
    expect(v.status).toBe(1);
    const b = runCv(['build', '--input', rel, '--out', join(tempDir('korean-v'), 'out')]);
    expect(errorsOf(v.stderr)).toEqual(errorsOf(b.stderr));
    expect(errorsOf(v.stderr).length).toBeGreaterThanOrEqual(chars.length);
  });

  it('fails with exit 1, naming each character, its code point and its file:line:col, and writes no PDF', () => {
    const dir = join(tempDir('korean'), 'out');
    const r = runCv(['build', '--input', rel, '--out', dir]);
    expect(r.status).toBe(1);
    expect(r.stderr).not.toMatch(/^\s+at /m);
    for (const ch of chars) {
      const { line, col } = where(ch);
      const code = `U+${ch.codePointAt(0)!.toString(16).toUpperCase()}`;
      expect(r.stderr).toContain(`${rel}:${line}:${col}: error: character '${ch}' (${code}) is in none of the fonts of layout 'full'`);
    }
    // Every error is about one of those characters, at its place.
    const errors = r.stderr.split('\n').filter((l) => / error: /.test(l));
    expect(errors.length).toBeGreaterThanOrEqual(chars.length);
    for (const e of errors) {
      const ch = chars.find((c) => e.includes(`'${c}'`));
      expect([e, ch !== undefined]).toEqual([e, true]);
      const { line, col } = where(ch!);
      expect(e.startsWith(`${rel}:${line}:${col}: error: `)).toBe(true);
    }
    expect(existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.pdf')) : []).toEqual([]);
  });

  it('points at a YAML escape (\\uBC15) and at printed text, never at a comment (hostile-korean-escaped.yaml)', () => {
    const file = 'tests/fixtures/build/hostile-korean-escaped.yaml';
    const lines = readFileSync(join(REPO, file), 'utf8').split('\n');
    const at = (find: (l: string) => boolean, token: string): string => {
      const i = lines.findIndex(find);
      return `${file}:${i + 1}:${[...lines[i]!.slice(0, lines[i]!.indexOf(token))].length + 1}`;
    };
    const escape = at((l) => l.includes('organization:') && l.includes('\\uBC15'), '\\uBC15');
    const printed = at((l) => l.includes('mentored 해'), '해');
    const short = (stderr: string) => stderr.split('\n').filter((l) => / error: /.test(l)).map((l) => l.replace(/: error: character '(.)' \((U\+[0-9A-F]+)\).*$/u, ' $1 $2'));
    const r = runCv(['build', '--layout', 'full', '--input', file, '--out', join(tempDir('escaped'), 'out')]);
    expect(r.status).toBe(1);
    expect(short(r.stderr).sort()).toEqual([`${escape} 박 U+BC15`, `${printed} 해 U+D574`].sort());
    const v = runCv(['validate', file]);
    expect(v.status).toBe(1);
    expect(short(v.stderr).sort()).toEqual([`${escape} 박 U+BC15`, `${printed} 해 U+D574`].sort());
  });

  it("points at 'lang' when the character is in a word cv writes itself (a Korean month name), and says so", () => {
    const dir = tempDir('lang-ko');
    const file = join(dir, 'cv.yaml');
    const lines = ['name: Ada Lovelace', 'updated: 2024-01', 'lang: ko', 'sections:', '  - id: work', '    title: Work', '    kind: experience', '    entries:', '      - { title: Analyst, organization: Engine, start: 2019-05, end: present }', ''];
    writeFileSync(file, lines.join('\n'));
    for (const args of [['validate', file], ['build', '--layout', 'full', '--input', file, '--out', join(dir, 'out')]]) {
      const r = runCv(args);
      expect(r.status).toBe(1);
      const errors = r.stderr.split('\n').filter((l) => / error: /.test(l));
      expect(errors.length).toBeGreaterThan(0);
      for (const e of errors) expect(e).toMatch(new RegExp(`^${file}:3:7: error: character '.' \\(U\\+[0-9A-F]+\\) is in none of the fonts of layout 'full' \\(EBGaramond-Regular\\.ttf\\): it is in the dates and labels cv writes for lang 'ko'; add`, 'u'));
    }
  });
});
