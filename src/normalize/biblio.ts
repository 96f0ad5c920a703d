/** Bibliographic values written more than one way in the wild, each brought to the one form compose/ prints. */

const DOI_PREFIX = /^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi: ?)/i;

/** "https://doi.org/10.1234/x", "doi:10.1234/x" and "10.1234/x" are one DOI: "10.1234/x". */
export function bareDoi(doi: string): string {
  return doi.replace(DOI_PREFIX, '');
}

/** "12--34" (BibTeX) and "12-34" print as "12–34", with an en dash; anything else as written. */
export function pageRange(pages: string): string {
  return pages.replace(/^(\w+)\s*-{1,2}\s*(\w+)$/, '$1\u2013$2');
}
