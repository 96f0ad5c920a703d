import { parseSource } from '../../src/load/index.js';
import { validateDocument } from '../../src/validate/index.js';
import type { Check } from '../../src/validate/index.js';

/** A small stand-in schema in the shape of cv.schema.json: definitions, oneOf + discriminator on kind. */
const schema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  type: 'object',
  required: ['name', 'items'],
  additionalProperties: false,
  properties: {
    name: { type: 'string' },
    items: { type: 'array', items: { $ref: '#/definitions/Item' } },
  },
  definitions: {
    Text: { description: 'Text with markup.', type: 'string' },
    Link: { description: 'A URL: http(s) only.', type: 'string', pattern: '^https?://' },
    Item: {
      type: 'object',
      required: ['kind'],
      properties: { kind: { enum: ['note', 'link'] } },
      discriminator: { propertyName: 'kind' },
      oneOf: [
        {
          type: 'object',
          properties: { kind: { const: 'note' }, text: { oneOf: [{ $ref: '#/definitions/Text' }, { type: 'object' }] } },
          required: ['kind', 'text'],
          additionalProperties: false,
        },
        {
          type: 'object',
          properties: { kind: { const: 'link' }, url: { $ref: '#/definitions/Link' } },
          required: ['kind', 'url'],
          additionalProperties: false,
        },
      ],
    },
  },
};

function run(yaml: string, checks: Check[] = []): string[] {
  const loaded = parseSource('t.yaml', new TextEncoder().encode(yaml));
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.diagnostics));
  const result = validateDocument(loaded.doc, schema, checks, { Text: 'text', Link: 'url' });
  return result.diagnostics.map((x) => `${x.line}:${x.col} ${x.severity}: ${x.message}`);
}

describe('validateDocument (generic core, stand-in schema)', () => {
  it('reports one specific message per problem, sorted', () => {
    const yaml = [
      'name: A',
      'items:',
      '  - kind: note',
      '    txt: hi',
      '  - kind: link',
      '    url: ftp://x',
      '  - kind: nte',
      '    text: 5',
      'extra: 1',
      '',
    ].join('\n');
    // The missing 'text' is not reported separately: the did-you-mean on 'txt' says it.
    expect(run(yaml)).toEqual([
      "4:5 error: unknown key 'txt' in item 1 of 'items'; did you mean 'text'?",
      "6:10 error: 'url' (ftp://x) is not valid; expected a URL: http(s) only",
      "7:11 error: 'kind' must be one of: note, link (found 'nte'; did you mean 'note'?)",
      "9:1 error: unknown key 'extra' in the top level",
    ]);
  });

  it('merges alternatives that failed only on type', () => {
    expect(run('name: A\nitems:\n  - kind: note\n    text: 5\n')).toEqual([
      "4:11 error: expected a string or a mapping for 'text', found a number",
    ]);
  });

  it('passes roles and locations to checks, which may supersede schema errors', () => {
    const check: Check = ({ roles, locate }) =>
      [...roles].map(([pointer, hit]) => ({
        pointer,
        severity: 'warning' as const,
        message: `${hit.role} on line ${locate(pointer)?.value.line ?? 0}`,
        supersedesSchema: true,
      }));
    expect(run('name: A\nitems:\n  - {kind: link, url: "ftp://x"}\n  - {kind: note, text: "a b", x: 1}\n', [check])).toEqual([
      '3:23 warning: url on line 3',
      '4:24 warning: text on line 4',
      "4:31 error: unknown key 'x' in item 2 of 'items'",
    ]);
  });

  it('describes an empty file and a wrong top-level type', () => {
    expect(run('# nothing\n')).toEqual(["1:1 error: file is empty; expected a mapping with 'name' and 'items'"]);
    expect(run('- a\n')).toEqual(['1:1 error: expected a mapping at the top level, found a list']);
  });
});
