import type { OutputFormat } from './types.js';
import { pdfOutput } from './pdf/index.js';

export type { OutputFormat, OutputInput, OutputMeta } from './types.js';

/** Every format cv writes, by id. A new format is a folder beside pdf/ and a line here. */
export const OUTPUT_FORMATS: ReadonlyMap<string, OutputFormat> = new Map([[pdfOutput.id, pdfOutput]]);
