/**
 * A name as compared: case, accents, dots, emphasis marks and runs of spaces do
 * not matter ("Tést  Person*" is "test person"). validate/ (the owner-missing
 * warning) and normalize/ (the bold owner) both use it, so they always agree.
 */
export function nameKey(name: string): string {
  // ASCII needs no decomposition (most names: NFKD is the costly step).
  return (/^[\x00-\x7f]*$/.test(name) ? name : name.normalize('NFKD').replace(/\p{M}/gu, ''))
    .toLowerCase()
    .replace(/[.*]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whether `author` is the owner, by name or by one of the aliases in cv.yaml. */
export function isOwnerName(author: string, owner: string, aliases: readonly string[]): boolean {
  return ownerMatcher(owner, aliases)(author);
}

/** isOwnerName for one owner and many authors: the owner's keys made once. */
export function ownerMatcher(owner: string, aliases: readonly string[]): (author: string) => boolean {
  const keys = new Set([owner, ...aliases].map(nameKey));
  return (author) => keys.has(nameKey(author));
}

const RENDERCV_MARK = /^(\*{1,2})([^*]+)\1$/;

/**
 * The name inside RenderCV's owner marks ("*John Doe*", "**John Doe**"), or
 * undefined when the name has none. cv finds the owner by `name` and
 * `aliases` instead, so the marks are warned about and never printed.
 */
export function markedName(name: string): string | undefined {
  const m = RENDERCV_MARK.exec(name.trim());
  return m?.[2]?.trim();
}

/** An author name as printed: without RenderCV's owner marks. */
export function plainName(name: string): string {
  return markedName(name) ?? name;
}
