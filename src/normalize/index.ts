import { withTypographicQuotes } from './typography.js';
import type * as Raw from '../validate/raw-cv.js';
import type { Author, Cv, DateRange, Entry, EntryBase, Highlight, Link, Markup, Section } from './types.js';
import { parseDate } from './dates.js';
import { parseMarkupOrThrow } from './markup.js';
import { isOwnerName } from '../common/names.js';

interface Ctx {
  name: string;
  aliases: readonly string[];
}

function markup(text: string | undefined): Markup | undefined {
  return text === undefined ? undefined : parseMarkupOrThrow(text);
}

function highlight(h: Raw.Highlight | Raw.ListItem): Highlight {
  return typeof h === 'string' ? { text: parseMarkupOrThrow(h), tags: [] } : { text: parseMarkupOrThrow(h.text), tags: h.tags ?? [] };
}

function authors(list: readonly Raw.Author[] | undefined, ctx: Ctx): Author[] {
  return (list ?? []).map((a) => {
    const o = typeof a === 'string' ? { name: a } : a;
    return { name: o.name, isOwner: isOwnerName(o.name, ctx.name, ctx.aliases), equal: o.equal ?? false, corresponding: o.corresponding ?? false };
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

type RawEntry = Raw.Section['entries'][number];

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
      return { ...at(`${e.degree}, ${e.institution}`), kind: 'education', institution: e.institution, degree: e.degree, field: e.field, location: e.location, advisor: markup(e.advisor), honors: e.honors ?? [] };
    }
    case 'experience': {
      const e = raw as Raw.ExperienceEntry;
      return { ...at(`${e.title}, ${e.organization}`), kind: 'experience', title: e.title, organization: e.organization, location: e.location, mentors: e.mentors ?? [] };
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
        type: e.type, status: e.status, note: markup(e.note), awards: e.awards ?? [], selected: e.selected ?? false, doi: e.doi,
      };
    }
    case 'project': {
      const e = raw as Raw.ProjectEntry;
      return {
        ...at(plainText(e.title)), kind: 'project', title: parseMarkupOrThrow(e.title), keywords: e.keywords ?? [], description: markup(e.description), note: markup(e.note),
        authors: authors(e.authors, ctx), organization: e.organization, location: e.location,
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
      return { ...at(e.category), kind: 'skills', category: e.category, items: e.items };
    }
    case 'entry': {
      const e = raw as Raw.GenericEntry;
      return { ...at(plainText(e.title)), kind: 'entry', title: parseMarkupOrThrow(e.title), subtitle: e.subtitle, location: e.location, description: markup(e.description) };
    }
    case 'list': {
      const h = highlight(raw as Raw.ListItem);
      return { ...at(plainText(typeof raw === 'string' ? raw : (raw as { text: string }).text)), tags: h.tags, kind: 'list', text: h.text };
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
  const ctx: Ctx = { name: raw.name, aliases: raw.aliases ?? [] };
  const sections: Section[] = raw.sections.map((s, si) => ({
    id: s.id,
    title: s.title,
    kind: s.kind,
    pointer: `/sections/${si}`,
    entries: (s.entries as RawEntry[]).map((e, i) => entry(s, si, e, i, ctx)),
  }));
  const cv: Cv = {
    name: raw.name,
    aliases: raw.aliases ?? [],
    headline: markup(raw.headline),
    lang: raw.lang ?? 'en-US',
    updated: raw.updated !== undefined ? parseDate(raw.updated) : undefined,
    contact: { ...raw.contact },
    profiles: links(raw.profiles),
    summary: {
      intro: markup(raw.summary?.intro),
      bullets: (raw.summary?.bullets ?? []).map(highlight),
      text: markup(raw.summary?.text),
    },
    sections,
  };
  return withTypographicQuotes(cv, cv.lang);
}
