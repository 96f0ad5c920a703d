import type { Highlight, RawCv, Section } from '../../validate/raw-cv.js';
import { toCvDate, toCvDateRange } from '../dates.js';
import { makeIdMaker } from '../ids.js';
import { dialable } from '../phone.js';
import type { MapProblem, Path, Tracked } from '../tracked.js';
import { allAuthors, OwnerMarks } from './owner-marks.js';
import { LANGUAGE_TAGS, socialUrl } from './social.js';

/** Where a scalar's text starts in the source, to see whether a highlight was written with nested "- " lines. */
export type SourceSlice = (path: Path) => string;

/**
 * RenderCV's `cv:` onto cv.yaml: the header fields, then each section of
 * `sections:` (a title mapped to a list) by the type of its entries, told
 * apart by their keys as RenderCV does. `*Name*` in publication authors
 * marks the owner: the marks go, and a spelling other than `name` becomes
 * an alias so the owner stays bold.
 */
export function renderCvToRawCv(t: Tracked, slice: SourceSlice, problems: MapProblem[]): RawCv | undefined {
  const name = t.str(['cv', 'name']);
  if (name === undefined) {
    problems.push({ path: ['cv'], severity: 'error', message: "cv.name is missing; cv.yaml needs the owner's name" });
    return undefined;
  }
  const opt = <T>(key: string, value: T | undefined): Record<string, T> => (value === undefined ? {} : { [key]: value });
  const notADate = (path: Path, raw: string) => problems.push({ path, severity: 'warning', message: `'${raw}' is not a date cv.yaml reads (YYYY, YYYY-MM, YYYY-MM-DD or present); not imported` });
  const date = (path: Path): string | undefined => {
    const raw = t.str(path);
    const d = toCvDate(raw);
    if (raw !== undefined && d === undefined) notADate(path, raw);
    return d;
  };
  /** RenderCV's `date` is free text: a single date, or a range such as "2021 - 2024" (which becomes start and end). */
  const singleOrRange = (path: Path): { date?: string; start?: string; end?: string } => {
    const raw = t.str(path);
    if (raw === undefined) return {};
    const single = toCvDate(raw);
    if (single !== undefined) return { date: single };
    const range = toCvDateRange(raw);
    if (range !== undefined) return range;
    notADate(path, raw);
    return {};
  };
  /** An entry's extra `url` (RenderCV templates print it), as a link. */
  const urlLinks = (path: Path): { links?: { label: string; url: string }[] } => {
    const raw = t.str(path);
    if (raw === undefined) return {};
    if (/^https?:\/\/\S+$/.test(raw)) return { links: [{ label: 'Website', url: raw }] };
    problems.push({ path, severity: 'warning', message: `'${raw}' is not an http(s) address; not imported` });
    return {};
  };
  const first = (path: Path): string | undefined => {
    const all = t.strs(path);
    if (all !== undefined && all.length > 1) problems.push({ path: [...path, 1], severity: 'warning', message: 'cv.yaml keeps one of these; only the first is imported' });
    return all?.[0];
  };
  const email = first(['cv', 'email']);
  const phone = dialable(first(['cv', 'phone'])?.replace(/^tel:/, ''), ['cv', 'phone'], problems);
  const website = first(['cv', 'website']);
  const location = t.str(['cv', 'location']);
  if (email === undefined && (phone !== undefined || website !== undefined || location !== undefined)) {
    problems.push({ path: ['cv'], severity: 'warning', message: 'cv has no email; cv.yaml keeps contact details only with an email, so phone, website and location are not imported' });
  }
  const profiles = Array.from({ length: t.count(['cv', 'social_networks']) }, (_, i) => {
    const network = t.str(['cv', 'social_networks', i, 'network']);
    const username = t.str(['cv', 'social_networks', i, 'username']);
    const url = network !== undefined && username !== undefined ? socialUrl(network, username) : undefined;
    return { ...opt('network', network), ...opt('username', username), ...opt('url', url) };
  }).filter((p) => Object.keys(p).length > 0);
  // RenderCV's custom_connections: a label and a link (the icon is a look, which layouts own).
  for (let i = 0; i < t.count(['cv', 'custom_connections']); i++) {
    const p: Path = ['cv', 'custom_connections', i];
    t.skip([...p, 'fontawesome_icon']);
    const label = t.str([...p, 'placeholder']);
    const url = urlLinks([...p, 'url']).links?.[0]?.url;
    if (label !== undefined || url !== undefined) profiles.push({ label: label ?? (url as string), ...opt('url', url) });
  }
  const language = t.str(['locale', 'language']) ?? t.str(['locale_catalog', 'language']);
  const lang = language !== undefined ? LANGUAGE_TAGS[language.toLowerCase()] : undefined;

  const marks = new OwnerMarks(name, allAuthors(t.peek(['cv', 'sections'])), problems);
  const aliases = marks.aliases;
  const highlights = (path: Path): Highlight[] | undefined => {
    const list = Array.from({ length: t.count(path) }, (_, i) => t.str([...path, i]) !== undefined ? nested(t.str([...path, i]) as string, slice([...path, i])) : undefined);
    const kept = list.filter((h): h is Highlight => h !== undefined);
    return kept.length > 0 ? kept : undefined;
  };
  const sectionId = makeIdMaker('section');
  const sections: Section[] = [];
  for (const title of t.keys(['cv', 'sections'])) {
    const path: Path = ['cv', 'sections', title];
    const count = t.count(path);
    if (count === 0) continue;
    const kind = entryKind(t.peek([...path, 0]));
    // RenderCV users lay out awards, grants or talks as education entries (institution, area);
    // unless the section is about education, they are general entries here, not degrees.
    const asEducation = kind !== 'education' || isEducation(title, Array.from({ length: count }, (_, i) => t.peek([...path, i])));
    const base = { id: sectionId(title), title: sectionTitle(title) };
    const entries: unknown[] = [];
    for (let i = 0; i < count; i++) {
      const p: Path = [...path, i];
      const here = entryKind(t.peek(p));
      if (here !== kind) {
        problems.push({ path: p, severity: 'warning', message: `this ${here} entry is in a section of ${kind} entries; cv.yaml sections hold one kind, so it is not imported` });
        t.skip(p);
        continue;
      }
      const s = (k: string) => t.str([...p, k]);
      const dates = { ...singleOrRange([...p, 'date']), ...opt('start', date([...p, 'start_date'])), ...opt('end', date([...p, 'end_date'])) };
      if (dates.date !== undefined && (dates.start !== undefined || dates.end !== undefined)) {
        problems.push({ path: [...p, 'date'], severity: 'warning', message: 'both date and start_date/end_date are given; cv.yaml keeps start and end' });
        delete (dates as { date?: string }).date;
      }
      const common = { ...opt('location', s('location')), ...dates };
      switch (kind) {
        case 'education':
          if (asEducation) entries.push({ institution: s('institution'), ...opt('degree', s('degree')), ...opt('field', s('area')), ...common, ...opt('summary', s('summary')), ...opt('highlights', highlights([...p, 'highlights'])), ...urlLinks([...p, 'url']) });
          else entries.push({ title: s('institution'), ...opt('subtitle', [s('degree'), s('area')].filter(Boolean).join(', ') || undefined), ...common, ...opt('description', s('summary')), ...opt('highlights', highlights([...p, 'highlights'])), ...urlLinks([...p, 'url']) });
          break;
        case 'experience':
          entries.push({ title: s('position') ?? 'Position', ...opt('organization', s('company')), ...common, ...opt('summary', s('summary')), ...opt('highlights', highlights([...p, 'highlights'])), ...urlLinks([...p, 'url']) });
          break;
        case 'publication': {
          const authors = t.strs([...p, 'authors'])?.map((a, j) => marks.plain(a, [...p, 'authors', j]));
          const journal = s('journal');
          entries.push({
            title: s('title'), ...opt('authors', authors), ...opt('venue', journal !== undefined ? { name: journal } : undefined), ...opt('date', dates.date ?? dates.start),
            ...opt('note', s('summary')), ...opt('doi', s('doi')), ...opt('url', s('url')),
          });
          break;
        }
        case 'normal':
          entries.push({ title: s('name'), ...common, ...opt('description', s('summary')), ...opt('highlights', highlights([...p, 'highlights'])), ...urlLinks([...p, 'url']) });
          break;
        case 'one-line':
          entries.push({ category: s('label'), ...opt('items', splitDetails(s('details'))) });
          break;
        case 'bullet':
        case 'numbered':
        case 'reversed-numbered':
          entries.push(s(kind === 'bullet' ? 'bullet' : kind === 'numbered' ? 'number' : 'reversed_number') ?? '');
          break;
        case 'text':
          entries.push(t.str(p));
          break;
        default:
          problems.push({ path: p, severity: 'warning', message: 'this entry is of no RenderCV type cv knows; not imported' });
      }
    }
    const kinds = { education: 'education', experience: 'experience', publication: 'publication', normal: 'entry', 'one-line': 'skills', bullet: 'list', numbered: 'list', 'reversed-numbered': 'list', text: 'text' } as const;
    const numbering = kind === 'numbered' ? { numbering: 'ascending' } : kind === 'reversed-numbered' ? { numbering: 'descending' } : {};
    if (kind !== 'unknown' && entries.length > 0) sections.push({ ...base, kind: asEducation ? kinds[kind] : 'entry', ...numbering, entries } as Section);
  }
  return {
    ...opt('lang', lang),
    name,
    ...(aliases.length > 0 ? { aliases } : {}),
    ...opt('headline', t.str(['cv', 'headline'])),
    ...opt('contact', email === undefined ? undefined : { email, ...opt('website', website), ...opt('phone', phone), ...opt('location', location) }),
    ...(profiles.length > 0 ? { profiles } : {}),
    sections,
  };
}

