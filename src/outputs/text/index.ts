import type { OutputFormat } from '../types.js';

/** Plain text: UTF-8, one newline at the end. */
export const textFormat: OutputFormat = {
  id: 'txt',
  extension: '.txt',
  // Imported on use: string-width and its Unicode tables load only when a text file is written.
  emit: async ({ doc }) => new TextEncoder().encode((await import('./emit-text.js')).emitText(doc)),
};

