/**
 * Random schema-valid CVs, for the property tests and `npm run fuzz`. The
 * generator walks schema/cv.schema.json itself (objects, arrays, oneOf,
 * enums, required and optional keys), so a new field is exercised without a
 * change here; only strings with a meaning (dates, ids, URLs, markup, e-mail)
 * have their own makers. Text is Latin, Greek and Cyrillic (the scripts the
 * bundled fonts have), with inline markup, long words, long URLs, 0–60
 * authors and empty lists. Every CV carries one unique token, to be found
 * again in the PDF. Deterministic for a seed (mulberry32).
 */
import { readFileSync } from 'node:fs';
import { Rng } from './rng.js';

type Json = Record<string, unknown>;
type Schema = Json;


const SCHEMA = JSON.parse(readFileSync(new URL('../../schema/cv.schema.json', import.meta.url), 'utf8')) as Schema;
const DEFS = SCHEMA['definitions'] as Record<string, Schema>;

const WORDS = {
  latin: ['data', 'visual', 'analysis', 'learning', 'model', 'neural', 'interpretability', 'Łódź', 'Dvořák', 'café', 'naïve', 'Ærø', 'façade', 'Şişli', 'straße', 'über', 'mañana', 'coöperate', 'state-of-the-art', 'GPU', 'NASA', '3D', '2019–2024', '“quoted”', '(a)', 'e.g.', 'R&D', '50%', 'C++', 'O(n)'],
  greek: ['Καλημέρα', 'κόσμε', 'λόγος', 'Μηχανική', 'Μάθηση', 'αλγόριθμος', 'δεδομένα', 'ψυχή'],
  cyrillic: ['Привет', 'мир', 'Съешь', 'французских', 'булок', 'исследование', 'визуализация', 'данных', 'Ёлка'],
};

export interface RandomCv {
  seed: number;
  cv: Json;
  /** A word that appears once in the CV, where every layout prints it (the name). */
  token: string;
}

