export { loadFonts, readFontFiles } from './load-fonts.js';
export { createMeasurer } from './create-measurer.js';
export type { LoadedFont, LoadedFonts } from './types.js';
export { glyphCoverage, type GlyphCoverage } from './coverage.js';
