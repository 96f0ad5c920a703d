import type { OutputMeta } from '../types.js';

export type { FontFace } from '../../fonts/types.js';

/** The PDF's metadata; the only inputs besides the PageTree and fonts that reach the bytes. */
export type PdfMeta = OutputMeta;
