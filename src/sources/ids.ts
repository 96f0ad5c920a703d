/**
 * Turns any label (a BibTeX key, a section name) into the kebab-case Id that
 * cv.yaml accepts, and keeps ids unique within one file by numbering repeats.
 */
export function makeIdMaker(prefix = 'entry'): (label: string) => string {
  const used = new Set<string>();
  return (label) => {
    let base = label
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '');
    if (!/^[a-z]/.test(base)) base = base === '' ? prefix : `${prefix}-${base}`;
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  };
}

/** Plain text as cv.yaml Markup: the characters that would start markup are escaped. */
export function escapeMarkup(text: string): string {
  return text.replace(/[\\*[\]]/g, (c) => `\\${c}`);
}
