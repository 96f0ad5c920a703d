import type { PublicationEntry, RawCv } from '../../validate/raw-cv.js';
import { makeIdMaker } from '../ids.js';
import type { ImportSource } from '../import-types.js';
import { readBib } from './read-bib.js';
import type { BibPublication } from './read-bib.js';

/**
 * BibTeX as a CV source: a .bib is a publication list without an owner, so
 * `--name` names one and the owner's other spellings in the file become
 * `aliases` (which is what makes the owner bold in every author list).
 */
export const bibtexSource: ImportSource = {
  id: 'bibtex',
  detect: (text) => /^\s*@[a-zA-Z]+\s*[{(]/m.test(text) && !/^\s*[{[]/.test(text),
  read(text, path, options) {
    const name = options.name?.trim() ?? '';
    if (name === '') {
      return { ok: false, diagnostics: [{ file: path, line: 0, col: 0, severity: 'error', message: 'a .bib file does not say whose CV it is; give the owner with --name "Full Name"' }] };
    }
    const read = readBib(text, path, { name, aliases: options.aliases ?? [] });
    const aliases = [...(options.aliases ?? []), ...read.newAliases];
    const raw: RawCv = {
      name,
      ...(aliases.length > 0 ? { aliases } : {}),
      sections: [{ id: 'publications', title: 'Publications', kind: 'publication', entries: withIds(read.publications) }],
    };
    return { ok: true, raw, diagnostics: read.diagnostics };
  },
};

/** Publications with ids made from their BibTeX keys, unique within the list. */
export function withIds(publications: readonly BibPublication[], taken: Iterable<string> = []): PublicationEntry[] {
  const idFor = makeIdMaker('pub');
  for (const t of taken) idFor(t);
  return publications.map(({ key, publication }) => ({ id: idFor(key), ...publication }));
}
