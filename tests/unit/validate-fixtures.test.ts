import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Diagnostic } from '../../src/diagnostics/types.js';
import { parseSource } from '../../src/load/index.js';
import { validateCv } from '../../src/validate/index.js';

const root = fileURLToPath(new URL('../fixtures/', import.meta.url));
const invalidDir = join(root, 'invalid');
const validDir = join(root, 'valid');

/** Load + validate, as `cv validate` does, returning every diagnostic as one line. */
function diagnose(name: string, bytes: Uint8Array): { ok: boolean; lines: string[] } {
  const loaded = parseSource(name, bytes);
  const diagnostics: Diagnostic[] = loaded.ok ? validateCv(loaded.doc).diagnostics : loaded.diagnostics;
  const ok = loaded.ok && diagnostics.every((d) => d.severity !== 'error');
  return { ok, lines: diagnostics.map((d) => `${d.file}:${d.line}:${d.col}: ${d.severity}: ${d.message}`) };
}

const cases = readdirSync(invalidDir)
  .filter((f) => f.endsWith('.yaml'))
  .sort();

describe('invalid fixtures report exactly the expected diagnostics', () => {
  it('has fixtures', () => expect(cases.length).toBeGreaterThan(10));

  it.each(cases)('%s', (file) => {
    const expected = readFileSync(join(invalidDir, file.replace(/\.yaml$/, '.expected.txt')), 'utf8').trimEnd().split('\n');
    const { lines } = diagnose(file, readFileSync(join(invalidDir, file)));
    expect(lines).toEqual(expected);
  });

  it('invalid UTF-8 is reported at the first bad byte', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('name: Ada\nsections: []\nnote: caf'), 0xe9, 0x0a]);
    expect(diagnose('latin1.yaml', bytes).lines).toEqual(['latin1.yaml:3:10: error: invalid UTF-8 (byte 0xE9); save the file as UTF-8']);
  });

  it('a file just under the 4 MiB limit validates in linear time', () => {
    const entry = (i: number): string =>
      // ~500 bytes each: a CV holds at most 10,000 entries.
      `      - "Paragraph ${i}: ${'with **bold**, *italic* and [a link](https://example.org/${i}) to pad the file. '.repeat(5)}"\n`;
    const parts = ['name: Ada Lovelace\nsections:\n  - id: notes\n    title: Notes\n    kind: text\n    entries:\n'];
    let size = parts[0]?.length ?? 0;
    for (let i = 0; size < 4000 * 1024; i++) {
      const line = entry(i);
      parts.push(line);
      size += line.length;
    }
    const bytes = new TextEncoder().encode(parts.join(''));
    // A hang or runaway memory would fail on jest's timeout; speed itself is for npm run bench.
    const result = diagnose('big.yaml', bytes);
    expect(result).toEqual({ ok: true, lines: [] });
  });
});

describe('valid fixtures', () => {
  const valid = readdirSync(validDir).filter((f) => f.endsWith('.yaml'));
  it.each(valid)('%s has no errors', (file) => {
    expect(diagnose(file, readFileSync(join(validDir, file))).ok).toBe(true);
  });

  it('the repository cv.yaml is valid', () => {
    const path = fileURLToPath(new URL('../../cv.yaml', import.meta.url));
    const result = diagnose(basename(path), readFileSync(path));
    expect(result.lines.filter((l) => l.includes(': error: '))).toEqual([]);
  });
});
