/**
 * One check, one answer (issue 14): characters no CV text may hold, and one
 * link rule for every place a link comes from (URL fields, markup links, the
 * e-mail address, the phone number).
 */
import { parseSource } from '../../src/load/index.js';
import { validateCv } from '../../src/validate/index.js';
import { linkProblem } from '../../src/validate/checks/link-scheme.js';

function validate(yaml: string) {
  const loaded = parseSource('cv.yaml', new TextEncoder().encode(yaml));
  if (!loaded.ok) throw new Error(loaded.diagnostics.map((d) => d.message).join('\n'));
  return validateCv(loaded.doc);
}

const cv = (over: { name?: string; website?: string; email?: string; phone?: string; highlight?: string } = {}) =>
  [
    `name: ${JSON.stringify(over.name ?? 'Ada Lovelace')}`,
    'contact:',
    `  email: ${JSON.stringify(over.email ?? 'ada@example.org')}`,
    ...(over.phone !== undefined ? [`  phone: ${JSON.stringify(over.phone)}`] : []),
    ...(over.website !== undefined ? [`  website: ${JSON.stringify(over.website)}`] : []),
    'sections:',
    '  - id: education',
    '    title: Education',
    '    kind: education',
    '    entries:',
    '      - institution: U',
    '        degree: PhD',
    '        start: "2018-08"',
    '        end: present',
    '        highlights:',
    `          - ${JSON.stringify(over.highlight ?? 'Plain')}`,
    '',
  ].join('\n');

const errors = (r: ReturnType<typeof validate>) => r.diagnostics.filter((d) => d.severity === 'error');

describe('characters no text may hold', () => {
  test.each([
    ['NUL', '\u0000'],
    ['BEL', '\u0007'],
    ['ESC', '\u001b'],
    ['DEL', '\u007f'],
    ['NEL', '\u0085'],
    ['RLO', '\u202e'],
    ['LRE', '\u202a'],
    ['RLI', '\u2067'],
    ['PDI', '\u2069'],
    ['LINE SEPARATOR', '\u2028'],
  ])('%s is refused in the name and in a highlight, at its column', (_, ch) => {
    const inName = validate(cv({ name: `Ada${ch}Lovelace` }));
    expect(inName.ok).toBe(false);
    const e = errors(inName);
    expect(e).toHaveLength(1);
    expect(e[0]!.message).toMatch(/U\+[0-9A-F]{4}/);
    // At the character where the source spells it as is, else at the value (an escape such as \u0007).
    expect(e[0]!.line).toBe(1);
    expect([7, 11]).toContain(e[0]!.col);
    expect(validate(cv({ highlight: `x${ch}y` })).ok).toBe(false);
  });

  test('tabs, line breaks and ordinary non-ASCII text pass', () => {
    expect(validate(cv({ highlight: 'a\tb\nc Καλημέρα Привет ñ — “q”' })).ok).toBe(true);
  });
});

describe('one link rule everywhere', () => {
  const bad = [
    'https:javascript:x',
    'https:/\\evil.example',
    'https://good.example\\@evil.example',
    'https://user@evil.example',
    'https://exa mple.org',
    'https://example.org/\u2028x',
    'https://example.org/\u0007',
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'mailto:javascript:alert(1)',
    'mailto:',
    'tel:javascript:x',
    'tel:',
    'data:text/html,x',
    'file:///etc/passwd',
    '//example.org',
  ];
  const good = ['https://example.org', 'HTTPS://EXAMPLE.ORG/Path?q=1#f', 'Http://example.org:8080/a_(b)', 'Mailto:ada@example.org', 'mailto:ada@example.org?subject=Hi', 'tel:+1-555-010-9999', 'https://medium.com/@ada'];

  test.each(bad)('%s is refused by the function, as a URL field and as a markup link', (url) => {
    expect(linkProblem(url)).toBeDefined();
    expect(validate(cv({ website: url })).ok).toBe(false);
    expect(validate(cv({ highlight: `see [this](${url})` })).ok).toBe(false);
  });

  test.each(good)('%s is accepted as a URL field and as a markup link', (url) => {
    expect(linkProblem(url)).toBeUndefined();
    expect(errors(validate(cv({ website: url })))).toEqual([]);
    expect(errors(validate(cv({ highlight: `see [this](${url})` })))).toEqual([]);
  });

  test('the e-mail address and the phone number become links that pass the same rule', () => {
    expect(validate(cv({ email: 'javascript:x@evil.example' })).ok).toBe(false);
    expect(validate(cv({ phone: 'call me' })).ok).toBe(false);
    expect(validate(cv({ phone: '+1 (555) 010-9999' })).ok).toBe(true);
  });
});

