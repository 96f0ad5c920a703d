/**
 * The chunks pdfkit's EmbeddedFont.layout shapes one by one, each ending after
 * a space or tab: the Measurer sums their advances and outputs/pdf/ draws them,
 * so both must cut text alike for measured and drawn widths to be bit-exact.
 */
export function forEachChunk(text: string, visit: (chunk: string) => void): void {
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x09) {
      visit(text.slice(last, i + 1));
      last = i + 1;
    }
  }
  if (last < text.length) visit(text.slice(last));
}
