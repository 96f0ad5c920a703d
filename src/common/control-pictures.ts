/**
 * Control characters shown as visible pictures, one character for one, so a
 * source line or a message printed in a terminal can neither drive it nor
 * shift the caret: C0 controls as U+2400..U+241F, DEL as U+2421, C1 controls,
 * the line and paragraph separators and the bidi marks, embeddings,
 * overrides and isolates (which reorder what the terminal shows) as U+2426.
 * Tabs and line breaks stay as they are.
 */
export function controlPictures(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g, (c) => {
    const code = c.charCodeAt(0);
    if (code < 0x20) return String.fromCharCode(0x2400 + code);
    return code === 0x7f ? '\u2421' : '\u2426';
  });
}
