/** Compares names as people write them: case, dots, and runs of spaces do not matter. */
export function nameKey(name: string): string {
  return name.normalize('NFC').toLowerCase().replace(/\./g, ' ').replace(/\s+/g, ' ').trim();
}

/** Whether `author` is the owner, by name or by one of the aliases in cv.yaml. */
export function isOwnerName(author: string, owner: string, aliases: readonly string[]): boolean {
  const key = nameKey(author);
  return key === nameKey(owner) || aliases.some((a) => nameKey(a) === key);
}
