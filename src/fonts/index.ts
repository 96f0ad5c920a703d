export { loadFonts } from './load-fonts.js';
export { createMeasurer } from './create-measurer.js';
export type { LoadedFont, LoadedFonts } from './types.js';
