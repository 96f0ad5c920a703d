import type { OutputFormat } from '../types.js';
import { emitMarkdown } from './emit-markdown.js';

/** CommonMark for a README or a GitHub page. */
export const markdownFormat: OutputFormat = {
  id: 'md',
  extension: '.md',
  emit: async ({ doc }) => new TextEncoder().encode(emitMarkdown(doc)),
};

export { emitMarkdown } from './emit-markdown.js';
