import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { load } from 'js-yaml';

/**
 * The sample cv.yaml must hold the owner's whole CV. The owner's CV text is
 * kept as a fixture (a copy of the seed DESIGN.md names).
 */
const repo = (path: string): string => fileURLToPath(new URL(`../../${path}`, import.meta.url));
const SEED = repo('tests/fixtures/owner-cv.txt');

const schema: unknown = JSON.parse(readFileSync(repo('schema/cv.schema.json'), 'utf8'));
const cvText = readFileSync(repo('cv.yaml'), 'utf8');
const cv: unknown = load(cvText);

function compileSchema() {
  const ajv = new Ajv({ allErrors: true, strict: true, discriminator: true });
  return ajv.compile(schema as object);
}

// ---------------------------------------------------------------- words

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
/** Words that the source prints only as glue between list items. */
const STOPWORDS = new Set(['and']);

function words(text: string): string[] {
  const found = text
    .toLowerCase()
    .replace(/(\d),(?=\d{3}\b)/g, '$1')
    .match(/[\p{L}\p{N}]+(?:\+\+)?/gu);
  return (found ?? []).filter((w) => !STOPWORDS.has(w));
}

/** A date value as the words a reader sees: "2018-08" -> august aug 2018. */
function dateWords(value: string | number): string[] {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(String(value));
  if (!m) return words(String(value));
  const month = MONTHS[Number(m[2]) - 1] ?? '';
  return [month, month.slice(0, 3), ...(m[3] ? [String(Number(m[3]))] : []), m[1] ?? ''];
}

const DATE_KEYS = new Set(['start', 'end', 'date', 'since', 'asOf']);
/** Keys whose values are tailoring data or machine values, not printed text from the CV. */
const SKIPPED_KEYS = new Set(['id', 'kind', 'tags', 'priority', 'selected', 'lang', 'updated', 'aliases', 'url', 'trackUrl', 'equal', 'corresponding']);

/** Every printed word of a cv.yaml node, in document order. */
function flatten(node: unknown, key: string, sectionKind: string, out: string[]): string[] {
  if (SKIPPED_KEYS.has(key)) return out;
  if (key === 'type' && sectionKind === 'publication') return out;
  if (typeof node === 'string' || typeof node === 'number') {
    out.push(...(DATE_KEYS.has(key) ? dateWords(node) : words(String(node))));
  } else if (Array.isArray(node)) {
    for (const item of node) flatten(item, '', sectionKind, out);
  } else if (node !== null && typeof node === 'object') {
    const obj = node as Record<string, unknown>;
    if (key === 'stars' && typeof obj['count'] === 'number') {
      // Printed as "4,905 Github stars (as of Oct 2020)".
      const [, abbr, year] = dateWords(obj['asOf'] as string);
      out.push(...words(`${obj['count']} github stars as of ${abbr} ${year}`));
      return out;
    }
    for (const [k, v] of Object.entries(obj)) flatten(v, k, sectionKind, out);
  }
  return out;
}

interface Section {
  title: string;
  kind: string;
  entries: unknown[];
}

/** Units a source line must come from: the header, each section title, each entry. */
function records(doc: unknown): string[][] {
  const { sections, ...header } = doc as { sections: Section[] } & Record<string, unknown>;
  const out = [flatten(header, '', '', [])];
  for (const s of sections) {
    out.push(words(s.title));
    for (const e of s.entries) out.push(flatten(e, '', s.kind, []));
  }
  return out;
}

// ---------------------------------------------------------------- source lines

const ICONS = /[▶📄🔗📌★►]|\p{Extended_Pictographic}/gu;
const EQUAL_NOTE = /^\(?\*\s*(authors contributed equally\.?|equal contribution)\)?$/i;

