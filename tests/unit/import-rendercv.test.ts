import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseSource } from '../../src/load/index.js';
import { renderCvSource } from '../../src/sources/rendercv/index.js';
import { writeCvYaml } from '../../src/sources/write-yaml.js';
import { validateCv } from '../../src/validate/index.js';
import type { RawCv } from '../../src/validate/raw-cv.js';

const path = fileURLToPath(new URL('../fixtures/import/rendercv-example.yaml', import.meta.url));
const text = readFileSync(path, 'utf8');

function imported(): { raw: RawCv; messages: string[] } {
  const result = renderCvSource.read(text, 'rendercv-example.yaml', {});
  if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join('\n'));
  return { raw: result.raw, messages: result.diagnostics.map((d) => `${d.line}:${d.col} ${d.message}`) };
}

describe('RenderCV import', () => {
  it('is recognised by its top-level cv: key', () => {
    expect(renderCvSource.detect(text, 'x.yaml')).toBe(true);
    expect(renderCvSource.detect('name: Ada\nsections: []\n', 'cv.yaml')).toBe(false);
  });

  it('maps the header, language and social networks', () => {
    const { raw } = imported();
    expect(raw.name).toBe('Grace Hopper');
    expect(raw.lang).toBe('en');
    expect(raw.headline).toBe('Computer scientist and naval officer');
    expect(raw.contact).toEqual({ email: 'grace@example.org', website: 'https://example.org/grace', phone: '+1-555-0100', location: 'Arlington, VA' });
    expect(raw.profiles).toEqual([
      { network: 'GitHub', username: 'ghopper', url: 'https://github.com/ghopper' },
      { network: 'ORCID', username: '0000-0002-1825-0097', url: 'https://orcid.org/0000-0002-1825-0097' },
    ]);
  });

  it('gives each section the kind of its entries', () => {
    const kinds = imported().raw.sections.map((s) => `${s.id}:${s.kind}`);
    expect(kinds).toEqual(['summary:text', 'education:education', 'experience:experience', 'projects:entry', 'publications:publication', 'skills:skills', 'honors:list', 'talks:list']);
  });

  it('keeps nested highlights as sub-bullets and dates as cv.yaml dates', () => {
    const experience = imported().raw.sections.find((s) => s.id === 'experience');
    const first = experience?.entries?.[0] as Record<string, unknown>;
    expect(first['start']).toBe('1949-01');
    expect(first['summary']).toBe('Worked on the UNIVAC I.');
    expect(first['highlights']).toEqual([
      'Wrote the A-0 System, an early compiler',
      { text: 'Directed the development of FLOW-MATIC', highlights: ['The first English-like data processing language', 'A direct ancestor of COBOL'] },
    ]);
  });

  it('turns *Name* owner marks into plain authors and the other spellings into aliases', () => {
    const { raw } = imported();
    const pubs = raw.sections.find((s) => s.kind === 'publication')?.entries as { authors: string[] }[];
    expect(pubs.map((p) => p.authors)).toEqual([['G. M. Hopper'], ['Howard H. Aiken', 'Grace Hopper']]);
    expect(raw.aliases).toEqual(['G. M. Hopper']);
  });

  it('keeps a reversed-numbered list numbered, newest first', () => {
    expect(imported().raw.sections.find((s) => s.id === 'talks')).toEqual({
      id: 'talks', title: 'Talks', kind: 'list', numbering: 'descending', entries: ['Future Possibilities for Data Processing (1982)', 'Nanoseconds (1985)'],
    });
  });

  it('warns about design at its line', () => {
    expect(imported().messages).toEqual([
      "78:1 'design' holds RenderCV's own settings; cv layouts (layouts/*.yaml) do this job, so it is not imported",
      "80:1 'locale' holds RenderCV's own language strings; cv layouts (layouts/*.yaml) do this job, so it is not imported (its language became lang: en)",
    ]);
  });

  it('writes a cv.yaml that validates without errors', () => {
    const yaml = writeCvYaml(imported().raw, { schemaPath: './schema/cv.schema.json', from: 'rendercv-example.yaml (RenderCV)' });
    expect(yaml.split('\n')[0]).toBe('# yaml-language-server: $schema=./schema/cv.schema.json');
    const loaded = parseSource('cv.yaml', new TextEncoder().encode(yaml));
    if (!loaded.ok) throw new Error(loaded.diagnostics.map((d) => d.message).join('\n'));
    const checked = validateCv(loaded.doc);
    expect(checked.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(checked.ok).toBe(true);
  });
});

/** What real RenderCV files do that the example above does not: written for these tests. */
const academic = `cv:
  name: Rosa Petrova
  email: rosa@example.org
  custom_connections:
    - fontawesome_icon: flask
      placeholder: petrova-lab.example.org
      url: https://petrova-lab.example.org/
  sections:
    education:
      - institution: Sofia University
        area: Physics
        degree: PhD
        start_date: 2008
        end_date: 2013
    awards:
      - institution: Early Career Award
        area: Geological Society
        date: 2019
    teaching:
      - company: PHYS 101
        position: Introductory Physics
        date: 2021 - 2024
        url: https://phys101.example.org
      - company: PHYS 201
        position: Waves
        date: 2025 - present
      - company: PHYS 301
        position: Optics
        date: 2020,2024
    publications:
      - title: Waves in Granular Media
        authors: ['**R. Petrova**', '*Ivan Georgiev*', Mara Lind, '*Ivan Georgiev*']
        date: 2020
      - title: Seismic Noise
        authors: ['**Rosa M. Petrova**', '**Mara Lind**']
        date: 2021
`;

describe('RenderCV import of an academic CV', () => {
  const result = renderCvSource.read(academic, 'academic.yaml', {});
  if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join('\n'));
  const { raw } = result;
  const messages = result.diagnostics.map((d) => `${d.line}:${d.col} ${d.message}`);
  const section = (id: string) => raw.sections.find((s) => s.id === id) as { kind: string; entries: Record<string, unknown>[] };

  it('takes **bold** as the owner mark when the file uses it, and *italic* names as co-authors, never as aliases', () => {
    expect(raw.aliases).toEqual(['R. Petrova', 'Rosa M. Petrova']);
    expect(section('publications').entries.map((e) => e['authors'])).toEqual([
      ['R. Petrova', 'Ivan Georgiev', 'Mara Lind', 'Ivan Georgiev'],
      ['Rosa M. Petrova', 'Mara Lind'],
    ]);
    expect(messages.filter((m) => m.includes('emphasised'))).toEqual([
      "32:37 '*Ivan Georgiev*' is emphasised, but this file marks the owner with **...**, and cv prints co-authors plain; imported as a plain author name",
      "35:42 '**Mara Lind**' is emphasised, but it is not a spelling of Rosa Petrova; add it to 'aliases' if it is you; imported as a plain author name",
    ]);
  });

  it('reads a range written in date as start and end, and warns about the text that is neither', () => {
    expect(section('teaching').entries.map((e) => [e['start'], e['end'], e['date']])).toEqual([
      ['2021', '2024', undefined], ['2025', 'present', undefined], [undefined, undefined, undefined],
    ]);
    expect(messages).toContain("29:9 '2020,2024' is not a date cv.yaml reads (YYYY, YYYY-MM, YYYY-MM-DD or present); not imported");
  });

  it('keeps education entries that are no degrees (awards laid out as education) out of the education kind', () => {
    expect(section('education').kind).toBe('education');
    expect(section('awards')).toEqual({ id: 'awards', title: 'Awards', kind: 'entry', entries: [{ title: 'Early Career Award', subtitle: 'Geological Society', date: '2019' }] });
  });

  it("imports an entry's url as a link and custom_connections as profiles", () => {
    expect(section('teaching').entries[0]?.['links']).toEqual([{ label: 'Website', url: 'https://phys101.example.org' }]);
    expect(raw.profiles).toEqual([{ label: 'petrova-lab.example.org', url: 'https://petrova-lab.example.org/' }]);
    expect(messages.filter((m) => m.includes('has no place'))).toEqual([]);
  });
});
