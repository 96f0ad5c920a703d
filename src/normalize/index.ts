import { withTypographicQuotes } from './typography.js';
import type * as Raw from '../validate/raw-cv.js';
import type { Author, Cv, CvDate, DateRange, Entry, EntryBase, Highlight, Link, Markup, Profile, Section, SubHighlight } from './types.js';
import { parseCvDate } from '../common/cv-date.js';
import type { CvDate as RawDate } from '../validate/raw-cv.js';
import { parseMarkupOrThrow } from './markup.js';
import { bareDoi, pageRange } from './biblio.js';
import { ownerMatcher, plainName } from '../common/names.js';

/** A date that validation already accepted; anything else reaching here is a bug. */
function parseDate(raw: RawDate): CvDate {
  const date = parseCvDate(raw);
  if (!date) throw new Error(`unvalidated date reached normalize: ${String(raw)}`);
  return date;
}

interface Ctx {
  isOwner: (author: string) => boolean;
}

function markup(text: string | undefined): Markup | undefined {
  return text === undefined ? undefined : parseMarkupOrThrow(text);
}

function subHighlight(h: Raw.SubHighlight | Raw.ListItem): SubHighlight {
  return typeof h === 'string' ? { text: parseMarkupOrThrow(h), tags: [] } : { text: parseMarkupOrThrow(h.text), tags: h.tags ?? [] };
}

function highlight(h: Raw.Highlight | Raw.ListItem): Highlight {
  const subs = typeof h === 'object' && 'highlights' in h ? (h.highlights ?? []) : [];
  return { ...subHighlight(h), highlights: subs.map(subHighlight) };
}

/** A header profile; with no label, the network and username name it ("GitHub: jdoe"). */
function profile(p: Raw.Profile): Profile {
  const named = p.network && p.username ? `${p.network}: ${p.username}` : p.network;
  const label = p.label ?? named ?? '';
  return { label, ...(p.url ? { url: p.url } : {}), ...(p.network ? { network: p.network } : {}), ...(p.username ? { username: p.username } : {}) };
}

/** "2019", "26", "S1": volume and issue numbers as printed. */
function numberText(n: string | number | undefined): string | undefined {
  return n === undefined ? undefined : String(n);
}

function authors(list: readonly Raw.Author[] | undefined, ctx: Ctx): Author[] {
  return (list ?? []).map((a) => {
    const o = typeof a === 'string' ? { name: a } : a;
    return { name: plainName(o.name), isOwner: ctx.isOwner(o.name), equal: o.equal ?? false, corresponding: o.corresponding ?? false };
  });
}

function range(e: { date?: Raw.CvDate; start?: Raw.CvDate; end?: Raw.CvDate; since?: Raw.CvDate }): DateRange {
  const start = e.start ?? e.date ?? e.since;
  const end = e.end ?? e.date;
  return { ...(start !== undefined ? { start: parseDate(start) } : {}), ...(end !== undefined ? { end: parseDate(end) } : {}) };
}

function links(list: readonly Raw.Link[] | undefined): Link[] {
  return (list ?? []).map((l) => (l.url ? { label: l.label, url: l.url } : { label: l.label }));
}

type RawEntry = NonNullable<Raw.Section['entries']>[number];

function base(raw: RawEntry, section: Raw.Section, pointer: string, index: number, label: string): EntryBase {
  const o = typeof raw === 'string' ? { text: raw } : raw;
  const rec = o as { id?: string; tags?: string[]; priority?: number; highlights?: Raw.Highlight[]; links?: Raw.Link[] };
  const priority = rec.priority;
  return {
    key: `${section.id}#${index + 1}`,
    label: label.length > 60 ? `${label.slice(0, 57)}...` : label,
    tags: rec.tags ?? [],
    ...(priority !== undefined ? { priority } : {}),
    when: range(o as { date?: Raw.CvDate; start?: Raw.CvDate; end?: Raw.CvDate; since?: Raw.CvDate }),
    highlights: (rec.highlights ?? []).map(highlight),
    links: links(rec.links),
    pointer,
  };
}

