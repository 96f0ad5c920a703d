import type { Creator, Entry } from '@retorquere/bibtex-parser';
import type { PublicationEntry } from '../../validate/raw-cv.js';
import { creatorName, isOwnerCreator } from './authors.js';
import type { Owner } from './authors.js';
import { htmlToMarkup, htmlToText } from './markup.js';

type PublicationType = NonNullable<PublicationEntry['type']>;

/** One BibTeX entry as a cv.yaml publication, the owner spellings it used, and the fields it could not place. */
export interface MappedEntry {
  publication: PublicationEntry;
  ownerSpellings: string[];
  /** Field names with no place in cv.yaml, in the order the entry has them. */
  unplaced: string[];
  /** Values that could not be used, each with the field it is in. */
  problems: { field: string; message: string }[];
}

/** Fields read by the mapping below; any other field is reported as unplaced. */
const PLACED = new Set([
  'title', 'author', 'journal', 'journaltitle', 'booktitle', 'school', 'institution', 'organization', 'howpublished',
  'year', 'month', 'date', 'doi', 'url', 'eprint', 'archiveprefix', 'eprinttype', 'primaryclass', 'volume', 'number',
  'issue', 'pages', 'publisher', 'address', 'location', 'note', 'pubstate', 'type',
]);

/** Bookkeeping fields of reference managers: nothing a reader of the CV would miss, so not worth a warning. */
const BOOKKEEPING = new Set(['timestamp', 'biburl', 'bibsource', 'urldate', 'file', 'owner', 'added-at', 'interhash', 'intrahash', 'langid', 'language', 'date-added', 'date-modified']);
/** BibDesk's numbered links and files (bdsk-url-1, bdsk-file-1): the url and doi say it already. */
const BOOKKEEPING_PATTERN = /^bdsk-(url|file)-\d+$/;
/** The parser's name for a field given twice: "note+duplicate-1". */
const DUPLICATE = /^(.+)\+duplicate-\d+$/;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * Maps one parsed entry onto the publication kind: the BibTeX type to the
 * nearest publication type (arXiv misc -> preprint, theses, books, chapters,
 * reports), the container to the venue, and the bibliographic details
 * (volume, number, pages, publisher, doi, url, eprint) to their own keys.
 */
export function entryToPublication(entry: Entry, owner: Owner | undefined): MappedEntry {
  const f = entry.fields;
  const problems: MappedEntry['problems'] = [];
  const type = publicationType(entry);
  const authors = (f.author ?? []) as Creator[];
  const ownerSpellings = owner === undefined ? [] : authors.filter((c) => isOwnerCreator(c, owner)).map(creatorName);
  const venue = venueOf(entry, type);
  const venueName = venue?.name;
  const date = dateOf(f, problems);
  const arxiv = arxivId(entry);
  // An eprint that is not arXiv is usually the publisher's PDF: a link, not a loss.
  const eprintUrl = arxiv === undefined ? httpUrl(f.eprint) : undefined;
  const links = [
    ...(arxiv !== undefined ? [{ label: 'arXiv', url: `https://arxiv.org/abs/${arxiv}` }] : []),
    ...(eprintUrl !== undefined ? [{ label: 'PDF', url: eprintUrl }] : []),
  ];
  const publication: PublicationEntry = {
    title: htmlToMarkup(f.title ?? ''),
    ...(authors.length > 0 ? { authors: authors.map(creatorName) } : {}),
    ...(venueName !== undefined ? { venue: { name: venueName } } : {}),
    ...(text(f.address ?? listText(f.location)) !== undefined ? { location: text(f.address ?? listText(f.location)) as string } : {}),
    ...(date !== undefined ? { date } : {}),
    type,
    ...(statusOf(f) !== undefined ? { status: statusOf(f) as string } : {}),
    ...(text(f.volume) !== undefined ? { volume: text(f.volume) as string } : {}),
    ...(text(f.number ?? f.issue) !== undefined ? { number: text(f.number ?? f.issue) as string } : {}),
    ...(text(f.pages) !== undefined ? { pages: (text(f.pages) as string).replace(/\u2013/g, '--') } : {}),
    ...(listText(f.publisher) !== undefined && type !== 'thesis' ? { publisher: listText(f.publisher) as string } : {}),
    ...(noteOf(entry) !== undefined ? { note: noteOf(entry) as string } : {}),
    ...(links.length > 0 ? { links } : {}),
    ...(doiOf(f.doi) !== undefined ? { doi: doiOf(f.doi) as string } : {}),
    ...(httpUrl(f.url) !== undefined && !(arxiv !== undefined && /arxiv\.org/i.test(f.url ?? '')) ? { url: httpUrl(f.url) as string } : {}),
  };
  if (f.url !== undefined && httpUrl(f.url) === undefined) problems.push({ field: 'url', message: `url '${f.url}' is not an http(s) address; not imported` });
  if (f.doi !== undefined && f.doi.trim() !== '' && doiOf(f.doi) === undefined) problems.push({ field: 'doi', message: `doi '${f.doi}' is not a DOI (10.prefix/suffix); not imported` });
  if (f.eprint !== undefined && arxiv === undefined && eprintUrl === undefined) problems.push({ field: 'eprint', message: `eprint '${f.eprint}' is neither an arXiv id nor an http(s) address; not imported` });
  const unused = unusedPlaced(entry, type, venue?.field);
  const unplaced = Object.keys(f)
    .filter((k) => (!PLACED.has(k) || unused.has(k)) && !BOOKKEEPING.has(k) && !BOOKKEEPING_PATTERN.test(k) && !(k.startsWith('note+') && DUPLICATE.test(k)))
    .map((k) => k.replace(DUPLICATE, 'second $1'));
  return { publication, ownerSpellings, unplaced, problems };
}

