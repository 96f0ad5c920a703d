import type * as Raw from '../../validate/raw-cv.js';
import { plainText } from './plain-text.js';

/** A JSON Resume document and what of the CV it could not hold. */
export interface JsonResumeExport {
  resume: Record<string, unknown>;
  /** One line per field or section with no place in JSON Resume, e.g. "sections.publications: authors of 12 entries". */
  unsupported: string[];
}

type Obj = Record<string, unknown>;

const JSON_RESUME_SCHEMA = 'https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json';

/**
 * The CV as JSON Resume v1.0.0, for its themes and the job sites that read
 * it: each cv.yaml kind to the list JSON Resume keeps it in, Markup as
 * plain text. JSON Resume has no authors, talks, teaching, mentees, service
 * or memberships; everything left out is named in `unsupported`, never
 * dropped silently. Keys come in the order JSON Resume documents them.
 */
export function exportJsonResume(cv: Raw.RawCv): JsonResumeExport {
  const unsupported: string[] = [];
  const lost = (where: string, what: string) => unsupported.push(`${where}: ${what}`);
  // Fields left out of many entries are counted per section, one line each, rather than listed per entry.
  const fields = new Map<string, number>();
  const lostField = (where: string, key: string) => fields.set(`${where}: ${key}`, (fields.get(`${where}: ${key}`) ?? 0) + 1);
  const lists: Record<string, Obj[]> = { work: [], volunteer: [], education: [], awards: [], certificates: [], publications: [], skills: [], languages: [], interests: [], references: [], projects: [] };
  const date = (where: string, d: Raw.CvDate | undefined): string | undefined => {
    if (d === undefined) return undefined;
    const s = String(d);
    if (/^present$/i.test(s)) return undefined;
    if (/^\d{4}(-\d{2}(-\d{2})?)?$/.test(s)) return s;
    lost(where, `date '${s}' (JSON Resume dates are YYYY, YYYY-MM or YYYY-MM-DD)`);
    return undefined;
  };
  for (const section of cv.sections) {
    const where = `sections.${section.id}`;
    const entries = (section.entries ?? []) as Obj[];
    entries.forEach((e, i) => {
      const at = `${where}[${i}]`;
      let used: string[] = [];
      const highlights = (h: unknown) => (Array.isArray(h) ? (h as Raw.Highlight[]).flatMap((x) => (typeof x === 'string' ? [plainText(x)] : [plainText(x.text), ...(x.highlights ?? []).map((s) => plainText(typeof s === 'string' ? s : s.text))])) : undefined);
      const firstUrl = (links: unknown) => (Array.isArray(links) ? (links as Raw.Link[]).find((l) => l.url !== undefined)?.url : undefined);
      const text = (v: unknown) => (typeof v === 'string' ? plainText(v) : undefined);
      switch (section.kind) {
        case 'experience': {
          const volunteer = section.id === 'volunteer';
          lists[volunteer ? 'volunteer' : 'work']?.push(clean({
            [volunteer ? 'organization' : 'name']: e['organization'],
            ...(volunteer ? {} : { location: e['location'] }),
            position: e['title'],
            url: firstUrl(e['links']),
            startDate: date(at, (e['start'] ?? e['date']) as Raw.CvDate | undefined),
            endDate: date(at, (e['end'] ?? e['date']) as Raw.CvDate | undefined),
            summary: text(e['summary']),
            highlights: highlights(e['highlights']),
          }));
          used = ['organization', 'title', 'links', 'start', 'end', 'date', 'summary', 'highlights', ...(volunteer ? [] : ['location'])];
          break;
        }
        case 'education':
          lists['education']?.push(clean({
            institution: e['institution'], url: firstUrl(e['links']), area: e['field'], studyType: e['degree'],
            startDate: date(at, (e['start'] ?? e['date']) as Raw.CvDate | undefined), endDate: date(at, (e['end'] ?? e['date']) as Raw.CvDate | undefined),
            score: e['score'], courses: Array.isArray(e['courses']) ? (e['courses'] as string[]).map(plainText) : undefined,
          }));
          used = ['institution', 'links', 'field', 'degree', 'start', 'end', 'date', 'score', 'courses'];
          break;
        case 'award':
        case 'grant':
          lists['awards']?.push(clean({ title: e['title'], date: date(at, e['date'] as Raw.CvDate | undefined), awarder: e['issuer'] ?? e['funder'], summary: text(e['description']) }));
          used = ['title', 'date', 'issuer', 'funder', 'description'];
          break;
        case 'certification':
          lists['certificates']?.push(clean({ name: e['title'], date: date(at, e['date'] as Raw.CvDate | undefined), issuer: e['issuer'], url: e['url'] }));
          used = ['title', 'date', 'issuer', 'url'];
          break;
        case 'publication': {
          const venue = e['venue'] as Raw.Venue | undefined;
          const doi = typeof e['doi'] === 'string' ? `https://doi.org/${e['doi']}` : undefined;
          lists['publications']?.push(clean({ name: text(e['title']), publisher: e['publisher'] ?? venue?.name, releaseDate: date(at, e['date'] as Raw.CvDate | undefined), url: e['url'] ?? doi ?? firstUrl(e['links']), summary: text(e['note']) }));
          used = ['title', 'publisher', 'date', 'url', 'note', ...(e['url'] === undefined ? ['doi'] : []), ...(e['publisher'] === undefined && venue !== undefined && Object.keys(venue).length === 1 ? ['venue'] : []), ...(e['url'] === undefined && doi === undefined ? ['links'] : [])];
          break;
        }
        case 'skills':
          lists['skills']?.push(clean({ name: e['category'], level: e['level'], keywords: e['items'] }));
          used = ['category', 'level', 'items'];
          break;
        case 'language':
          lists['languages']?.push(clean({ language: e['language'], fluency: e['fluency'] }));
          used = ['language', 'fluency'];
          break;
        case 'interest':
          lists['interests']?.push(clean({ name: e['name'], keywords: e['keywords'] }));
          used = ['name', 'keywords'];
          break;
        case 'reference':
          lists['references']?.push(clean({ name: e['name'], reference: text(e['reference']) }));
          used = ['name', 'reference'];
          break;
        case 'project':
          lists['projects']?.push(clean({
            name: text(e['title']), description: text(e['description']), highlights: highlights(e['highlights']), keywords: e['keywords'],
            startDate: date(at, (e['start'] ?? e['date']) as Raw.CvDate | undefined), endDate: date(at, e['end'] as Raw.CvDate | undefined),
            url: e['url'] ?? firstUrl(e['links']), roles: e['roles'], entity: e['entity'] ?? e['organization'],
          }));
          used = ['title', 'description', 'highlights', 'keywords', 'start', 'date', 'end', 'url', 'roles', 'entity', ...(e['url'] === undefined ? ['links'] : []), ...(e['entity'] === undefined ? ['organization'] : [])];
          break;
        default:
          return;
      }
      for (const key of Object.keys(e)) {
        if (key === 'id') continue;
        const links = e['links'];
        if (key === 'links' && used.includes(key) && Array.isArray(links) && links.filter((l: Raw.Link) => l.url !== undefined).length > 1) lostField(where, 'links after the first');
        else if (!used.includes(key)) lostField(where, key);
      }
    });
    if (!['experience', 'education', 'award', 'grant', 'certification', 'publication', 'skills', 'language', 'interest', 'reference', 'project'].includes(section.kind)) {
      lost(where, `a ${section.kind} section (${entries.length} ${entries.length === 1 ? 'entry' : 'entries'}); JSON Resume has no place for it`);
    }
  }
  const contact = cv.contact;
  const summary = [cv.summary?.intro, ...(cv.summary?.bullets ?? []).map((b) => (typeof b === 'string' ? b : b.text)), cv.summary?.text].filter((s): s is string => s !== undefined).map(plainText).join('\n');
  const basics = clean({
    name: cv.name,
    label: cv.headline !== undefined ? plainText(cv.headline) : undefined,
    email: contact?.email,
    phone: contact?.phone,
    url: contact?.website,
    summary: summary === '' ? undefined : summary,
    location: contact?.location !== undefined ? { address: contact.location } : undefined,
    profiles: cv.profiles?.map((p) => clean({ network: p.network ?? p.label, username: p.username, url: p.url })),
  });
  if (cv.aliases !== undefined) lost('aliases', 'other spellings of the name');
  for (const [what, n] of fields) unsupported.push(`${what} (${n} ${n === 1 ? 'entry' : 'entries'})`);
  const resume: Obj = { $schema: JSON_RESUME_SCHEMA, basics };
  for (const [key, list] of Object.entries(lists)) if (list.length > 0) resume[key] = list;
  return { resume, unsupported };
}

/** Drops undefined values and empty lists, so the JSON has only what the CV says. */
function clean(o: Obj): Obj {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0)));
}
