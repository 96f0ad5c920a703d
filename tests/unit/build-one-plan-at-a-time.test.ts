/**
 * A build renders each variant's outputs before it plans the next one, so
 * that only one plan (its DocTree and PageTree, tens of MB for a
 * 5,000-publication CV) is alive at a time (issue 14: peak memory).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildVariants } from '../../src/pipeline/index.js';
import { createSession, type Session } from '../../src/session/index.js';

const repo = resolve(import.meta.dirname, '../..');

test('each variant is typeset, then written out in memory, before the next is typeset', async () => {
  const events: string[] = [];
  const inner = createSession();
  const session: Session = {
    ...inner,
    typesetter(measurer, hyphenator) {
      const typeset = inner.typesetter(measurer, hyphenator);
      let first = true;
      return (doc, page) => {
        if (first) events.push('typeset');
        first = false;
        return typeset(doc, page);
      };
    },
    async output(format, input) {
      events.push(`output ${format.id}`);
      return inner.output(format, input);
    },
  };
  const out = mkdtempSync(join(tmpdir(), 'cv-one-plan-'));
  try {
    const r = await buildVariants(
      { input: join(repo, 'cv.yaml'), layoutsDir: join(repo, 'layouts'), fontsDir: join(repo, 'fonts'), outDir: out, layouts: [], selection: {}, pdfa: false, formats: ['pdf'], date: '2020-10-01' },
      session,
    );
    expect(r.code).toBe(0);
    expect(events).toEqual(['typeset', 'output pdf', 'typeset', 'output pdf', 'typeset', 'output pdf']);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});

test('a one-off build, which lets go of each document and its pages as it makes the PDF, writes what a session build writes', async () => {
  const { readFileSync, readdirSync } = await import('node:fs');
  const build = async (session?: Session): Promise<Map<string, string>> => {
    const out = mkdtempSync(join(tmpdir(), 'cv-one-off-'));
    try {
      const r = await buildVariants(
        { input: join(repo, 'cv.yaml'), layoutsDir: join(repo, 'layouts'), fontsDir: join(repo, 'fonts'), outDir: out, layouts: [], selection: {}, pdfa: false, formats: ['txt', 'md', 'html', 'pdf'], date: '2020-10-01' },
        session,
      );
      expect(r.code).toBe(0);
      return new Map(readdirSync(out).filter((f) => !f.startsWith('.')).map((f) => [f, readFileSync(join(out, f)).toString('base64')]));
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  };
  const oneOff = await build();
  const kept = await build(createSession());
  expect(oneOff.size).toBe(13);
  expect([...oneOff.keys()].sort()).toEqual([...kept.keys()].sort());
  for (const [file, bytes] of oneOff) expect({ file, same: bytes === kept.get(file) }).toEqual({ file, same: true });
}, 60_000);
