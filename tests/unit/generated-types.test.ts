import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The generator is plain JavaScript without type declarations, so it is imported by URL and typed here. */
interface Generator {
  renderTypes(schema: unknown): string;
}

const repo = (path: string): string => fileURLToPath(new URL(`../../${path}`, import.meta.url));

async function loadGenerator(): Promise<Generator> {
  const url = new URL('../../scripts/generate-types.mjs', import.meta.url).href;
  return (await import(url)) as Generator;
}

describe('src/validate/raw-cv.ts', () => {
  it('is what scripts/generate-types.mjs makes from schema/cv.schema.json (run `npm run generate`)', async () => {
    const { renderTypes } = await loadGenerator();
    const schema: unknown = JSON.parse(readFileSync(repo('schema/cv.schema.json'), 'utf8'));
    const expected = renderTypes(schema);
    const actual = readFileSync(repo('src/validate/raw-cv.ts'), 'utf8');
    expect(actual).toBe(expected);
  });

  it('has one export per definition, RawCv for the root, and descriptions as TSDoc', async () => {
    const { renderTypes } = await loadGenerator();
    const schema = JSON.parse(readFileSync(repo('schema/cv.schema.json'), 'utf8')) as {
      definitions: Record<string, { description?: string }>;
    };
    const text = renderTypes(schema);
    expect(text.startsWith('// Generated from schema/cv.schema.json by scripts/generate-types.mjs; do not edit.\n')).toBe(true);
    expect(text).toMatch(/^export interface RawCv \{/m);
    for (const [name, def] of Object.entries(schema.definitions)) {
      expect(text).toMatch(new RegExp(`^export (interface|type) ${name}\\b`, 'm'));
      if (def.description) expect(text).toContain(`/** ${def.description.replace(/\*\//g, '*\\/')} */\nexport`);
    }
  });

  it('renders a discriminated union, optional members and literal kinds', async () => {
    const { renderTypes } = await loadGenerator();
    const text = renderTypes({
      description: 'Root.',
      type: 'object',
      properties: {
        items: { description: 'Items.', type: 'array', items: { $ref: '#/definitions/Item' } },
        'odd-key': { description: 'Needs quotes.', type: 'boolean' },
      },
      required: ['items'],
      additionalProperties: false,
      definitions: {
        A: { type: 'object', properties: { kind: { const: 'a' }, n: { type: 'integer' } }, required: ['kind'] },
        B: { type: 'object', properties: { kind: { const: 'b' } }, required: ['kind'], anyOf: [{ required: ['kind'] }] },
        Item: { description: 'An item.', type: 'object', properties: { kind: { type: 'string', enum: ['a', 'b'] } }, oneOf: [{ $ref: '#/definitions/A' }, { $ref: '#/definitions/B' }] },
        Mixed: { oneOf: [{ type: 'string' }, { type: 'integer' }] },
      },
    });
    expect(text).toContain('export interface RawCv {\n  /** Items. */\n  items: Item[];\n  /** Needs quotes. */\n  \'odd-key\'?: boolean;\n}');
    expect(text).toContain("export interface A {\n  kind: 'a';\n  n?: number;\n}");
    expect(text).toContain("export interface B {\n  kind: 'b';\n}");
    expect(text).toContain('/** An item. */\nexport type Item = A | B;');
    expect(text).toContain('export type Mixed = string | number;');
  });
});
