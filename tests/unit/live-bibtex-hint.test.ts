import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expandBibtexSections } from '../../src/sources/bibtex/expand-sections.js';

describe('a live .bib whose owner spelling cv.yaml does not list yet', () => {
  it('names the spelling that looks like the owner in the warning, so it is one copy into aliases', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cv-live-hint-'));
    writeFileSync(join(dir, 'refs.bib'), '@article{a, author = {Okafor, Lin M. and Shi, Qibin}, title = {Kilns}, journal = {Nature}, year = {2020}}\n@article{b, author = {Shi, Qibin}, title = {Soils}, journal = {Science}, year = {2021}}\n');
    const cvPath = join(dir, 'cv.yaml');
    const raw = { name: 'Lin Okafor', sections: [{ id: 'publications', title: 'Publications', kind: 'publication' as const, bibtex: 'refs.bib' }] };
    const { diagnostics } = expandBibtexSections(raw, cvPath);
    expect(diagnostics.map((d) => `${d.line}:${d.col} ${d.message}`)).toEqual([
      `1:1 the owner is not among the authors of 'a'; 'Lin M. Okafor' looks like Lin Okafor: add it to 'aliases' in ${cvPath}`,
      `2:1 the owner is not among the authors of 'b'; add the spelling used here to 'aliases' in ${cvPath}`,
    ]);
  });
});
