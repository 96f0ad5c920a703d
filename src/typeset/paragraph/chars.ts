/** Character classes shared by the paragraph steps. */

/** What a character becomes: drawn, an interword space (glue), or nothing. */
export const CharKind = { Visible: 0, Space: 1, Dropped: 2 } as const;

/** Invisible format characters: removed from drawn text (ZWSP and SHY still mark breaks). */
export const ALWAYS_DROPPED: ReadonlySet<number> = new Set([0x200b, 0x2060, 0xfeff, 0x00ad]);
/** The lowest of them: below it (most text) no lookup is needed. */
export const LOWEST_DROPPED = Math.min(...ALWAYS_DROPPED);

export const SOFT_HYPHEN = 0x00ad;

/** Joiners and variation selectors: kept only where the face has them, never reported missing. */
export function isJoinerOrSelector(cp: number): boolean {
  return cp === 0x200c || cp === 0x200d || (cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0xe0100 && cp <= 0xe01ef);
}