class Gen extends Rng {
  private ids = 0;
  id(prefix: string): string {
    return `${prefix}-${(this.ids++).toString(36)}`;
  }
  word(): string {
    const script = this.pick(['latin', 'latin', 'latin', 'greek', 'cyrillic'] as const);
    if (this.chance(0.02)) return this.longWord();
    return this.pick(WORDS[script]);
  }
  longWord(): string {
    const base = this.pick(['abcdefghij', 'Пневмоноультра', 'λογοτεχνία']);
    return base.repeat(this.int(3, 30));
  }
  url(): string {
    const path = Array.from({ length: this.int(0, this.chance(0.1) ? 30 : 3) }, () => this.pick(['a', 'path_to', 'resource', 'x-y', 'index.html'])).join('/');
    return `${this.pick(['https', 'http', 'HTTPS'])}://${this.pick(['example.org', 'www.example.com', 'sub.example.net'])}/${path}${this.chance(0.2) ? '?q=1&r=2' : ''}`;
  }
  words(lo: number, hi: number): string {
    return Array.from({ length: this.int(lo, hi) }, () => this.word()).join(' ');
  }
  /** Text with **bold**, *italic* and [links](url), escaped where YAML or markup would read it otherwise. */
  markup(max: number): string {
    const parts: string[] = [];
    for (let i = this.int(1, 6); i > 0; i--) {
      const w = this.words(1, 8);
      const style = this.int(0, 5);
      if (style === 0) parts.push(`**${w}**`);
      else if (style === 1) parts.push(`*${w}*`);
      else if (style === 2) parts.push(`[${w}](${this.url()})`);
      else parts.push(w);
    }
    return clip(parts.join(' '), max);
  }
  plain(max: number): string {
    return clip(this.words(1, 6), max);
  }
  date(): string {
    const y = this.int(1990, 2024);
    return this.pick([`${y}`, `${y}-${pad(this.int(1, 12))}`, `${y}-${pad(this.int(1, 12))}-${pad(this.int(1, 28))}`, `Fall ${y}`]);
  }
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** Cuts at a space so that markup is never cut in half; the schema's limits are far above what is made. */
function clip(s: string, max: number): string {
  return s.length <= max ? s : s.slice(0, s.lastIndexOf(' ', max) > 0 ? s.lastIndexOf(' ', max) : max).replace(/[*[\]()]/g, '');
}

function resolve(s: Schema): [string | undefined, Schema] {
  const ref = s['$ref'];
  if (typeof ref !== 'string') return [undefined, s];
  const name = ref.replace('#/definitions/', '');
  return [name, DEFS[name]!];
}

/** A value for `schema` at `key` (the property name, for the strings that mean something). */
function value(g: Gen, schema: Schema, key: string, depth: number): unknown {
  const [name, s] = resolve(schema);
  switch (name) {
    case 'CvDate':
      return g.chance(0.1) ? g.int(1990, 2024) : g.date();
    case 'Id':
      return g.id(key === 'id' ? 'e' : key);
    case 'Url':
      return g.url();
    case 'Markup':
    case 'ShortMarkup':
      return g.markup(Number(s['maxLength'] ?? 1000) > 1000 ? 600 : 200);
    case 'Author':
      return g.chance(0.3) ? { name: authorName(g), ...(g.chance(0.3) ? { equal: true } : {}) } : authorName(g);
    case 'Tags':
      return [...new Set(Array.from({ length: g.int(0, 3) }, () => g.pick(['academic', 'industry', 'ml', 'vis'])))];
    default:
      break;
  }
  if (s['const'] !== undefined) return s['const'];
  if (Array.isArray(s['enum'])) return g.pick(s['enum'] as unknown[]);
  if (Array.isArray(s['oneOf'])) return value(g, g.pick(s['oneOf'] as Schema[]), key, depth);
  switch (s['type']) {
    case 'object':
      return object(g, s, depth);
    case 'array': {
      const min = Number(s['minItems'] ?? 0);
      const max = key === 'authors' ? 60 : key === 'sections' ? 8 : key === 'entries' ? 5 : 4;
      const n = key === 'authors' && g.chance(0.2) ? g.int(Math.max(min, 20), 60) : g.int(min, Math.min(max, min + 4));
      const items = Array.from({ length: n }, () => value(g, s['items'] as Schema, singular(key), depth + 1));
      return s['uniqueItems'] === true ? [...new Set(items)] : items;
    }
    case 'integer':
      return g.int(Number(s['minimum'] ?? 0), Math.min(Number(s['maximum'] ?? 10), 10000));
    case 'number':
      return g.int(0, 100);
    case 'boolean':
      return g.chance(0.5);
    case 'string':
      return string(g, s, key);
    default:
      return g.plain(60);
  }
}

function singular(key: string): string {
  return key.replace(/s$/, '');
}

function authorName(g: Gen): string {
  return `${g.pick(['A.', 'B.', 'Ж.', 'Λ.', 'J.-P.'])} ${g.pick(['Smith', 'García-Pérez', 'Иванов', 'Παπαδόπουλος', 'Nguyễn', 'Lovelace'])}`;
}

function string(g: Gen, s: Schema, key: string): string {
  const max = Number(s['maxLength'] ?? 300);
  if (key === 'email') return `${g.pick(['ada', 'j.doe', 'x_y'])}@example.org`;
  if (key === 'lang') return g.pick(['en', 'en-US', 'de', 'fr']);
  if (key === 'doi') return `10.${g.int(1000, 99999)}/${g.pick(['abc', 'x.y-z', '3313831.3376234'])}`;
  if (key === 'phone') return `+1 555 010 ${g.int(1000, 9999)}`;
  if (typeof s['pattern'] === 'string') throw new Error(`random-cv: no maker for pattern ${s['pattern']} at '${key}'`);
  return g.plain(Math.min(max, 120));
}

function object(g: Gen, s: Schema, depth: number): Json {
  const props = (s['properties'] ?? {}) as Record<string, Schema>;
  const required = new Set((s['required'] ?? []) as string[]);
  // anyOf of `required` lists (a publication needs a date or a status): satisfy one.
  if (Array.isArray(s['anyOf'])) for (const r of (g.pick(s['anyOf'] as Schema[])['required'] ?? []) as string[]) required.add(r);
  const out: Json = {};
  for (const [k, p] of Object.entries(props)) {
    // `bibtex` names a .bib file beside the CV, and a generated CV has none (it could only fail to read).
    if (k === 'bibtex') continue;
    if (!required.has(k) && !g.chance(depth > 3 ? 0.3 : 0.55)) continue;
    out[k] = value(g, p, k, depth + 1);
  }
  return out;
}

/** Makes start ≤ end (with dates the date-order check accepts) wherever both are present, and drops a date beside them. */
function orderDates(node: unknown): void {
  if (Array.isArray(node)) return node.forEach(orderDates);
  if (typeof node !== 'object' || node === null) return;
  const o = node as Json;
  // An entry gives either a date or a span (a semantic rule the schema does not state).
  if (o['date'] !== undefined && (o['start'] !== undefined || o['end'] !== undefined)) delete o['date'];
  if (o['start'] !== undefined && o['end'] !== undefined) {
    const y = 1990 + (String(o['start']).charCodeAt(0) % 20);
    o['start'] = `${y}-0${1 + (String(o['end']).length % 9)}`;
    o['end'] = String(o['end']) === 'present' ? 'present' : `${y + 1 + (String(o['end']).length % 5)}`;
  }
  Object.values(o).forEach(orderDates);
}

/** Puts the owner (by alias) into most author lists, as a real CV has. */
function ownerAmongAuthors(g: Gen, node: unknown, alias: string): void {
  if (Array.isArray(node)) return node.forEach((n) => ownerAmongAuthors(g, n, alias));
  if (typeof node !== 'object' || node === null) return;
  const o = node as Json;
  const authors = o['authors'];
  if (Array.isArray(authors) && g.chance(0.8)) authors.splice(g.int(0, authors.length), 0, alias);
  Object.values(o).forEach((v) => ownerAmongAuthors(g, v, alias));
}

/** One random CV for `seed`; its owner's name holds the token. */
export function randomCv(seed: number): RandomCv {
  const g = new Gen(seed);
  const cv = object(g, SCHEMA, 0);
  const token = `Zq${seed.toString(36)}x`;
  cv['name'] = `${g.pick(['Ada', 'Ζωή', 'Аня', 'José'])} ${token}`;
  cv['aliases'] = [`A. ${token}`];
  if (cv['lang'] === undefined) cv['lang'] = 'en-US';
  if (cv['updated'] !== undefined) cv['updated'] = `${g.int(2000, 2024)}-${pad(g.int(1, 12))}`;
  ownerAmongAuthors(g, cv['sections'], `A. ${token}`);
  orderDates(cv);
  // Sections need unique ids; entries too.
  (cv['sections'] as Json[]).forEach((sec, i) => {
    sec['id'] = `s${i}`;
  });
  return { seed, cv, token };
}
