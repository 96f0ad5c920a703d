import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readBib } from '../../src/sources/bibtex/read-bib.js';
import { bibtexSource } from '../../src/sources/bibtex/index.js';
import type { PublicationEntry } from '../../src/validate/raw-cv.js';

const text = readFileSync(fileURLToPath(new URL('../fixtures/import/denolle.bib', import.meta.url)), 'utf8');
const read = readBib(text, 'denolle.bib', { name: 'Marine Denolle', aliases: [] });
const byKey = new Map(read.publications.map((p) => [p.key, p.publication]));
const pub = (key: string): PublicationEntry => {
  const p = byKey.get(key);
  if (p === undefined) throw new Error(`no entry ${key}`);
  return p;
};

describe('BibTeX import of a 34-entry .bib', () => {
  it('imports every entry but the broken one, in file order', () => {
    expect(text.match(/^@(?!string|comment)\w+\{/gim)?.length).toBe(32);
    expect(read.publications).toHaveLength(31);
    expect(byKey.has('denolle2024broken')).toBe(false);
    expect(read.publications[0]?.key).toBe('denolle2014strong');
    expect(read.publications[30]?.key).toBe('denolle2022nsf');
  });

  it('names the broken entry at its line, and goes on', () => {
    const errors = read.diagnostics.filter((d) => d.severity === 'error');
    expect(errors).toEqual([{ file: 'denolle.bib', line: 245, col: 1, severity: 'error', message: "entry 'denolle2024broken' is not closed: a '}' is missing; it is skipped, the others are imported" }]);
    expect(text.split('\n')[244]).toBe('@article{denolle2024broken,');
  });

  it.each([
    ['denolle2014strong', 'journal'], ['denolle2016agu', 'conference'], ['fontaine2017ssa', 'conference'], ['vdberg2018workshop', 'workshop'],
    ['garcia2020neurips', 'workshop'], ['ni2021arxiv', 'preprint'], ['yang2022url', 'preprint'], ['clements2023prep', 'preprint'],
    ['denolle2014thesis', 'thesis'], ['kim2020ms', 'thesis'], ['usgs2019report', 'report'], ['denolle2022nsf', 'report'], ['aki2002book', 'book'],
    ['ssa2021proc', 'book'], ['denolle2020chapter', 'chapter'], ['gualtieri2019inbook', 'chapter'], ['noisepy2022', 'other'], ['seisbench2022', 'other'],
  ])('%s is a %s', (key, type) => {
    expect(pub(key).type).toBe(type);
  });

  it('splits authors with von parts, Last, First, Jr. and corporate names', () => {
    expect(pub('vdberg2018workshop').authors).toEqual(['Jan van der Berg', 'M. Denolle', 'Jean de la Fontaine']);
    expect(pub('denolle2016agu').authors).toEqual(['M. Denolle', 'Jan van der Berg', 'Ludwig van Beethoven']);
    expect(pub('smithjr2018').authors).toEqual(['John Smith, Jr.', 'Marine A. Denolle']);
    expect(pub('iris2020corporate').authors).toEqual(['IRIS Data Management Center', 'Marine A. Denolle']);
    expect(pub('usgs2019report').authors).toEqual(['U.S. Geological Survey']);
    expect(pub('tilde2017').authors).toEqual(['M. Denolle', 'Ming Li']);
  });

  it('turns LaTeX accents and commands into Unicode, composed', () => {
    expect(pub('muller2019dva').authors).toEqual(['Jörg Müller', 'Marine Denolle', 'Lucía García']);
    expect(pub('novak2016czech').authors).toEqual(['Petr Novák', 'Antonín Dvořák', 'Marine A. Denolle']);
    expect(pub('santos2015accents').authors).toEqual(['João Santos', 'François Caçar', 'Søren Østergaard', 'M. A. Denolle']);
    expect(pub('santos2015accents').title).toBe('Séismes à Montréal et Åre : Îles et fjords');
    expect(pub('santos2015accents').venue?.name).toBe('Bulletin de la Société Géologique de France');
    expect(pub('muller2019dva').title).toBe('Seismic velocity changes in Los Angeles from DAS — a case study');
    expect(pub('tilde2017').title).toBe('Shallow velocity structure in 100% data-driven models');
    expect(pub('denolle2019math').title).toBe('Stress drop of Mw 4 earthquakes and the ω² model');
    expect(JSON.stringify(read.publications)).not.toMatch(/\u0131|\u0301/);
  });

  it('keeps the title case as written, braces removed, \\emph as italic', () => {
    expect(pub('denolle2014strong').title).toBe('Strong Ground Motion Prediction Using Virtual Earthquakes');
    expect(pub('fontaine2017ssa').title).toBe('H/V ratios in the Paris basin');
    expect(pub('noisepy2022').title).toBe('NoisePy: a Python package for ambient noise cross correlations');
    expect(pub('smithjr2018').title).toBe('Site amplification in the *Seattle* basin');
  });

  it('keeps doi, url, eprint, volume, number, pages, publisher, year and month', () => {
    expect(pub('denolle2014strong')).toMatchObject({ venue: { name: 'Science' }, volume: '343', number: '6169', pages: '399--403', date: '2014-01', doi: '10.1126/science.1245678' });
    expect(pub('denolle2013ambient')).toMatchObject({ venue: { name: 'Journal of Geophysical Research: Solid Earth' }, date: '2013', doi: '10.1029/2012JB009603' });
    expect(pub('muller2019dva')).toMatchObject({ date: '2019-07', doi: '10.1029/2019GL083254', venue: { name: 'Geophysical Research Letters' } });
    expect(pub('ni2021arxiv')).toMatchObject({ venue: { name: 'arXiv' }, links: [{ label: 'arXiv', url: 'https://arxiv.org/abs/2110.01234' }] });
    expect(pub('denolle2020chapter')).toMatchObject({ publisher: 'Cambridge University Press', pages: '250--285', venue: { name: 'Seismic Ambient Noise' } });
    expect(pub('wang2021').url).toBe('https://www.nature.com/articles/s41561-021-00789-1');
    expect(pub('tilde2017').date).toBe('2017-03');
    expect(pub('zhang2022').date).toBe('2022-03-15');
    expect(pub('denolle2014thesis')).toMatchObject({ venue: { name: 'Stanford University' }, note: 'PhD thesis' });
    expect(pub('usgs2019report').number).toBe('2019-1001');
    expect(pub('missing2021')).toEqual({ title: 'An entry without a journal or year', authors: ['Marine A. Denolle', 'Yiyu Ni'], type: 'journal' });
  });

  it("finds the owner's other spellings, but not other people's", () => {
    expect(read.newAliases).toEqual(['Marine A. Denolle', 'M. A. Denolle', 'M. Denolle', 'Marine Alice Denolle']);
  });

  it('warns about fields with no place, at the field', () => {
    const abstract = read.diagnostics.find((d) => d.message.includes("'abstract'"));
    expect(abstract).toMatchObject({ line: 185, col: 3, severity: 'warning', message: "entry 'denolle2019math': 'abstract', 'keywords' have no place in cv.yaml; not imported" });
  });

  it('as a source, needs --name and writes the aliases and ids', () => {
    expect(bibtexSource.read(text, 'denolle.bib', {})).toMatchObject({ ok: false, diagnostics: [{ line: 0, message: 'a .bib file does not say whose CV it is; give the owner with --name "Full Name"' }] });
    const result = bibtexSource.read(text, 'denolle.bib', { name: 'Marine Denolle' });
    if (!result.ok) throw new Error('expected ok');
    expect(result.raw.aliases).toHaveLength(4);
    const entries = result.raw.sections[0]?.entries as PublicationEntry[];
    expect(entries.map((e) => e.id).slice(0, 3)).toEqual(['denolle2014strong', 'denolle2013ambient', 'muller2019dva']);
    expect(bibtexSource.detect(text, 'refs.txt')).toBe(true);
    expect(bibtexSource.detect('{"basics": {}}', 'resume.json')).toBe(false);
  });
});