function plainText(text: string): string {
  return parseMarkupOrThrow(text).map((s) => s.text).join('');
}

function entry(section: Raw.Section, sectionIndex: number, raw: RawEntry, index: number, ctx: Ctx): Entry {
  const at = (label: string) => base(raw, section, `/sections/${sectionIndex}/entries/${index}`, index, label);
  switch (section.kind) {
    case 'education': {
      const e = raw as Raw.EducationEntry;
      return {
        ...at(e.degree ? `${e.degree}, ${e.institution}` : e.institution), kind: 'education', institution: e.institution, degree: e.degree, field: e.field, location: e.location,
        advisor: markup(e.advisor), honors: e.honors ?? [], summary: markup(e.summary), score: e.score, courses: (e.courses ?? []).map(parseMarkupOrThrow),
      };
    }
    case 'experience': {
      const e = raw as Raw.ExperienceEntry;
      return {
        ...at(e.organization ? `${e.title}, ${e.organization}` : e.title), kind: 'experience', title: e.title, organization: e.organization, location: e.location,
        mentors: e.mentors ?? [], summary: markup(e.summary),
      };
    }
    case 'award': {
      const e = raw as Raw.AwardEntry;
      return { ...at(e.title), kind: 'award', title: e.title, issuer: e.issuer, description: markup(e.description), amount: e.amount };
    }
    case 'grant': {
      const e = raw as Raw.GrantEntry;
      return { ...at(e.title), kind: 'grant', title: e.title, funder: e.funder, amount: e.amount, description: markup(e.description), coPIs: e.coPIs ?? [] };
    }
    case 'publication': {
      const e = raw as Raw.PublicationEntry;
      const venue = e.venue ? { ...e.venue, note: markup(e.venue.note) } : undefined;
      return {
        ...at(plainText(e.title)), kind: 'publication', title: parseMarkupOrThrow(e.title), authors: authors(e.authors, ctx), venue, location: e.location,
        type: e.type ?? 'other', status: e.status, note: markup(e.note), awards: e.awards ?? [], selected: e.selected ?? false,
        doi: e.doi !== undefined ? bareDoi(e.doi) : undefined, volume: numberText(e.volume), number: numberText(e.number),
        pages: e.pages !== undefined ? pageRange(e.pages) : undefined, publisher: e.publisher, url: e.url,
      };
    }
    case 'project': {
      const e = raw as Raw.ProjectEntry;
      return {
        ...at(plainText(e.title)), kind: 'project', title: parseMarkupOrThrow(e.title), keywords: e.keywords ?? [], description: markup(e.description), note: markup(e.note),
        authors: authors(e.authors, ctx), organization: e.organization, location: e.location, roles: e.roles ?? [], entity: e.entity, url: e.url,
        stars: e.stars ? { count: e.stars.count, asOf: parseDate(e.stars.asOf) } : undefined,
      };
    }
    case 'talk': {
      const e = raw as Raw.TalkEntry;
      return { ...at(plainText(e.title)), kind: 'talk', title: parseMarkupOrThrow(e.title), authors: authors(e.authors, ctx), type: e.type, event: e.event, location: e.location, keywords: e.keywords ?? [], description: markup(e.description) };
    }
    case 'teaching': {
      const e = raw as Raw.TeachingEntry;
      return { ...at(`${e.title}, ${e.course}`), kind: 'teaching', title: e.title, institution: e.institution, location: e.location, course: e.course, courseCode: e.courseCode, instructor: e.instructor };
    }
    case 'mentee': {
      const e = raw as Raw.MenteeEntry;
      return { ...at(e.name), kind: 'mentee', name: e.name, degree: e.degree, institution: e.institution, topics: e.topics ?? [], awards: e.awards ?? [] };
    }
    case 'certification': {
      const e = raw as Raw.CertificationEntry;
      const b = at(e.title);
      return { ...b, links: e.url ? [{ label: e.url, url: e.url }, ...b.links] : b.links, kind: 'certification', title: e.title, issuer: e.issuer, url: e.url };
    }
    case 'service': {
      const e = raw as Raw.ServiceEntry;
      return { ...at(e.role), kind: 'service', role: e.role, venues: e.venues.map((v) => ({ name: v.name, date: parseDate(v.date) })) };
    }
    case 'membership': {
      const e = raw as Raw.MembershipEntry;
      return { ...at(e.organization), kind: 'membership', organization: e.organization, short: e.short, note: markup(e.note) };
    }
    case 'skills': {
      const e = raw as Raw.SkillsEntry;
      return { ...at(e.category), kind: 'skills', category: e.category, level: e.level, items: e.items ?? [] };
    }
    case 'language': {
      const e = raw as Raw.LanguageEntry;
      return { ...at(e.language), kind: 'language', language: e.language, fluency: e.fluency };
    }
    case 'interest': {
      const e = raw as Raw.InterestEntry;
      return { ...at(e.name), kind: 'interest', name: e.name, keywords: e.keywords ?? [] };
    }
    case 'reference': {
      const e = raw as Raw.ReferenceEntry;
      return { ...at(e.name), kind: 'reference', name: e.name, role: e.role, contact: e.contact, reference: markup(e.reference) };
    }
    case 'patent': {
      const e = raw as Raw.PatentEntry;
      return {
        ...at(plainText(e.title)), kind: 'patent', title: parseMarkupOrThrow(e.title), authors: authors(e.authors, ctx), number: e.number,
        office: e.office, status: e.status, url: e.url,
      };
    }
    case 'entry': {
      const e = raw as Raw.GenericEntry;
      return { ...at(plainText(e.title)), kind: 'entry', title: parseMarkupOrThrow(e.title), subtitle: e.subtitle, location: e.location, description: markup(e.description) };
    }
    case 'list': {
      const h = highlight(raw as Raw.ListItem);
      const numbering = section.kind === 'list' ? section.numbering : undefined;
      const count = section.entries?.length ?? 0;
      const number = numbering === 'ascending' ? index + 1 : numbering === 'descending' ? count - index : undefined;
      return { ...at(plainText(typeof raw === 'string' ? raw : (raw as { text: string }).text)), tags: h.tags, kind: 'list', text: h.text, ...(number !== undefined ? { number } : {}) };
    }
    case 'text': {
      const text = raw as string;
      return { ...at(plainText(text)), kind: 'text', text: parseMarkupOrThrow(text) };
    }
  }
}

/**
 * Gives later stages one shape for every value: parsed dates, parsed markup,
 * authors with the owner found. Input must have passed validateCv; a value it
 * should have refused is a bug and throws.
 */
export function normalizeCv(raw: Raw.RawCv): Cv {
  const ctx: Ctx = { isOwner: ownerMatcher(raw.name, raw.aliases ?? []) };
  const sections: Section[] = raw.sections.map((s, si) => ({
    id: s.id,
    title: s.title,
    kind: s.kind,
    pointer: `/sections/${si}`,
    entries: ((s.entries ?? []) as RawEntry[]).map((e, i) => entry(s, si, e, i, ctx)),
  }));
  const cv: Cv = {
    name: raw.name,
    aliases: raw.aliases ?? [],
    headline: markup(raw.headline),
    lang: raw.lang ?? 'en-US',
    updated: raw.updated !== undefined ? parseDate(raw.updated) : undefined,
    contact: { ...raw.contact },
    profiles: (raw.profiles ?? []).map(profile),
    summary: {
      intro: markup(raw.summary?.intro),
      bullets: (raw.summary?.bullets ?? []).map(highlight),
      text: markup(raw.summary?.text),
    },
    sections,
  };
  return withTypographicQuotes(cv, cv.lang);
}