type EntryKind = 'education' | 'experience' | 'publication' | 'normal' | 'one-line' | 'bullet' | 'numbered' | 'reversed-numbered' | 'text' | 'unknown';

/** RenderCV tells entry types apart by their keys; so does this, in its order. */
function entryKind(entry: unknown): EntryKind {
  if (typeof entry === 'string' || typeof entry === 'number') return 'text';
  if (entry === null || typeof entry !== 'object') return 'unknown';
  const has = (k: string) => k in (entry as Record<string, unknown>);
  if (has('institution') && has('area')) return 'education';
  if (has('company') && has('position')) return 'experience';
  if (has('title') && has('authors')) return 'publication';
  if (has('label') && has('details')) return 'one-line';
  if (has('bullet')) return 'bullet';
  if (has('reversed_number')) return 'reversed-numbered';
  if (has('number')) return 'numbered';
  if (has('name')) return 'normal';
  if (has('institution')) return 'education';
  return 'unknown';
}

/** Education entries that are degrees: the section's title says education, or an entry names a degree. */
function isEducation(title: string, entries: readonly unknown[]): boolean {
  if (/educat|degree|school|universit|college|academic|qualif|diploma|stud(y|ies)/i.test(title)) return true;
  return entries.some((e) => e !== null && typeof e === 'object' && typeof (e as { degree?: unknown }).degree === 'string');
}

/** "selected_honors" -> "Selected honors"; a title already written as one stays. */
function sectionTitle(key: string): string {
  const words = key.replace(/_/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** "Python, C++, CUDA" -> the skills as items. */
function splitDetails(details: string | undefined): string[] | undefined {
  if (details === undefined) return undefined;
  const items = details.split(/,\s+/).map((d) => d.trim()).filter(Boolean);
  return items.length > 0 ? items : undefined;
}

/**
 * A RenderCV highlight written over several lines with "- " sub-bullets
 * (which YAML folds into one string) as a highlight with nested ones.
 */
function nested(text: string, source: string): Highlight {
  if (!/\n\s*- /.test(source)) return text;
  const parts = text.split(/\s+-\s+/);
  if (parts.length < 2) return text;
  return { text: parts[0] as string, highlights: parts.slice(1) };
}
