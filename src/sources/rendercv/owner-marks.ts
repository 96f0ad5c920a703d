import { nameKey } from '../../common/names.js';
import type { MapProblem, Path } from '../tracked.js';

const MARK = /^(\*{1,2})([^*]+)\1$/;

/**
 * RenderCV marks the owner in author lists with emphasis: `*John Doe*` in
 * its examples, `**John Doe**` in its documentation. A file that uses both
 * (`**Owner**`, `*Student*`) means the bold one is the owner. A marked name
 * becomes an alias only when it is a spelling of the owner's family name, so
 * emphasised co-authors are never printed in bold as the owner; each other
 * mark is a warning (once per name, at its first place), never silent.
 */
export class OwnerMarks {
  readonly aliases: string[] = [];
  readonly #ownerMark: string;
  readonly #family: string;
  readonly #warned = new Set<string>();

  constructor(readonly owner: string, allAuthors: readonly string[], private readonly problems: MapProblem[]) {
    this.#ownerMark = allAuthors.some((a) => MARK.exec(a.trim())?.[1] === '**') ? '**' : '*';
    this.#family = familyKey(owner);
  }

  /** The author as cv.yaml prints it (marks removed), recording aliases and warnings. */
  plain(author: string, path: Path): string {
    const m = MARK.exec(author.trim());
    if (m === null) return author;
    const mark = m[1] as string;
    const spelled = (m[2] as string).trim();
    const key = nameKey(spelled);
    if (mark === this.#ownerMark && familyKey(spelled) === this.#family) {
      if (key !== nameKey(this.owner) && !this.aliases.some((a) => nameKey(a) === key)) this.aliases.push(spelled);
      return spelled;
    }
    if (!this.#warned.has(key)) {
      this.#warned.add(key);
      const why = mark === this.#ownerMark
        ? `it is not a spelling of ${this.owner}; add it to 'aliases' if it is you`
        : `this file marks the owner with ${this.#ownerMark}...${this.#ownerMark}, and cv prints co-authors plain`;
      this.problems.push({ path, severity: 'warning', message: `'${author.trim()}' is emphasised, but ${why}; imported as a plain author name` });
    }
    return spelled;
  }
}

/** The family name as compared: the last word ("Marine A. Denolle" -> "denolle"), or what comes before a comma. */
function familyKey(name: string): string {
  const comma = name.indexOf(',');
  const words = nameKey(comma >= 0 ? name.slice(0, comma) : name).split(' ');
  return comma >= 0 ? words.join(' ') : (words[words.length - 1] ?? '');
}

/** Every author string of every publication entry in RenderCV's `cv.sections`, to see how the file marks the owner. */
export function allAuthors(sections: unknown): string[] {
  if (sections === null || typeof sections !== 'object') return [];
  return Object.values(sections as Record<string, unknown>).flatMap((entries) =>
    Array.isArray(entries)
      ? entries.flatMap((e) => {
          const authors = e !== null && typeof e === 'object' ? (e as { authors?: unknown }).authors : undefined;
          return Array.isArray(authors) ? authors.filter((a): a is string => typeof a === 'string') : [];
        })
      : [],
  );
}
