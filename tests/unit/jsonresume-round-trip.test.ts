import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv } from 'ajv';
import { parseSource } from '../../src/load/index.js';
import { exportJsonResume } from '../../src/outputs/jsonresume/index.js';
import { jsonResumeSource } from '../../src/sources/jsonresume/index.js';
import { writeCvYaml } from '../../src/sources/write-yaml.js';
import { validateCv } from '../../src/validate/index.js';
import type { RawCv } from '../../src/validate/raw-cv.js';
import { REPO } from '../helpers/cli-run.js';

const require = createRequire(import.meta.url);
/** The JSON Resume project's own sample and schema, from the npm package (a devDependency), never fetched. */
const samplePath = require.resolve('@jsonresume/schema/sample.resume.json');
const sampleText = readFileSync(samplePath, 'utf8');
const sample = JSON.parse(sampleText) as Record<string, unknown>;
const officialSchema = JSON.parse(readFileSync(require.resolve('@jsonresume/schema/schema.json'), 'utf8')) as object;

/** JSON Resume -> cv.yaml text -> validated RawCv, as `cv import` then `cv build` see it. */
function importThroughYaml(text: string): { raw: RawCv; warnings: string[]; yaml: string } {
  const read = jsonResumeSource.read(text, 'sample.resume.json', {});
  if (!read.ok) throw new Error(read.diagnostics.map((d) => d.message).join('\n'));
  const yaml = writeCvYaml(read.raw, { schemaPath: './schema/cv.schema.json', from: 'sample.resume.json (JSON Resume)' });
  const loaded = parseSource('cv.yaml', new TextEncoder().encode(yaml));
  if (!loaded.ok) throw new Error(loaded.diagnostics.map((d) => d.message).join('\n'));
  const checked = validateCv(loaded.doc);
  if (!checked.ok) throw new Error(checked.diagnostics.map((d) => `${d.line}:${d.col} ${d.message}`).join('\n'));
  return { raw: checked.cv, warnings: read.diagnostics.map((d) => `${d.line}:${d.col}: ${d.message}`), yaml };
}

/** Every leaf of a JSON value with its path, e.g. ["work.0.highlights.1", "Successfully won..."]. */
function leaves(value: unknown, path = ''): [string, unknown][] {
  if (value === null || typeof value !== 'object') return [[path, value]];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => leaves(v, path === '' ? k : `${path}.${k}`));
}

function validator() {
  const ajv = new Ajv({ allErrors: true, strict: false });
  // The two formats the official schema uses, checked as a JSON Resume consumer would.
  ajv.addFormat('email', /^[^\s@]+@[^\s@]+\.[^\s@]+$/);
  ajv.addFormat('uri', (s: string) => URL.canParse(s));
  return ajv.compile(officialSchema);
}

describe('JSON Resume round trip', () => {
  const { raw, warnings, yaml } = importThroughYaml(sampleText);
  const exported = exportJsonResume(raw);

  it('imports the official sample into a cv.yaml that validates, warning only about what has no place', () => {
    expect(warnings).toEqual([
      '35:7: work[0].description has no place in cv.yaml; not imported',
      '133:7: projects[0].type has no place in cv.yaml; not imported',
      '136:3: meta has no place in cv.yaml; not imported',
    ]);
    expect(yaml).toContain('  - id: volunteer\n    title: Volunteering\n    kind: experience\n');
  });

  it('exports a document the official JSON Resume schema accepts', () => {
    const validate = validator();
    expect(validate(exported.resume) ? [] : validate.errors).toEqual([]);
  });

  it('keeps every value of the sample at its place, except the ones the import warned about', () => {
    const out = new Map(leaves(exported.resume));
    const warned = ['work.0.description', 'projects.0.type', 'meta.', '$schema', 'basics.image'];
    const missing: string[] = [];
    for (const [path, value] of leaves(sample)) {
      if (warned.some((w) => path === w || path.startsWith(w))) continue;
      if (path.startsWith('basics.location.')) {
        // cv.yaml keeps the location as one line; each part is still there, in order.
        if (!String(out.get('basics.location.address')).includes(String(value))) missing.push(`${path}=${String(value)}`);
        continue;
      }
      if (out.get(path) !== value) missing.push(`${path}: ${JSON.stringify(value)} became ${JSON.stringify(out.get(path))}`);
    }
    expect(missing).toEqual([]);
    expect(sample['basics']).toMatchObject({ image: '' });
  });

  it('a second round trip changes nothing', () => {
    const again = exportJsonResume(importThroughYaml(JSON.stringify(exported.resume, null, 2)).raw);
    expect(again.resume).toEqual(exported.resume);
  });

  it("exports the repository's cv.yaml as valid JSON Resume and lists what it leaves out", () => {
    const loaded = parseSource('cv.yaml', readFileSync(`${REPO}/cv.yaml`));
    if (!loaded.ok) throw new Error('cv.yaml does not load');
    const checked = validateCv(loaded.doc);
    if (!checked.ok) throw new Error('cv.yaml does not validate');
    const { resume, unsupported } = exportJsonResume(checked.cv);
    const validate = validator();
    expect(validate(resume) ? [] : validate.errors).toEqual([]);
    expect(unsupported).toContain('sections.talks: a talk section (3 entries); JSON Resume has no place for it');
    expect(unsupported).toContain('sections.publications: authors (13 entries)');
    expect((resume['publications'] as unknown[]).length).toBe(13);
    expect((resume['work'] as { name: string }[]).map((w) => w.name)).toEqual(['NVIDIA', 'NVIDIA', 'Georgia Institute of Technology', 'Seoul National University']);
  });
});
