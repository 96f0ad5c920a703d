import type { RawCv, Section } from '../../validate/raw-cv.js';
import { toCvDate } from '../dates.js';
import { escapeMarkup } from '../ids.js';
import { dialable } from '../phone.js';
import type { MapProblem, Path, Tracked } from '../tracked.js';



/**
 * JSON Resume v1.0.0 onto cv.yaml, every field to its natural place: basics
 * to the header, work and volunteer to experience sections, and one section
 * per other list, in the order JSON Resume documents them. Free text becomes
 * Markup with its `*` and `[` escaped, so it prints exactly as written.
 */
export function jsonResumeToRawCv(t: Tracked, problems: MapProblem[]): RawCv | undefined {
  t.skip(['$schema']);
  const name = t.str(['basics', 'name']);
  if (name === undefined) {
    problems.push({ path: ['basics'], severity: 'error', message: "basics.name is missing; cv.yaml needs the owner's name" });
    return undefined;
  }
  const markup = (path: Path) => {
    const s = t.str(path);
    return s === undefined ? undefined : escapeMarkup(s);
  };
  const date = (path: Path): string | undefined => {
    const raw = t.str(path);
    const d = toCvDate(raw);
    if (raw !== undefined && d === undefined) problems.push({ path, severity: 'warning', message: `'${raw}' is not a date as YYYY, YYYY-MM or YYYY-MM-DD; not imported` });
    return d;
  };
  const url = (path: Path): string | undefined => {
    const raw = t.str(path);
    if (raw === undefined) return undefined;
    if (/^(https?:\/\/|mailto:|tel:)\S+$/.test(raw)) return raw;
    problems.push({ path, severity: 'warning', message: `'${raw}' is not an http(s) address; not imported` });
    return undefined;
  };
  const highlights = (path: Path) => t.strs(path)?.map(escapeMarkup);
  const opt = <T>(key: string, value: T | undefined): Record<string, T> => (value === undefined ? {} : { [key]: value });
  const list = (key: string) => Array.from({ length: t.count([key]) }, (_, i) => [key, i] as const);

  const email = t.str(['basics', 'email']);
  const phone = dialable(t.str(['basics', 'phone']), ['basics', 'phone'], problems);
  // Names of JSON Resume before v1.0.0 (website, company, gpa), still common in real files.
  const website = url(['basics', 'url']) ?? url(['basics', 'website']);
  const location = ['address', 'city', 'region', 'postalCode', 'countryCode'].map((k) => t.str(['basics', 'location', k])).filter((s) => s !== undefined).join(', ');
  if (email === undefined && (phone !== undefined || website !== undefined || location !== '')) {
    problems.push({ path: ['basics'], severity: 'warning', message: 'basics has no email; cv.yaml keeps contact details only with an email, so phone, url and location are not imported' });
  }
  const contact = email === undefined ? undefined : { email, ...opt('website', website), ...opt('phone', phone), ...opt('location', location || undefined) };
  const profiles = Array.from({ length: t.count(['basics', 'profiles']) }, (_, i) => {
    const p: Path = ['basics', 'profiles', i];
    return { ...opt('network', t.str([...p, 'network'])), ...opt('username', t.str([...p, 'username'])), ...opt('url', url([...p, 'url'])) };
  }).filter((p) => Object.keys(p).length > 0);
  const summary = markup(['basics', 'summary']);

  const sections: Section[] = [];
  const add = (section: Section) => {
    if ((section.entries ?? []).length > 0) sections.push(section);
  };
  const experience = (key: 'work' | 'volunteer', orgKey: string) =>
    list(key).map((p) => ({
      title: t.str([...p, 'position']) ?? 'Position',
      ...opt('organization', t.str([...p, orgKey]) ?? t.str([...p, 'company'])),
      ...opt('location', t.str([...p, 'location'])),
      ...opt('start', date([...p, 'startDate'])),
      ...opt('end', date([...p, 'endDate'])),
      ...opt('summary', markup([...p, 'summary'])),
      ...opt('highlights', highlights([...p, 'highlights'])),
      ...links(url([...p, 'url']) ?? url([...p, 'website'])),
    }));
  add({ id: 'experience', title: 'Work Experience', kind: 'experience', entries: experience('work', 'name') });
  add({ id: 'volunteer', title: 'Volunteering', kind: 'experience', entries: experience('volunteer', 'organization') });
  add({
    id: 'education', title: 'Education', kind: 'education',
    entries: list('education').map((p) => ({
      institution: t.str([...p, 'institution']) ?? 'Institution',
      ...opt('degree', t.str([...p, 'studyType'])),
      ...opt('field', t.str([...p, 'area'])),
      ...opt('start', date([...p, 'startDate'])),
      ...opt('end', date([...p, 'endDate'])),
      ...opt('score', t.str([...p, 'score']) ?? t.str([...p, 'gpa'])),
      ...opt('courses', t.strs([...p, 'courses'])?.map(escapeMarkup)),
      ...links(url([...p, 'url'])),
    })),
  });
  add({
    id: 'awards', title: 'Awards', kind: 'award',
    entries: list('awards').map((p) => ({
      title: t.str([...p, 'title']) ?? 'Award',
      ...opt('issuer', t.str([...p, 'awarder'])),
      ...opt('date', date([...p, 'date'])),
      ...opt('description', markup([...p, 'summary'])),
    })),
  });
  add({
    id: 'certifications', title: 'Certifications', kind: 'certification',
    entries: list('certificates').map((p) => ({
      title: t.str([...p, 'name']) ?? 'Certificate',
      ...opt('issuer', t.str([...p, 'issuer'])),
      ...opt('date', date([...p, 'date'])),
      ...opt('url', url([...p, 'url'])),
    })),
  });
  add({
    id: 'publications', title: 'Publications', kind: 'publication',
    entries: list('publications').map((p) => ({
      title: markup([...p, 'name']) ?? 'Untitled',
      ...opt('publisher', t.str([...p, 'publisher'])),
      ...opt('date', date([...p, 'releaseDate'])),
      ...opt('url', url([...p, 'url']) ?? url([...p, 'website'])),
      ...opt('note', markup([...p, 'summary'])),
    })),
  });
  add({
    id: 'skills', title: 'Skills', kind: 'skills',
    entries: list('skills').map((p) => ({
      category: t.str([...p, 'name']) ?? 'Skills',
      ...opt('level', t.str([...p, 'level'])),
      ...opt('items', t.strs([...p, 'keywords'])),
    })),
  });
  add({
    id: 'languages', title: 'Languages', kind: 'language',
    entries: list('languages').map((p) => ({ language: t.str([...p, 'language']) ?? 'Language', ...opt('fluency', t.str([...p, 'fluency'])) })),
  });
  add({
    id: 'interests', title: 'Interests', kind: 'interest',
    entries: list('interests').map((p) => ({ name: t.str([...p, 'name']) ?? 'Interest', ...opt('keywords', t.strs([...p, 'keywords'])) })),
  });
  add({
    id: 'references', title: 'References', kind: 'reference',
    entries: list('references').map((p) => ({ name: t.str([...p, 'name']) ?? 'Reference', ...opt('reference', markup([...p, 'reference'])) })),
  });
  add({
    id: 'projects', title: 'Projects', kind: 'project',
    entries: list('projects').map((p) => ({
      title: markup([...p, 'name']) ?? 'Project',
      ...opt('start', date([...p, 'startDate'])),
      ...opt('end', date([...p, 'endDate'])),
      ...opt('keywords', t.strs([...p, 'keywords'])),
      ...opt('description', markup([...p, 'description'])),
      ...opt('roles', t.strs([...p, 'roles'])),
      ...opt('entity', t.str([...p, 'entity'])),
      ...opt('highlights', highlights([...p, 'highlights'])),
      ...opt('url', url([...p, 'url'])),
    })),
  });
  for (const [section, field] of [['work', 'position'], ['volunteer', 'position'], ['education', 'institution'], ['awards', 'title'], ['certificates', 'name'], ['publications', 'name'], ['skills', 'name'], ['languages', 'language'], ['interests', 'name'], ['references', 'name'], ['projects', 'name']] as const) {
    list(section).forEach((p) => {
      if (t.keys(p).length > 0 && t.str([...p, field]) === undefined) problems.push({ path: p, severity: 'warning', message: `${section}[${p[1]}] has no ${field}; a placeholder is written, edit it in cv.yaml` });
    });
  }
  return {
    name,
    ...opt('headline', markup(['basics', 'label'])),
    ...opt('contact', contact),
    ...(profiles.length > 0 ? { profiles } : {}),
    ...(summary !== undefined ? { summary: { text: summary } } : {}),
    sections,
  };
}

function links(url: string | undefined): { links?: { label: string; url: string }[] } {
  return url === undefined ? {} : { links: [{ label: 'Website', url }] };
}

