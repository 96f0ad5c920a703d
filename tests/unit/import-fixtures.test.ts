import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bibtexSource } from '../../src/sources/bibtex/index.js';
import { jsonResumeSource } from '../../src/sources/jsonresume/index.js';
import { renderCvSource } from '../../src/sources/rendercv/index.js';
import type { ImportSource } from '../../src/sources/import-types.js';

const dir = fileURLToPath(new URL('../fixtures/import/invalid/', import.meta.url));
const SOURCE_BY_EXTENSION: Record<string, ImportSource> = { json: jsonResumeSource, yaml: renderCvSource, bib: bibtexSource };
const cases = readdirSync(dir).filter((f) => !f.endsWith('.expected.txt')).sort();

/** Every diagnostic of one import, one line each, as the CLI prints its first line. */
function diagnose(file: string): string[] {
  const source = SOURCE_BY_EXTENSION[file.split('.').pop() ?? ''] as ImportSource;
  const result = source.read(readFileSync(join(dir, file), 'utf8'), file, { name: 'Ada Lovelace' });
  return result.diagnostics.map((d) => `${d.file}:${d.line}:${d.col}: ${d.severity}: ${d.message}`);
}

describe('invalid import fixtures report exactly the expected diagnostics', () => {
  it('has a fixture for each importer', () => {
    for (const ext of Object.keys(SOURCE_BY_EXTENSION)) expect(cases.some((c) => c.endsWith(`.${ext}`))).toBe(true);
  });

  it.each(cases)('%s', (file) => {
    const expected = readFileSync(join(dir, file.replace(/\.[a-z]+$/, '.expected.txt')), 'utf8').trimEnd().split('\n');
    expect(diagnose(file)).toEqual(expected);
  });
});

