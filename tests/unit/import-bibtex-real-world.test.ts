import { composeDocument } from '../../src/compose/index.js';
import { normalizeCv } from '../../src/normalize/index.js';
import { readBib } from '../../src/sources/bibtex/read-bib.js';
import { selectContent } from '../../src/select/index.js';
import { tinyLayout, tinyRaw } from '../helpers/tiny-cv.js';
import { allBlocks } from '../helpers/doc-blocks.js';


/**
 * What real .bib files do that the 34-entry fixture does not: BibDesk and
 * PubMed exports (date-added, bdsk-url-1, "Poon, AFY"), "and others", a
 * second note, a publisher's PDF as eprint, a placeholder doi, a booktitle
 * beside a journal. Written for this test, in that style.
 */
const bib = `@Article{Okafor:2012,
  Title = {Transmission networks},
  Author = {Aldous, Jeannette L and Okafor, AFY and others},
  Journal = {Clin Infect Dis},
  Year = {2012},
  Issue = {8}, Number = {8},
  Note = {I processed the data},
  Bdsk-url-1 = {http://dx.doi.org/10.1093/cid/cis612},
  Date-added = {2017-08-11 15:51:44 +0000},
  Doi = {10.1093/cid/cis612}
}

@misc{okafor2024portal,
  title = {The Data Portal},
  author = {Gill, Erin E. and Okafor, Art F. Y.},
  year = {2024},
  note = {Accepted, August 20, 2024},
  journal = {Microbial Genomics},
  booktitle = {Proceedings of Nothing},
  note = {I wrote the JavaScript interface.}
}

@article{okafor2026soil,
  title = {Soil hydrodynamics},
  author = {Shi, Qibin and Okafor, Art},
  journal = {Science},
  year = {2026},
  doi = {XX},
  eprint = {https://www.example.org/doi/pdf/10.1126/science.1}
}
`;

describe('BibTeX import of real-world exports', () => {
  const read = readBib(bib, 'refs.bib', { name: 'Art Okafor', aliases: [] });
  const pub = (i: number) => read.publications[i]?.publication;
  const warnings = read.diagnostics.map((d) => `${d.line}:${d.col} ${d.message}`);

  it('finds the owner written with run-together initials, and prints "and others" as et al.', () => {
    expect(pub(0)?.authors).toEqual(['Jeannette L Aldous', 'AFY Okafor', 'et al.']);
    expect(read.newAliases).toEqual(['AFY Okafor', 'Art F. Y. Okafor']);
  });

  it("keeps BibDesk's bookkeeping quiet and reports an issue beside a number", () => {
    expect(warnings.filter((w) => w.includes("'Okafor:2012'"))).toEqual(["6:3 entry 'Okafor:2012': 'issue' has no place in cv.yaml; not imported"]);
  });

  it('joins a second note to the first, and reports a booktitle the journal left without a place', () => {
    expect(pub(1)?.note).toBe('Accepted, August 20, 2024. I wrote the JavaScript interface.');
    expect(pub(1)?.venue).toEqual({ name: 'Microbial Genomics' });
    expect(warnings).toContain("19:3 entry 'okafor2024portal': 'booktitle' has no place in cv.yaml; not imported");
  });

  it("links a publisher's PDF given as eprint, and warns about a doi that is none", () => {
    expect(pub(2)?.links).toEqual([{ label: 'PDF', url: 'https://www.example.org/doi/pdf/10.1126/science.1' }]);
    expect(pub(2)?.doi).toBeUndefined();
    expect(warnings).toContain("28:3 entry 'okafor2026soil': doi 'XX' is not a DOI (10.prefix/suffix); not imported");
  });
});

describe('an author list ending in et al.', () => {
  it('prints "A, B, et al." and "A et al.", never "and et al."', () => {
    const text = (authors: string[]) => {
      const raw = { ...tinyRaw, sections: [{ id: 'p', title: 'P', kind: 'publication' as const, entries: [{ title: 'T', authors, type: 'journal' as const, date: '2020' }] }] };
      const r = selectContent(normalizeCv(raw), tinyLayout(), {});
      if (!r.ok) throw new Error(r.message);
      const runs = allBlocks(composeDocument(r.selected, tinyLayout()).body).flatMap((b) => (b.kind === 'paragraph' ? b.runs : []));
      const i = runs.findIndex((x) => x.text === authors[0]);
      return runs.slice(i, i + 2 * authors.length - 1).map((x) => x.text).join('');
    };
    expect(text(['Cleo Park', 'Ben Okri', 'et al.'])).toBe('Cleo Park, Ben Okri, et al.');
    expect(text(['Ben Okri', 'et al.'])).toBe('Ben Okri et al.');
    expect(text(['Cleo Park', 'Ben Okri'])).toBe('Cleo Park and Ben Okri');
  });
});

describe('a status written in year', () => {
  it('"in press" and "under review" become the status, with no date and no warning', () => {
    const read = readBib('@article{a, author = {Okafor, Lin}, title = {Kilns}, journal = {Nature}, year = {in press}}\n@article{b, author = {Okafor, Lin}, title = {Soils}, year = {under review}}\n@article{c, author = {Okafor, Lin}, title = {Ash}, year = {twenty}}\n', 'refs.bib', { name: 'Lin Okafor', aliases: [] });
    expect(read.publications.map((p) => [p.publication.status, p.publication.date])).toEqual([['in press', undefined], ['under review', undefined], [undefined, undefined]]);
    expect(read.diagnostics.map((d) => `${d.line}:${d.col} ${d.message}`)).toEqual(["3:52 entry 'c': year 'twenty' is not a four-digit year; not imported"]);
  });
});

describe('an author list written with commas and &', () => {
  it('is an error naming the entry, which is really skipped; the others import', () => {
    const text = '@misc{hw,\n  author = {Wong, J. Okafor, A., & Yang, L. H.},\n  title = {Stigma}, year = {2015}}\n@article{ok, author = {Okafor, Lin}, title = {Kilns}, journal = {Nature}, year = {2020}}\n';
    const read = readBib(text, 'refs.bib', { name: 'Lin Okafor', aliases: [] });
    expect(read.publications.map((p) => p.key)).toEqual(['ok']);
    const errors = read.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^entry 'hw' has an author or editor list that cannot be split into names \(unexpected \d+-part name .*\); separate names with 'and'; it is skipped, the others are imported$/);
  });
});

describe('BibTeX owner and arXiv fields beyond ASCII and eprint', () => {
  it('reads run-together initials with accents ("ÉB Okafor") as initials of the owner', () => {
    const read = readBib('@article{a, title = {T}, author = {Okafor, ÉB and Shi, Qibin}, journal = {J}, year = {2020}}\n', 'refs.bib', { name: 'Éva B. Okafor', aliases: [] });
    expect(read.newAliases).toEqual(['ÉB Okafor']);
  });

  it('does not warn about the howpublished field a preprint took its arXiv id from', () => {
    const read = readBib('@misc{p, title = {T}, author = {Okafor, Art}, howpublished = {arXiv:2101.00001}, year = {2021}}\n', 'refs.bib', { name: 'Art Okafor', aliases: [] });
    expect(read.publications[0]?.publication.venue).toEqual({ name: 'arXiv' });
    expect(read.diagnostics.map((d) => d.message).filter((m) => m.includes('howpublished'))).toEqual([]);
  });
});
