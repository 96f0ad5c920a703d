import { parseSource } from '../../src/load/index.js';
import { jsonResumeSource } from '../../src/sources/jsonresume/index.js';
import { writeCvYaml } from '../../src/sources/write-yaml.js';
import { validateCv } from '../../src/validate/index.js';

/**
 * Real resume.json files often use the names of JSON Resume before v1.0.0
 * (company, website, gpa) and write "Upon request" for a phone. Written for
 * this test, in that style.
 */
const legacy = `{
  "basics": {
    "name": "Lin Okafor",
    "email": "lin@example.org",
    "phone": "Upon request",
    "website": "https://lin.example.org/",
    "location": { "address": "Upon request", "city": "Leeds" }
  },
  "work": [
    { "company": "Harbour Labs", "position": "Engineer", "website": "https://harbour.example.com/", "startDate": "2016-11-07" },
    { "name": "Kiln", "company": "Kiln Ltd", "position": "Intern", "startDate": "2015" }
  ],
  "education": [{ "institution": "Leeds University", "studyType": "BSc", "area": "Physics", "gpa": "3.9" }],
  "publications": [{ "name": "A Note on Kilns", "publisher": "Kiln Press", "releaseDate": "2019", "website": "https://kiln.example.com/note" }]
}`;

describe('JSON Resume import of pre-v1.0.0 field names', () => {
  const result = jsonResumeSource.read(legacy, 'resume.json', {});
  if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join('\n'));
  const { raw } = result;
  const messages = result.diagnostics.map((d) => `${d.line}:${d.col} ${d.message}`);
  const entries = (id: string) => (raw.sections.find((s) => s.id === id)?.entries ?? []) as Record<string, unknown>[];

  it('puts company, website and gpa where their v1.0.0 names go', () => {
    expect(raw.contact).toEqual({ email: 'lin@example.org', website: 'https://lin.example.org/', location: 'Upon request, Leeds' });
    expect(entries('experience')[0]).toMatchObject({ title: 'Engineer', organization: 'Harbour Labs', links: [{ label: 'Website', url: 'https://harbour.example.com/' }] });
    expect(entries('education')[0]).toMatchObject({ score: '3.9' });
    expect(entries('publications')[0]).toMatchObject({ url: 'https://kiln.example.com/note' });
  });

  it('keeps the v1.0.0 name when both are given and warns about the other', () => {
    expect(entries('experience')[1]).toMatchObject({ organization: 'Kiln' });
    expect(messages).toContain('11:23 work[1].company has no place in cv.yaml; not imported');
  });

  it('warns about a phone with no digits instead of writing a cv.yaml that fails validation', () => {
    expect(messages).toContain("5:5 phone 'Upon request' has no digits to dial; not imported");
    const yaml = writeCvYaml(raw, { schemaPath: './schema/cv.schema.json', from: 'resume.json (JSON Resume)' });
    const loaded = parseSource('cv.yaml', new TextEncoder().encode(yaml));
    if (!loaded.ok) throw new Error(loaded.diagnostics.map((d) => d.message).join('\n'));
    expect(validateCv(loaded.doc).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});