function publicationType(entry: Entry): PublicationType {
  const t = entry.type.toLowerCase();
  const container = `${entry.fields.booktitle ?? ''} ${entry.fields.journal ?? ''}`;
  switch (t) {
    case 'article':
      return arxivId(entry) !== undefined && entry.fields.journal === undefined ? 'preprint' : 'journal';
    case 'inproceedings':
    case 'conference':
      return /workshop/i.test(container) ? 'workshop' : 'conference';
    case 'phdthesis':
    case 'mastersthesis':
    case 'thesis':
      return 'thesis';
    case 'book':
    case 'mvbook':
    case 'proceedings':
      return 'book';
    case 'incollection':
    case 'inbook':
    case 'inproceedings-chapter':
      return 'chapter';
    case 'techreport':
    case 'report':
      return 'report';
    case 'misc':
    case 'unpublished':
    case 'online':
    case 'preprint':
      return arxivId(entry) !== undefined || t === 'preprint' ? 'preprint' : 'other';
    default:
      return 'other';
  }
}

/**
 * Fields this mapping reads but did not use for this entry (a `booktitle`
 * beside a `journal`, an `issue` beside a `number`, a thesis's `publisher`),
 * so they are reported like any other field without a place.
 */
function unusedPlaced(entry: Entry, type: PublicationType, venueField: string | undefined): Set<string> {
  const f = entry.fields;
  const has = (k: string) => f[k] !== undefined && String(f[k]).trim() !== '';
  const unused = new Set<string>();
  for (const k of ['journal', 'journaltitle', 'booktitle', 'howpublished']) if (has(k) && k !== venueField) unused.add(k);
  for (const k of ['school', 'institution', 'organization']) if (has(k) && k !== venueField) unused.add(k);
  if (has('issue') && has('number')) unused.add('issue');
  if (has('location') && has('address')) unused.add('location');
  if (has('publisher') && type === 'thesis') unused.add('publisher');
  if (has('type') && has('note')) unused.add('type');
  if (arxivId(entry) === undefined) for (const k of ['archiveprefix', 'eprinttype', 'primaryclass']) if (has(k)) unused.add(k);
  return unused;
}

/** The note as written (a second `note` field joined to the first); a thesis without one says which kind it is ("PhD thesis", or its `type` field). */
function noteOf(entry: Entry): string | undefined {
  const notes = Object.keys(entry.fields).filter((k) => k === 'note' || (k.startsWith('note+') && DUPLICATE.test(k))).map((k) => htmlToMarkup(String(entry.fields[k])).trim()).filter(Boolean);
  const note = notes.map((n, i) => (i < notes.length - 1 && !/[.!?]$/.test(n) ? `${n}.` : n)).join(' ');
  if (note !== '') return note;
  const t = entry.type.toLowerCase();
  if (entry.fields.type !== undefined) return htmlToMarkup(entry.fields.type);
  return t === 'phdthesis' ? 'PhD thesis' : t === 'mastersthesis' ? "Master's thesis" : undefined;
}

/** The arXiv id from eprint (with archivePrefix/eprinttype arXiv or an arXiv-shaped id), an arXiv url, or a journal "arXiv preprint arXiv:ID". */
function arxivId(entry: Entry): string | undefined {
  return arxivSource(entry)?.id;
}

