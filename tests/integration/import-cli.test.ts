import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { load } from 'js-yaml';
import { printedStrings } from '../helpers/cv-content.js';
import { CV_YAML, expectOk, REPO, removeTempDirs, runCv, runCvAsync, sha256, tempDir } from '../helpers/cli-run.js';
import type { Json } from '../helpers/cli-run.js';
import { findText, normalizeText, pdfPages } from '../helpers/pdf-read.js';
import { textRuns } from '../helpers/pdf-runs.js';

const require = createRequire(import.meta.url);
const FIXTURES = join(REPO, 'tests/fixtures/import');
const BIB = join(FIXTURES, 'denolle.bib');
const OWNER = 'Marine Denolle';

afterAll(removeTempDirs);

/** The fixture .bib without its deliberately broken entry, so that it builds. */
function cleanBib(dir: string): string {
  const text = readFileSync(BIB, 'utf8');
  const start = text.indexOf('@article{denolle2024broken');
  const path = join(dir, 'refs.bib');
  writeFileSync(path, text.slice(0, start) + text.slice(text.indexOf('@article{lee2023')));
  return path;
}

async function fullText(pdf: string): Promise<string> {
  return normalizeText((await pdfPages(pdf)).join('\n'));
}

/** Strings of an imported cv.yaml that the full CV does not print. */
async function unprinted(yamlPath: string, pdf: string): Promise<string[]> {
  const text = await fullText(pdf);
  return printedStrings(load(readFileSync(yamlPath, 'utf8')) as Json)
    .filter((s) => findText(text, s.text).index < 0)
    .map((s) => `${s.path}: ${s.text}`);
}