/** A source line with link syntax, icons, escapes and field labels removed. */
function cleanLine(line: string): string {
  return line
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\\([$()[\]*_#])/g, '$1')
    .replace(ICONS, ' ')
    .replace(/^\s*-\s+/, '')
    .replace(/^(Keywords|Mentor|Advisor|Instructor|Co-PIs):\s*/, '')
    .replace(/\bSince (?=\d{4})/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** True if `needle` occurs in `hay` in order, with at most `maxGap` other words between neighbours. */
function occursInOrder(needle: string[], hay: string[], maxGap = 3): boolean {
  if (needle.length === 0) return true;
  const memo = new Map<number, boolean>();
  const from = (i: number, at: number): boolean => {
    if (i === needle.length - 1) return true;
    const k = i * hay.length + at;
    const known = memo.get(k);
    if (known !== undefined) return known;
    let ok = false;
    for (let j = at + 1; j <= Math.min(hay.length - 1, at + 1 + maxGap) && !ok; j++) {
      if (hay[j] === needle[i + 1]) ok = from(i + 1, j);
    }
    memo.set(k, ok);
    return ok;
  };
  return hay.some((w, at) => w === needle[0] && from(0, at));
}

function countWords(lists: string[][]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const list of lists) for (const w of list) counts.set(w, (counts.get(w) ?? 0) + 1);
  return counts;
}

function countEqualMarkEntries(doc: unknown): number {
  const { sections } = doc as { sections: Section[] };
  return sections
    .flatMap((s) => s.entries)
    .filter((e) => {
      const authors = (e as { authors?: unknown[] }).authors ?? [];
      return authors.some((a) => typeof a === 'object' && a !== null && (a as { equal?: boolean }).equal === true);
    }).length;
}

/** What of the source text is missing from a cv.yaml document; empty when nothing is. */
function findMissing(seedText: string, doc: unknown): string[] {
  const recs = records(doc);
  const problems: string[] = [];
  const seedLines: string[][] = [];
  let equalNotes = 0;
  for (const raw of seedText.split(/\r?\n/)) {
    const line = cleanLine(raw);
    if (line === '') continue;
    if (EQUAL_NOTE.test(line)) {
      equalNotes++;
      continue;
    }
    const w = words(line);
    if (w.length === 0) continue;
    seedLines.push(w);
    if (!recs.some((r) => occursInOrder(w, r))) problems.push(`line not found in any one entry: ${raw.trim()}`);
  }
  // A line can be found in a neighbouring entry; counts catch a repeated line that was dropped.
  const have = countWords(recs);
  for (const [w, n] of countWords(seedLines)) {
    const m = have.get(w) ?? 0;
    if (m < n) problems.push(`word "${w}" occurs ${n} times in the source but ${m} times in cv.yaml`);
  }
  const marked = countEqualMarkEntries(doc);
  if (marked < equalNotes) problems.push(`${equalNotes} equal-contribution notes in the source but ${marked} entries with equal marks`);
  return problems;
}

// ---------------------------------------------------------------- tests

describe('cv.yaml', () => {
  it('starts with the yaml-language-server schema line', () => {
    expect(cvText.split('\n')[0]).toBe('# yaml-language-server: $schema=./schema/cv.schema.json');
  });

  it('validates against schema/cv.schema.json (ajv strict, allErrors, discriminator)', () => {
    const validate = compileSchema();
    const ok = validate(cv);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('keeps every date a string (quoted) so YAML cannot turn it into something else', () => {
    const bad: string[] = [];
    const walk = (node: unknown, path: string): void => {
      if (Array.isArray(node)) node.forEach((v, i) => walk(v, `${path}/${i}`));
      else if (node !== null && typeof node === 'object') {
        for (const [k, v] of Object.entries(node)) {
          if (DATE_KEYS.has(k) && typeof v !== 'string') bad.push(`${path}/${k}`);
          walk(v, `${path}/${k}`);
        }
      }
    };
    walk(cv, '');
    expect(bad).toEqual([]);
  });

  const withSeed = it;

  withSeed('holds every line of the source CV', () => {
    expect(findMissing(readFileSync(SEED, 'utf8'), cv)).toEqual([]);
  });

  withSeed('notices a missing sentence, a dropped author list and a lost equal mark', () => {
    const seed = readFileSync(SEED, 'utf8');
    const mutate = (change: (doc: { sections: Array<{ id: string; entries: Array<Record<string, unknown>> }> }) => void): string[] => {
      const doc = structuredClone(cv) as Parameters<typeof change>[0];
      change(doc);
      return findMissing(seed, doc);
    };
    const entries = (doc: Parameters<Parameters<typeof mutate>[0]>[0], id: string) => doc.sections.find((s) => s.id === id)?.entries ?? [];

    expect(mutate((doc) => {
      const nvidia = entries(doc, 'experience')[0];
      if (nvidia) nvidia['highlights'] = (nvidia['highlights'] as string[]).slice(0, 1);
    }).join('\n')).toContain('Leveraged GPU acceleration');

    expect(mutate((doc) => {
      const summit = entries(doc, 'open-source')[2];
      if (summit) delete summit['authors'];
    }).length).toBeGreaterThan(0);

    expect(mutate((doc) => {
      for (const e of [...entries(doc, 'publications'), ...entries(doc, 'open-source')]) {
        const authors = e['authors'];
        if (Array.isArray(authors)) e['authors'] = authors.map((a) => (typeof a === 'object' && a !== null ? (a as { name: string }).name : a));
      }
    }).join('\n')).toContain('equal-contribution');
  });
});

describe('cv.schema.json', () => {
  const base = { name: 'Ada', sections: [] as unknown[] };
  const section = (kind: string, entries: unknown[]) => ({ ...base, sections: [{ id: 's', title: 'S', kind, entries }] });

  it('accepts a bare year and the date forms of the design', () => {
    const validate = compileSchema();
    for (const date of [2019, '2019', '2019-08', '2019-08-01', 'present', 'Fall 2019']) {
      expect(validate(section('award', [{ title: 'A', date }]))).toBe(true);
    }
    expect(validate(section('award', [{ title: 'A', date: '08/2019' }]))).toBe(false);
  });

  it('rejects unknown keys, unknown kinds and links that are not http(s), mailto or tel', () => {
    const validate = compileSchema();
    expect(validate(section('award', [{ title: 'A', date: '2019', prize: 1 }]))).toBe(false);
    expect(validate.errors?.[0]?.message).toBe('must NOT have additional properties');
    expect(validate(section('awards', []))).toBe(false);
    expect(validate.errors?.map((e) => e.instancePath)).toContain('/sections/0/kind');
    expect(validate(section('publication', [{ title: 'P', authors: ['A'], type: 'journal', date: '2020', links: [{ label: 'x', url: 'javascript:alert(1)' }] }]))).toBe(false);
    expect(validate(section('publication', [{ title: 'P', authors: ['A'], type: 'journal', date: '2020', links: [{ label: 'x', url: 'https://arxiv.org/abs/1' }] }]))).toBe(true);
  });

  it('reports errors of the section kind that was meant, not of every kind', () => {
    const validate = compileSchema();
    expect(validate(section('education', [{ degree: 'B.S.', start: '2012' }]))).toBe(false);
    expect(validate.errors?.map((e) => `${e.instancePath} ${e.message}`)).toEqual(["/sections/0/entries/0 must have required property 'institution'"]);
  });

  it('accepts undated entries, a single date, and "Present" in any case', () => {
    const validate = compileSchema();
    expect(validate(section('publication', [{ title: 'P' }]))).toBe(true);
    expect(validate(section('education', [{ institution: 'X', date: '2012' }]))).toBe(true);
    expect(validate(section('experience', [{ title: 'T', start: '2012', end: 'PRESENT' }]))).toBe(true);
    expect(validate(section('experience', [{ title: 'T', start: '2012', end: 'presently' }]))).toBe(false);
  });

  it('accepts a DOI bare or with a resolver or doi: prefix, and nothing else', () => {
    const validate = compileSchema();
    for (const doi of ['10.1109/VIS.2020.61', 'https://doi.org/10.1109/VIS.2020.61', 'doi:10.1109/VIS.2020.61', 'http://dx.doi.org/10.1234/x']) {
      expect(validate(section('publication', [{ title: 'P', doi }]))).toBe(true);
    }
    expect(validate(section('publication', [{ title: 'P', doi: 'https://example.org/10.1234/x' }]))).toBe(false);
  });

  it('takes the new kinds and rejects unknown keys in them', () => {
    const validate = compileSchema();
    expect(validate(section('language', [{ language: 'Korean', fluency: 'Native' }]))).toBe(true);
    expect(validate(section('interest', [{ name: 'Music', keywords: ['jazz'] }]))).toBe(true);
    expect(validate(section('reference', [{ name: 'Dr. X', reference: 'Great.' }]))).toBe(true);
    expect(validate(section('patent', [{ title: 'P', number: 'US 1', authors: ['A'] }]))).toBe(true);
    expect(validate(section('language', [{ language: 'Korean', level: 'Native' }]))).toBe(false);
  });
});
