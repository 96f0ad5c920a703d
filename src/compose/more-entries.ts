import type { LanguageEntry, InterestEntry, PatentEntry, ReferenceEntry } from '../normalize/types.js';
import type { Block, Run } from './types.js';
import type { Theme } from './theme.js';
import { joinRuns, linkedText, markupRuns, paragraph, prose } from './blocks.js';
import { authorRuns, placeRow, titleRow, titleRuns } from './parts.js';
import { formatDate } from './dates.js';

/** The kinds issue 9 added for CVs written for other tools: languages, interests, references, patents. */
export type MoreEntry = LanguageEntry | InterestEntry | ReferenceEntry | PatentEntry;

/** "Korean — Native": the language bold, the fluency after a dash. */
export function languageRuns(theme: Theme, e: LanguageEntry): Run[] {
  return [theme.text(e.language, { bold: true }), ...(e.fluency ? [theme.text(` — ${e.fluency}`)] : [])];
}

/** "US 10,123,456 B2 (USPTO), Granted, Mar 2020": what identifies a patent and where it stands. */
function patentLine(theme: Theme, e: PatentEntry): Run[] {
  const number = e.number && e.office ? `${e.number} (${e.office})` : (e.number ?? e.office);
  const date = e.when.start ?? e.when.end;
  const parts: Run[][] = [
    number ? [theme.text(number, { italic: true })] : [],
    // Colour means link: the status is set apart by style only.
    e.status ? [theme.text(e.status.charAt(0).toUpperCase() + e.status.slice(1), { italic: true })] : [],
    date ? [theme.text(formatDate(date, theme.labels))] : [],
  ];
  return joinRuns(theme, parts, ', ');
}

/** The blocks of one entry of a newer kind (bullets and links are added by presentEntry where the kind has them). */
export function presentMoreEntry(theme: Theme, e: MoreEntry, compact: boolean): Block[] {
  switch (e.kind) {
    case 'language':
      return [paragraph(theme, languageRuns(theme, e))];
    case 'interest': {
      const keywords = e.keywords.length > 0 ? [theme.text(`: ${e.keywords.join(', ')}`)] : [];
      return [prose(theme, [theme.text(e.name, { bold: true }), ...keywords], { align: 'left', hyphenate: false })];
    }
    case 'reference': {
      const blocks: Block[] = [titleRow(theme, [theme.text(e.name, { bold: true })], [])];
      blocks.push(...placeRow(theme, e.role, undefined));
      if (e.contact) blocks.push(paragraph(theme, linkedText(theme, e.contact, { size: theme.small, color: theme.colors.muted })));
      if (e.reference && !compact) {
        // The quote in italics between curly quotes, as a reference is quoted.
        blocks.push(prose(theme, [theme.text('“', { italic: true }), ...markupRuns(theme, e.reference, { italic: true }), theme.text('”', { italic: true })], { spaceBefore: theme.space(0.1) }));
      }
      return blocks;
    }
    case 'patent': {
      const blocks: Block[] = [paragraph(theme, titleRuns(theme, e.title, e.url), { hyphenate: false })];
      if (e.authors.length > 0) blocks.push(paragraph(theme, authorRuns(theme, e.authors)));
      const line = patentLine(theme, e);
      if (line.length > 0) blocks.push(paragraph(theme, line));
      return blocks;
    }
  }
}