describe('every string has a length limit', () => {
  test('each string in cv.schema.json has maxLength (or is one of a fixed list)', async () => {
    const { readFileSync } = await import('node:fs');
    const schema = JSON.parse(readFileSync(new URL('../../schema/cv.schema.json', import.meta.url), 'utf8')) as object;
    const unbounded: string[] = [];
    const walk = (node: unknown, path: string): void => {
      if (Array.isArray(node)) return node.forEach((n, i) => walk(n, `${path}/${i}`));
      if (typeof node !== 'object' || node === null) return;
      const o = node as Record<string, unknown>;
      if (o['type'] === 'string' && o['enum'] === undefined && o['const'] === undefined && typeof o['maxLength'] !== 'number') unbounded.push(path);
      for (const [k, v] of Object.entries(o)) if (typeof v === 'object') walk(v, `${path}/${k}`);
    };
    walk(schema, '');
    expect(unbounded).toEqual([]);
  });

  test('a title over its limit is refused with the limit in the message', () => {
    const r = validate(cv().replace('    title: Education', `    title: ${'T'.repeat(501)}`));
    expect(r.ok).toBe(false);
    expect(errors(r)[0]!.message).toMatch(/must be at most 500 characters long/);
  });

  test('a skills category holds at most 300 items (they print as one paragraph): the error points at the list', () => {
    const skills = (n: number) => [
      'name: Ada Lovelace',
      'sections:',
      '  - id: skills',
      '    title: Skills',
      '    kind: skills',
      '    entries:',
      '      - category: Languages',
      `        items: [${Array.from({ length: n }, (_, i) => `s${i}`).join(', ')}]`,
      '',
    ].join('\n');
    expect(validate(skills(300)).ok).toBe(true);
    const r = validate(skills(301));
    expect(r.ok).toBe(false);
    const e = errors(r)[0]!;
    expect(e.message).toMatch(/'items' must have at most 300 items/);
    expect(e.line).toBe(8);
  });

  test('a CV holds at most 10,000 entries, all sections together: one error, at the first entry past the limit', () => {
    const section = (id: string, n: number) => [
      `  - id: ${id}`,
      '    title: Skills',
      '    kind: skills',
      '    entries:',
      ...Array.from({ length: n }, (_, i) => `      - { category: C${i}, items: [x] }`),
    ];
    const twoSections = (a: number, b: number) => ['name: Ada Lovelace', 'sections:', ...section('a', a), ...section('b', b), ''].join('\n');
    expect(validate(twoSections(6_000, 4_000)).ok).toBe(true);
    const r = validate(twoSections(6_000, 4_002));
    expect(r.ok).toBe(false);
    expect(errors(r)).toHaveLength(1);
    const e = errors(r)[0]!;
    expect(e.message).toBe('a CV may hold at most 10,000 entries, all sections together; it holds 10,002, and this is the first past the limit');
    // Entry 4,000 of section b (0-based), after its 4 header lines and section a's 6,004.
    expect(e.line).toBe(2 + 6_004 + 4 + 4_000 + 1);
  });
});
