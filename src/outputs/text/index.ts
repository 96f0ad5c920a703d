import type { OutputFormat } from '../types.js';
import { emitText } from './emit-text.js';

/** Plain text: UTF-8, one newline at the end. */
export const textFormat: OutputFormat = {
  id: 'txt',
  extension: '.txt',
  emit: async ({ doc }) => new TextEncoder().encode(emitText(doc)),
};

export { emitText } from './emit-text.js';