/** The arXiv id and the field it was read from (eprint, url, or one that names it in text). */
function arxivSource(entry: Entry): { id: string; field: string } | undefined {
  const f = entry.fields;
  const prefix = (f.archiveprefix ?? f.eprinttype ?? '').toLowerCase();
  const eprint = f.eprint?.trim();
  if (eprint && (prefix === 'arxiv' || /^(\d{4}\.\d{4,5}|[a-z-]+(\.[A-Z]{2})?\/\d{7})(v\d+)?$/i.test(eprint))) return { id: eprint.replace(/^arxiv:/i, ''), field: 'eprint' };
  const fromUrl = /arxiv\.org\/(?:abs|pdf)\/([^\s?#]+?)(?:\.pdf)?$/i.exec(f.url ?? '')?.[1];
  if (fromUrl) return { id: fromUrl, field: 'url' };
  for (const field of ['journal', 'howpublished', 'note']) {
    const id = /arxiv:\s*(\d{4}\.\d{4,5}(v\d+)?)/i.exec(f[field] ?? '')?.[1];
    if (id) return { id, field };
  }
  return undefined;
}

/** The venue's name and the field it came from. */
function venueOf(entry: Entry, type: PublicationType): { name: string | undefined; field: string } | undefined {
  const f = entry.fields;
  const from = (field: string | undefined, value: string | undefined) => (field === undefined ? undefined : { name: text(value), field });
  const first = (...keys: string[]) => keys.find((k) => f[k] !== undefined);
  const containerKey = first('journal', 'journaltitle', 'booktitle');
  if (type === 'thesis') { const k = first('school', 'institution'); return from(k, listText(k === undefined ? undefined : f[k])); }
  if (type === 'report') { const k = first('institution', 'organization'); return from(k, listText(k === undefined ? undefined : f[k])); }
  if (type === 'preprint' && containerKey === undefined) { const arxiv = arxivSource(entry); return arxiv ? { name: 'arXiv', field: arxiv.field } : from(first('howpublished'), f.howpublished); }
  if (type === 'book') return undefined;
  if (containerKey !== undefined) return from(containerKey, f[containerKey] as string);
  return f.howpublished !== undefined && !/^\s*<a /.test(f.howpublished) ? from('howpublished', f.howpublished) : undefined;
}

/** `date` (biblatex) wins over year and month; a month name or number is kept, a day only from `date`. */
function dateOf(f: Entry['fields'], problems: MappedEntry['problems']): string | undefined {
  const date = f.date?.trim();
  if (date) {
    if (/^\d{4}(-\d{2}(-\d{2})?)?$/.test(date)) return date;
    problems.push({ field: 'date', message: `date '${date}' is not YYYY, YYYY-MM or YYYY-MM-DD; not imported` });
  }
  const year = f.year?.trim();
  if (!year || (f.pubstate === undefined && STATUS_WORDS.test(year))) return undefined;
  if (!/^\d{4}$/.test(year)) {
    problems.push({ field: 'year', message: `year '${year}' is not a four-digit year; not imported` });
    return undefined;
  }
  const month = monthNumber(f.month);
  if (f.month !== undefined && month === undefined) problems.push({ field: 'month', message: `month '${f.month}' is not a month; only the year is imported` });
  return month === undefined ? year : `${year}-${String(month).padStart(2, '0')}`;
}

/** What people write in `year` for a paper not out yet ("in press", "under review"): a status, not a date. */
const STATUS_WORDS = /^(in press|under review|submitted|accepted|forthcoming|in preparation|in prep\.?|in revision|to appear)$/i;

/** `pubstate` (biblatex), else a status written in `year`. */
function statusOf(f: Entry['fields']): string | undefined {
  const pubstate = text(f.pubstate);
  if (pubstate !== undefined) return pubstate;
  const year = f.year?.trim() ?? '';
  return STATUS_WORDS.test(year) ? year : undefined;
}

function monthNumber(month: string | undefined): number | undefined {
  if (month === undefined) return undefined;
  const m = month.trim().toLowerCase();
  if (/^\d{1,2}$/.test(m) && Number(m) >= 1 && Number(m) <= 12) return Number(m);
  const i = MONTHS.indexOf(m.slice(0, 3));
  return i >= 0 ? i + 1 : undefined;
}

/** A DOI without its resolver: "https://doi.org/10.1/x" and "doi:10.1/x" both become "10.1/x". */
function doiOf(doi: string | undefined): string | undefined {
  const d = doi?.trim().replace(/^(https?:\/\/(dx\.)?doi\.org\/|doi:\s*)/i, '');
  return d && /^10\.\S+$/.test(d) ? d : undefined;
}

function httpUrl(url: string | undefined): string | undefined {
  const u = url?.trim();
  return u && /^https?:\/\/\S+$/.test(u) ? u : undefined;
}

function text(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const t = htmlToText(value);
  return t === '' ? undefined : t;
}

function listText(value: string[] | string | undefined): string | undefined {
  if (value === undefined) return undefined;
  return Array.isArray(value) ? value.join(', ') : value;
}
