import { parseSource } from '../../src/load/index.js';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('parseSource', () => {
  it('keeps dates as strings and records key and value positions', () => {
    const r = parseSource('cv.yaml', enc('name: Ada\nsections:\n  - id: edu\n    start: 2018-08-01\n    year: 2019\n'));
    if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
    expect(r.doc.value).toEqual({ name: 'Ada', sections: [{ id: 'edu', start: '2018-08-01', year: 2019 }] });
    expect(r.doc.locations.get('/sections/0/start')).toEqual({
      key: { line: 4, col: 5, offset: 36 },
      value: { line: 4, col: 12, offset: 43 },
    });
    expect(r.doc.locations.get('/sections/0')?.value).toMatchObject({ line: 3, col: 5 });
    expect(r.doc.locations.get('')?.value).toMatchObject({ line: 1, col: 1 });
  });

  it('points quoted scalars at their opening quote and escapes pointer segments', () => {
    const r = parseSource('x.yaml', enc('"a/b~c": \'v\'\n'));
    if (!r.ok) throw new Error('expected ok');
    expect(r.doc.locations.get('/a~1b~0c')).toMatchObject({ key: { col: 1 }, value: { col: 10 } });
  });

  it('finds every node by pointer, and none inside an alias, past a list, or by a non-canonical index', () => {
    const r = parseSource('x.yaml', enc('base: &b\n  x: 1\nlist:\n  - p\n  - q\ncopy: *b\n"01": z\n'));
    if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
    const at = (p: string) => r.doc.locations.get(p)?.value.line;
    expect([at('/base'), at('/base/x'), at('/list/0'), at('/list/1'), at('/copy'), at('/01')]).toEqual([2, 2, 4, 5, 6, 7]);
    expect(r.doc.locations.get('/copy/x')).toBeUndefined(); // the alias has a place, what it copies has none here
    for (const p of ['/list/2', '/list/01', '/list/-1', '/list/0/deeper', '/nope', 'base', '/base/x/y']) expect(r.doc.locations.get(p)).toBeUndefined();
    const offsets = r.doc.locations.valueOffsets();
    expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
    expect(offsets.length).toBe(8); // the root, base, x, list, p, q, copy and '01': each node once
  });

  it('strips a BOM without shifting columns', () => {
    const r = parseSource('x.yaml', new Uint8Array([0xef, 0xbb, 0xbf, ...enc('a: 1\n')]));
    if (!r.ok) throw new Error('expected ok');
    expect(r.doc.text).toBe('a: 1\n');
    expect(r.doc.locations.get('/a')?.value).toMatchObject({ line: 1, col: 4 });
  });

  it('reports every duplicate key at the second occurrence', () => {
    const r = parseSource('x.yaml', enc('a: 1\nb: 2\na: 3\nb: 4\n'));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.kind).toBe('syntax');
    expect(r.diagnostics.map((d) => `${d.line}:${d.col} ${d.message}`)).toEqual([
      "3:1 duplicate key 'a' (first defined on line 1)",
      "4:1 duplicate key 'b' (first defined on line 2)",
    ]);
  });

  it('shares aliased values and refuses alias bombs', () => {
    const ok = parseSource('x.yaml', enc('a: &x [1, 2]\nb: *x\n'));
    if (!ok.ok) throw new Error('expected ok');
    expect(ok.doc.value).toEqual({ a: [1, 2], b: [1, 2] });
    const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 10; i++) {
      const prev = String.fromCharCode(96 + i);
      const cur = String.fromCharCode(97 + i);
      lines.push(`${cur}: &${cur} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    const bomb = parseSource('x.yaml', enc(lines.join('\n') + '\n'));
    expect(bomb.ok).toBe(false);
    if (bomb.ok) return;
    expect(bomb.diagnostics).toHaveLength(1);
    expect(bomb.diagnostics[0]?.message).toMatch(/refusing to expand/);
  });

  it('reports YAML syntax errors at js-yaml\'s mark', () => {
    const r = parseSource('x.yaml', enc('a: 1\nb: c: d\n'));
    if (r.ok) throw new Error('expected error');
    expect(r.diagnostics[0]).toMatchObject({ line: 2, col: 5, severity: 'error' });
  });

  it('hints that a leading * is an alias', () => {
    const r = parseSource('x.yaml', enc('note: *italic* text\n'));
    if (r.ok) throw new Error('expected error');
    expect(r.diagnostics[0]?.message).toMatch(/read as a YAML alias/);
  });

  it('reports the first invalid UTF-8 byte with line and column', () => {
    const r = parseSource('x.yaml', new Uint8Array([...enc('a: 1\nbé: '), 0xff, ...enc('\n')]));
    if (r.ok) throw new Error('expected error');
    expect(r.diagnostics).toEqual([
      { file: 'x.yaml', line: 2, col: 5, severity: 'error', message: 'invalid UTF-8 (byte 0xFF); save the file as UTF-8' },
    ]);
  });

  it('shows only the line of the first invalid byte, and points a NUL at its place', () => {
    // 1 MB of random-looking invalid bytes after the bad line: the text kept for the snippet ends with that line.
    const tail = new Uint8Array(1_000_000).map((_, i) => (i % 7 === 0 ? 0x0a : 0x80 + (i % 64)));
    const bad = parseSource('x.yaml', new Uint8Array([...enc('a: 1\nb: '), 0xff, ...enc(' rest\n'), ...tail]));
    if (bad.ok) throw new Error('expected error');
    expect(bad.diagnostics.map((d) => [d.line, d.col])).toEqual([[2, 4]]);
    expect(bad.text.split('\n')).toEqual(['a: 1', 'b: \\xFF rest']);
    const nul = parseSource('x.yaml', enc('name: A\nb: "x\u0000y"\n'));
    if (nul.ok) throw new Error('expected error');
    expect(nul.diagnostics).toEqual([{ file: 'x.yaml', line: 2, col: 6, severity: 'error', message: 'invalid YAML: null byte is not allowed in input' }]);
  });

  it('treats an empty file as a null document', () => {
    const r = parseSource('x.yaml', enc('# only a comment\n'));
    if (!r.ok) throw new Error('expected ok');
    expect(r.doc.value).toBeNull();
  });

  it('rejects unsupported tags and more than one document', () => {
    const tag = parseSource('x.yaml', enc('a: !foo 1\n'));
    expect(!tag.ok && tag.diagnostics[0]?.message).toBe("unsupported tag '!foo'");
    const two = parseSource('x.yaml', enc('a: 1\n---\nb: 2\n'));
    expect(!two.ok && two.diagnostics[0]?.message).toMatch(/more than one YAML document/);
  });
});
