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