describe('cv import FILE (BibTeX)', () => {
  const dir = tempDir('import-bib');
  const out = join(dir, 'cv.yaml');
  let run: ReturnType<typeof runCv>;
  beforeAll(() => {
    run = runCv(['import', BIB, '--name', OWNER, '--out', out]);
  });

  it('imports every good entry, names the broken one at its line, and exits 1', () => {
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${relative(REPO, BIB)}:245:1: error: entry 'denolle2024broken' is not closed`);
    expect(run.stdout).toBe(`${out}: written (1 section, 31 entries)\n`);
    const cv = load(readFileSync(out, 'utf8')) as Json;
    expect(cv['aliases']).toEqual(['Marine A. Denolle', 'M. A. Denolle', 'M. Denolle', 'Marine Alice Denolle']);
  });

  it('writes a cv.yaml that starts with the schema line and validates', () => {
    expect(readFileSync(out, 'utf8').split('\n')[0]).toBe(`# yaml-language-server: $schema=${join(REPO, 'schema/cv.schema.json')}`);
    const v = runCv(['validate', out]);
    expect(v.stderr).not.toContain('error');
    expect(v.status).toBe(0);
  });

  it('builds all three layouts, with accents intact and the owner bold in every author list', async () => {
    const pdfDir = join(dir, 'out');
    expectOk(await runCvAsync(['build', '--input', out, '--out', pdfDir]), 'build of the imported .bib');
    const pubs = join(pdfDir, 'marine-denolle-publications.pdf');
    const text = await fullText(pubs);
    for (const s of ['Jörg Müller', 'Antonín Dvořák', 'Lucía García', 'Séismes à Montréal et Åre', 'Søren Østergaard', 'Jan van der Berg', 'John Smith, Jr.', 'IRIS Data Management Center', 'H/V ratios in the Paris basin']) {
      expect(findText(text, s).index).toBeGreaterThanOrEqual(0);
    }
    const runs = textRuns(pubs).filter((r) => r.text.trim() !== OWNER);
    const owner = runs.filter((r) => r.text.includes('Denolle'));
    expect(owner.length).toBeGreaterThanOrEqual(20);
    expect(owner.filter((r) => !r.bold).map((r) => r.text)).toEqual([]);
    const coauthors = runs.filter((r) => /Dunham|Beroza|Müller|Fontaine|Gualtieri/.test(r.text));
    expect(coauthors.length).toBeGreaterThan(5);
    expect(coauthors.filter((r) => r.bold).map((r) => r.text)).toEqual([]);
    expect(existsSync(join(pdfDir, 'marine-denolle-cv.pdf'))).toBe(true);
  });

  it('refuses to overwrite an existing --out unless --force', () => {
    const before = readFileSync(out, 'utf8');
    const again = runCv(['import', BIB, '--name', OWNER, '--out', out]);
    expect(again.status).toBe(2);
    expect(again.stderr).toBe(`cv: ${out} exists; choose another --out, or add --force to overwrite it\n`);
    expect(readFileSync(out, 'utf8')).toBe(before);
    expect(runCv(['import', BIB, '--name', OWNER, '--out', out, '--force']).status).toBe(1);
  });

  it('says so when a .bib has no owner', () => {
    const r = runCv(['import', BIB, '--out', join(dir, 'nameless.yaml')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('give the owner with --name "Full Name"');
    expect(existsSync(join(dir, 'nameless.yaml'))).toBe(false);
  });
});

describe('a .bib named from cv.yaml', () => {
  const dir = tempDir('live-bib');
  const bib = cleanBib(dir);

  it('builds the same publication list as its import, and the same bytes twice', async () => {
    const imported = join(dir, 'imported.yaml');
    expect(runCv(['import', bib, '--name', OWNER, '--out', imported]).status).toBe(0);
    const aliases = (load(readFileSync(imported, 'utf8')) as Json)['aliases'] as string[];
    const live = join(dir, 'cv.yaml');
    writeFileSync(live, `name: ${OWNER}\naliases: ${JSON.stringify(aliases)}\nsections:\n  - id: publications\n    title: Publications\n    kind: publication\n    bibtex: refs.bib\n`);
    const [a, b, c] = await Promise.all([
      runCvAsync(['build', '--input', imported, '--out', join(dir, 'a'), '--layout', 'publications']),
      runCvAsync(['build', '--input', live, '--out', join(dir, 'b'), '--layout', 'publications']),
      runCvAsync(['build', '--input', live, '--out', join(dir, 'c'), '--layout', 'publications']),
    ]);
    for (const r of [a, b, c]) expectOk(r, 'publications build');
    const pdf = (d: string) => join(dir, d, 'marine-denolle-publications.pdf');
    expect((await pdfPages(pdf('b'))).join('\n')).toBe((await pdfPages(pdf('a'))).join('\n'));
    expect(sha256(pdf('c'))).toBe(sha256(pdf('b')));
  });

  it('applies overrides by key and points at mistakes in cv.yaml and in the .bib', () => {
    const live = join(dir, 'overrides.yaml');
    writeFileSync(
      live,
      [
        `name: ${OWNER}`,
        'aliases: [Marine A. Denolle]',
        'sections:',
        '  - id: publications',
        '    title: Publications',
        '    kind: publication',
        '    bibtex: refs.bib',
        '    overrides:',
        '      denolle2014strong: { selected: true, equal: [1, Eric M. Dunham], corresponding: [1] }',
        '      nosuchkey: { selected: true }',
        '',
      ].join('\n'),
    );
    const r = runCv(['validate', live]);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain(`${live}:10:7: warning: 'refs.bib' has no entry 'nosuchkey'; this override applies to nothing`);
    expect(r.stderr).toContain(`${bib}:96:1: warning: the owner is not among the authors of 'kim2020ms'`);
    const missing = join(dir, 'missing.yaml');
    writeFileSync(missing, `name: ${OWNER}\nsections:\n  - id: publications\n    title: Publications\n    kind: publication\n    bibtex: nope.bib\n`);
    const m = runCv(['build', '--input', missing, '--out', join(dir, 'm')]);
    expect(m.status).toBe(1);
    expect(m.stderr).toContain(`${missing}:6:5: error: cannot read 'nope.bib' (no such file); the path is relative to ${missing}`);
  });
});

describe('cv import --into', () => {
  it("adds a .bib's publications to an existing cv.yaml, keeping its comments", () => {
    const dir = tempDir('import-into');
    const cv = join(dir, 'cv.yaml');
    copyFileSync(CV_YAML, cv);
    const bib = join(dir, 'new.bib');
    writeFileSync(
      bib,
      [
        '@inproceedings{bluff, author = {Das, Nilaksh and Park, Haekyu}, title = {Bluff: Interactively Deciphering Adversarial Attacks on Deep Neural Networks}, booktitle = {IEEE VIS}, year = 2020}',
        '@article{park2021, author = {Park, Haekyu and Chau, Duen Horng}, title = {Neuro{C}artography: Scalable Automatic Visual Summarization of Concepts in Deep Neural Networks}, journal = {IEEE Transactions on Visualization and Computer Graphics}, year = 2021, doi = {10.1109/TVCG.2021.3114858}}',
        '',
      ].join('\n'),
    );
    const before = readFileSync(cv, 'utf8');
    const r = runCv(['import', bib, '--into', cv]);
    expect(r.stderr).toContain("cv: 'Bluff: Interactively Deciphering Adversarial Attacks on Deep Neural Networks' is already in");
    expect(r.status).toBe(0);
    const after = readFileSync(cv, 'utf8');
    // Purely additive: cutting out the one inserted block gives back the owner's file byte for byte.
    let i = 0;
    while (i < before.length && before[i] === after[i]) i++;
    expect(after.slice(0, i) + after.slice(i + after.length - before.length)).toBe(before);
    expect(after.slice(i, i + after.length - before.length)).toMatch(/^ {6}- id: park2021\n/);
    const parsed = load(after) as { aliases: string[]; sections: { kind: string; entries: { title: string; doi?: string }[] }[] };
    const pubs = parsed.sections.find((s) => s.kind === 'publication')?.entries ?? [];
    expect(pubs).toHaveLength(14);
    expect(pubs[13]).toMatchObject({ title: 'NeuroCartography: Scalable Automatic Visual Summarization of Concepts in Deep Neural Networks', doi: '10.1109/TVCG.2021.3114858' });
    expect(runCv(['validate', cv]).status).toBe(0);
  });
});

describe('cv import FILE (RenderCV and JSON Resume)', () => {
  it.each([
    ['RenderCV', join(FIXTURES, 'rendercv-example.yaml'), 'grace-hopper'],
    ['JSON Resume', require.resolve('@jsonresume/schema/sample.resume.json'), 'richard-hendriks'],
  ])('%s: imports, validates and builds all three layouts, printing every value', async (_format, file, slug) => {
    const dir = tempDir('import-other');
    const out = join(dir, 'cv.yaml');
    const r = runCv(['import', file, '--out', out]);
    expect(r.status).toBe(0);
    expect(runCv(['validate', out]).status).toBe(0);
    expectOk(await runCvAsync(['build', '--input', out, '--out', join(dir, 'out')]), 'build');
    for (const layout of ['cv', 'resume', 'publications']) expect(existsSync(join(dir, 'out', `${slug}-${layout}.pdf`))).toBe(true);
    expect(await unprinted(out, join(dir, 'out', `${slug}-cv.pdf`))).toEqual([]);
  });
});

describe('cv export jsonresume', () => {
  it('writes resume.json and lists on stderr what JSON Resume cannot hold', () => {
    const dir = tempDir('export');
    const out = join(dir, 'resume.json');
    const r = runCv(['export', 'jsonresume', '--input', CV_YAML, '--out', out]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`${out}: written (JSON Resume v1.0.0)\n`);
    expect(r.stderr).toContain('  sections.talks: a talk section (3 entries); JSON Resume has no place for it\n');
    const resume = JSON.parse(readFileSync(out, 'utf8')) as { basics: { name: string } };
    expect(resume.basics.name).toBe('Haekyu Park');
    expect(runCv(['export', 'jsonresume', '--input', CV_YAML, '--out', out]).status).toBe(2);
  });
});

describe('cv import of files it cannot use', () => {
  it('says which file, where, and exits 4, 1 or 1', () => {
    const dir = tempDir('import-bad');
    const missing = runCv(['import', join(dir, 'nope.json'), '--out', join(dir, 'a.yaml')]);
    expect([missing.status, missing.stderr]).toEqual([4, `${join(dir, 'nope.json')}: error: cannot read file: no such file\n`]);
    const latin1 = join(dir, 'latin1.bib');
    writeFileSync(latin1, Buffer.from([...Buffer.from('@misc{a, title={Caf'), 0xe9, ...Buffer.from('}}\n')]));
    const bad = runCv(['import', latin1, '--name', OWNER, '--out', join(dir, 'b.yaml')]);
    expect([bad.status, bad.stderr]).toEqual([1, `${latin1}:1:20: error: invalid UTF-8 (byte 0xE9); save the file as UTF-8\n`]);
    const prose = join(dir, 'notes.txt');
    writeFileSync(prose, 'Just some notes.\n');
    const unknown = runCv(['import', prose, '--out', join(dir, 'c.yaml')]);
    expect([unknown.status, unknown.stderr]).toEqual([1, `${prose}: error: cannot tell its format (JSON Resume, RenderCV YAML or BibTeX); name it with --from\n`]);
    expect(existsSync(join(dir, 'a.yaml')) || existsSync(join(dir, 'b.yaml')) || existsSync(join(dir, 'c.yaml'))).toBe(false);
  });
});
