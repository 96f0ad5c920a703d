/**
 * The four rooms of the house (ARCHITECTURE.md), each with a fake swapped in
 * where the real implementation sits: a source, an output format, a look and
 * a session. If a room's interface is not what the pipeline really calls,
 * these fail.
 */
import { join } from 'node:path';
import type { CvSource } from '../../src/sources/index.js';
import type { OutputFormat } from '../../src/outputs/index.js';
import type { Look } from '../../src/compose/index.js';
import { composeDocument, LOOKS } from '../../src/compose/index.js';
import { readInputs } from '../../src/read/index.js';
import { planBuild } from '../../src/plan/index.js';
import { renderOutputs } from '../../src/write/index.js';
import { createSession, type Session } from '../../src/session/index.js';
import { selectContent } from '../../src/select/index.js';
import { parseSource } from '../../src/load/index.js';
import { tinyCv, tinyLayout, tinyRaw } from '../helpers/tiny-cv.js';
import { REPO } from '../helpers/cli-run.js';

const paths = { layoutsDir: join(REPO, 'layouts'), fontsDir: join(REPO, 'fonts') };

/** A source that reads no file at all: the CV comes from memory. */
const memorySource: CvSource = {
  id: 'memory',
  accepts: (path) => path.endsWith('.memory'),
  async read(path) {
    const text = JSON.stringify(tinyRaw);
    const loaded = parseSource(path, new TextEncoder().encode(text));
    if (!loaded.ok) throw new Error('fixture does not parse');
    return { ok: true, raw: tinyRaw, doc: loaded.doc, diagnostics: [{ file: path, line: 1, col: 1, severity: 'warning', message: 'from memory' }], sources: new Map([[path, text]]) };
  },
};

describe('the sources room', () => {
  it('readInputs takes the CV from whichever source accepts the file', async () => {
    const read = await readInputs({ ...paths, input: 'cv.memory', layouts: ['resume'], sources: [memorySource] }, createSession());
    if (!read.ok) throw new Error(JSON.stringify(read.diagnostics));
    expect(read.inputs.cv.name).toBe('Ada Lovelace');
    expect(read.diagnostics.map((d) => d.message)).toContain('from memory');
    expect(read.inputs.variants.map((v) => v.layout.id)).toEqual(['resume']);
  });
});

describe('the outputs room', () => {
  it('renderOutputs makes every output through the format it is given, in memory', async () => {
    const session = createSession();
    const read = await readInputs({ ...paths, input: 'cv.memory', layouts: ['publications'], sources: [memorySource] }, session);
    if (!read.ok) throw new Error(JSON.stringify(read.diagnostics));
    const plan = planBuild(read.inputs, { selection: {} }, session, 'cv.memory');
    const seen: string[] = [];
    const fake: OutputFormat = {
      id: 'pdf',
      extension: '.pdf',
      emit: async (input) => {
        seen.push(input.meta.title);
        return new TextEncoder().encode(`${input.pages.pages.length} pages, ${input.doc.body.length} blocks`);
      },
    };
    const built = await renderOutputs(plan.plans, { date: new Date(0), pdfa: false }, new Map([['pdf', fake]]));
    expect(seen).toEqual(['Ada Lovelace — Publications']);
    expect(new TextDecoder().decode(built.files[0]?.bytes)).toMatch(/^1 pages, \d+ blocks$/);
    expect(built.manifest.outputs[0]?.sha256).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('the looks room', () => {
  it('a layout names its look, and composeDocument uses it', () => {
    const plain: Look = { id: 'plain', compose: (selected) => ({ meta: { title: 't', author: selected.cv.name, subject: '', keywords: [], lang: 'en' }, furniture: {}, body: [] }) };
    const layout = { ...tinyLayout(), look: 'plain' };
    const selected = selectContent(tinyCv, layout, {});
    if (!selected.ok) throw new Error(selected.message);
    expect(composeDocument(selected.selected, layout, undefined, new Map([['plain', plain]])).meta.author).toBe('Ada Lovelace');
    expect(() => composeDocument(selected.selected, layout)).toThrow(/look 'plain'/);
    expect([...LOOKS.keys()]).toEqual(['single-column']);
  });
});

describe('the session room', () => {
  it('a second build in one session parses no font again and reuses line breaks', async () => {
    const real = createSession();
    let parsed = 0;
    let typesetters = 0;
    const counting: Session = {
      fonts: (faces) => {
        parsed++;
        return real.fonts(faces);
      },
      hyphenator: real.hyphenator,
      typesetter: (m, h) => {
        typesetters++;
        return real.typesetter(m, h);
      },
      output: real.output,
    };
    const first = await readInputs({ ...paths, input: 'cv.memory', layouts: ['full'], sources: [memorySource] }, counting);
    const second = await readInputs({ ...paths, input: 'cv.memory', layouts: ['full'], sources: [memorySource] }, counting);
    if (!first.ok || !second.ok) throw new Error('inputs do not read');
    expect(parsed).toBe(2);
    // The same parsed faces come back: nothing was read or parsed the second time.
    expect(second.inputs.variants[0]?.fonts).toBe(first.inputs.variants[0]?.fonts);
    planBuild(first.inputs, { selection: {} }, counting, 'cv.memory');
    planBuild(second.inputs, { selection: {} }, counting, 'cv.memory');
    expect(typesetters).toBe(2);
    const v = first.inputs.variants[0];
    if (!v) throw new Error('no variant');
    expect(real.typesetter(v.fonts.measurer, v.hyphenator)).toBe(real.typesetter(v.fonts.measurer, v.hyphenator));
  });
});
