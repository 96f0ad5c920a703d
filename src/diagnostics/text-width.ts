// Made on first use: building these Unicode property classes costs more than most runs' diagnostics.
let zeroWidth: RegExp | undefined;
let pictograph: RegExp | undefined;

/** Terminal columns one code point takes: 0 for combining marks, 2 for East Asian wide and emoji. */
export function charWidth(ch: string): number {
  const cp = ch.codePointAt(0) ?? 0;
  if (cp < 0x300) return 1;
  if ((zeroWidth ??= /^[\p{Mn}\p{Me}\p{Cf}]$/u).test(ch)) return 0;
  if (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf && cp !== 0x303f) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1faff) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  ) {
    return 2;
  }
  return (pictograph ??= /^\p{Extended_Pictographic}$/u).test(ch) ? 2 : 1;
}
