/**
 * Text runs of a PDF with their weight, from poppler's `pdftohtml -xml`,
 * which marks a run set in a bold face with <b>. Used to check that the
 * owner is bold in author lists.
 */
import { tool } from './cli-run.js';

export interface TextRun {
  page: number;
  text: string;
  bold: boolean;
}

function decode(s: string): string {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;|&apos;/g, "'").replace(/&amp;/g, '&');
}

export function textRuns(path: string): TextRun[] {
  const xml = tool('pdftohtml', ['-xml', '-i', '-stdout', '-q', path]).stdout;
  const runs: TextRun[] = [];
  for (const [n, pageXml] of xml.split('<page ').slice(1).entries()) {
    for (const m of pageXml.matchAll(/<text [^>]*>([\s\S]*?)<\/text>/g)) {
      const inner = m[1] ?? '';
      const bold = /^(<[ia][^>]*>)*<b>/.test(inner);
      runs.push({ page: n + 1, text: decode(inner.replace(/<[^>]+>/g, '')), bold });
    }
  }
  return runs;
}
