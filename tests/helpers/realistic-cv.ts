/**
 * Random CVs shaped like real ones, for the property tests and `npm run fuzz`:
 * a second generator, written by hand and independent of the schema walk in
 * random-cv.ts. It makes what people write: names in Latin, Greek and Cyrillic
 * (particles, hyphens, up to eight parts), many bullets with sub-bullets, up to
 * 150 publications with up to 60 authors, long words, long and bare URLs,
 * skills, talks, free text, empty lists and sections without entries.
 *
 * It also returns every word it put where the full CV prints it, so that a
 * test can check that no word was lost (the full CV never leaves anything out).
 * Deterministic for a seed.
 */
import { Rng } from './rng.js';

type Json = Record<string, unknown>;

export interface RealisticCv {
  seed: number;
  cv: Json;
  /** In the owner's name: every layout prints it. */
  token: string;
  /** Every word of text the full CV prints (not URLs, dates or e-mail addresses). */
  words: string[];
}

const LETTERS = {
  latin: 'abcdefghijklmnopqrstuvwxyzáéíóúàèäöüßçñłøåæœčšžőű',
  greek: 'αβγδεζηθικλμνξοπρστυφχψωάέήίόύώ',
  cyrillic: 'абвгдежзийклмнопрстуфхцчшщъыьэюяё',
} as const;
const VOCAB = [
  'data', 'visual', 'analytics', 'interpretability', 'neural', 'networks', 'learning', 'human-centered', 'state-of-the-art',
  'Łódź', 'Dvořák', 'naïve', 'façade', 'Straße', 'Ærøskøbing', 'Þingvellir', 'Μηχανική', 'Μάθηση', 'αλγόριθμος',
  'исследование', 'визуализация', 'данных', 'Новосибирск', 'GPU', 'NASA', 'C++', 'R&D', 'O(n)', '3D', '50%',
];
const GIVEN = ['Ada', 'José', 'Zoë', 'Łucja', 'Søren', 'Ζωή', 'Γιώργος', 'Аня', 'Дмитрий', 'Jean-Pierre', 'Nguyễn', 'Ἀλέξανδρος'];
const FAMILY = ['Lovelace', 'García-Pérez', 'van der Berg', 'de la Cruz', 'Ó Briain', 'Παπαδόπουλος', 'Иванова', 'Müller-Lüdenscheidt', 'Hồ'];
const HOSTS = ['example.org', 'www.example.com', 'a-very-long-subdomain-name.research.example.net'];

class Gen extends Rng {
  readonly words: string[] = [];
  private fields = 0;
  constructor(readonly seed: number) {
    super(seed ^ 0x5bd1e995);
  }
  /** A made-up word in one script; in long text now and then a long one that fits no line. */
  word(long: boolean): string {
    if (this.chance(0.3)) return this.pick(VOCAB);
    const letters = [...this.pick([LETTERS.latin, LETTERS.latin, LETTERS.greek, LETTERS.cyrillic])];
    const n = long && this.chance(0.01) ? this.int(60, 1500) : this.int(1, 14);
    const w = Array.from({ length: n }, () => this.pick(letters)).join('');
    return this.chance(0.15) ? w[0]!.toUpperCase() + w.slice(1) : w;
  }
  url(): string {
    const segments = this.chance(0.1) ? this.int(10, 40) : this.int(0, 4);
    const path = Array.from({ length: segments }, () => this.pick(['papers', 'x_y-z', 'index.html', 'a', 'resource%20name', '2024'])).join('/');
    return `https://${this.pick(HOSTS)}/${path}${this.chance(0.2) ? '?id=17&lang=en' : ''}`;
  }
  /** Printed words: recorded, and one of them a token unique to this field. */
  text(lo: number, hi: number, long = false): string {
    const ws = Array.from({ length: this.int(lo, hi) }, () => this.word(long));
    // Decimal then 'x': no token is a part of another, even with the spaces squeezed out.
    ws.splice(this.int(0, ws.length), 0, `Qf${this.seed.toString(36)}n${this.fields++}x`);
    this.words.push(...ws);
    return ws.join(' ');
  }
  /** Text with bold, italic, links (the label printed, the URL not) and bare URLs (not recorded). */
  markup(lo: number, hi: number): string {
    const parts: string[] = [];
    for (let i = this.int(1, 4); i > 0; i--) {
      const t = this.text(lo, hi, true);
      const style = this.int(0, 7);
      if (style === 0) parts.push(`**${t}**`);
      else if (style === 1) parts.push(`*${t}*`);
      else if (style === 2) parts.push(`[${t}](${this.url()})`);
      else if (style === 3) parts.push(`${t} ${this.url()}`);
      else parts.push(t);
    }
    return parts.join(' ');
  }
  date(from = 1995): string {
    return `${this.int(from, 2024)}-${String(this.int(1, 12)).padStart(2, '0')}`;
  }
  span(): Json {
    const y = this.int(1995, 2022);
    return { start: `${y}-0${this.int(1, 9)}`, end: this.chance(0.3) ? 'present' : `${y + this.int(0, 2)}-1${this.int(0, 2)}` };
  }
  /** Empty lists sometimes, as a user leaves them. */
  list<T>(lo: number, hi: number, make: () => T): T[] {
    return this.chance(0.1) ? [] : Array.from({ length: this.int(lo, hi) }, make);
  }
  bullet(): unknown {
    if (!this.chance(0.15)) return this.markup(3, 30);
    return { text: this.markup(3, 20), highlights: this.list(1, 4, () => this.markup(2, 15)) };
  }
  links(): Json[] {
    return this.list(0, 3, () => ({ label: this.text(0, 2), url: this.url() }));
  }
}

function name(g: Gen, token: string): string {
  const parts = [g.pick(GIVEN), ...Array.from({ length: g.chance(0.1) ? g.int(2, 5) : 0 }, () => g.pick(GIVEN)), g.pick(FAMILY), token];
  const n = parts.join(' ');
  g.words.push(...n.split(' '));
  return n;
}

function section(i: number, kind: string, title: string, entries: unknown[]): Json {
  return { id: `s${i}`, title, kind, entries };
}

/** One realistic random CV for `seed`. */
export function realisticCv(seed: number): RealisticCv {
  const g = new Gen(seed);
  const token = `Zr${seed.toString(36)}x`;
  const owner = name(g, token);
  const alias = `A. ${token}`;
  const author = () => g.pick(['B. Smith', 'Ж. Иванов', 'Λ. Παπαδόπουλος', 'J.-P. García-Pérez', 'K. Nguyễn', 'M. van der Berg']);
  const cv: Json = { name: owner, lang: 'en-US', aliases: [alias] };
  if (g.chance(0.7)) cv['headline'] = g.text(2, 12);
  cv['contact'] = { email: 'ada.lovelace@example.org', ...(g.chance(0.7) ? { website: g.url() } : {}), ...(g.chance(0.5) ? { phone: '+44 20 7946 0958' } : {}), ...(g.chance(0.5) ? { location: g.text(1, 3) } : {}) };
  if (g.chance(0.5)) cv['profiles'] = g.list(1, 4, () => ({ label: g.text(0, 1), url: g.url() }));
  if (g.chance(0.7)) cv['summary'] = { intro: g.markup(5, 40), ...(g.chance(0.5) ? { bullets: g.list(1, 6, () => g.bullet()) } : {}) };

  const sections: Json[] = [];
  const kinds = ['education', 'experience', 'publication', 'award', 'talk', 'skills', 'entry', 'text', 'list'];
  const chosen = kinds.filter((k) => k === 'education' || g.chance(0.7));
  chosen.forEach((kind, i) => {
    // A section without entries is not printed (title included): its title is not recorded.
    const titled = (entries: unknown[]) => section(i, kind, entries.length > 0 ? g.text(0, 3) : 'Nothing yet', entries);
    switch (kind) {
      case 'education':
        sections.push(titled(g.list(1, 4, () => ({
          institution: g.text(1, 6), degree: g.text(0, 3), ...(g.chance(0.6) ? { field: g.text(0, 4) } : {}), ...(g.chance(0.5) ? { location: g.text(0, 2) } : {}),
          ...g.span(), ...(g.chance(0.4) ? { advisor: g.text(1, 3) } : {}), ...(g.chance(0.3) ? { honors: g.list(1, 3, () => g.text(1, 4)) } : {}),
          highlights: g.list(0, 4, () => g.bullet()),
        }))));
        break;
      case 'experience':
        sections.push(titled(g.list(1, 8, () => ({
          title: g.text(1, 5), ...(g.chance(0.8) ? { organization: g.text(1, 5) } : {}), ...(g.chance(0.6) ? { location: g.text(1, 3) } : {}), ...g.span(),
          ...(g.chance(0.3) ? { summary: g.markup(5, 60) } : {}), highlights: g.list(0, g.chance(0.1) ? 30 : 6, () => g.bullet()), links: g.links(),
        }))));
        break;
      case 'publication':
        sections.push(titled(g.list(1, g.chance(0.15) ? 150 : 20, () => {
          const authors: unknown[] = Array.from({ length: g.chance(0.1) ? g.int(20, 60) : g.int(0, 6) }, author);
          authors.splice(g.int(0, authors.length), 0, alias);
          return {
            title: g.chance(0.2) ? `*${g.text(3, 20)}*` : g.text(3, 20), authors,
            venue: { name: g.text(1, 8), ...(g.chance(0.4) ? { short: `V${g.int(1, 99)}` } : {}) },
            date: g.date(2005), type: g.pick(['journal', 'conference', 'workshop', 'poster', 'preprint']),
            ...(g.chance(0.2) ? { note: g.markup(2, 10) } : {}), ...(g.chance(0.1) ? { awards: [g.text(1, 3)] } : {}), ...(g.chance(0.3) ? { url: g.url() } : {}),
          };
        })));
        break;
      case 'award':
        sections.push(titled(g.list(1, 10, () => ({ title: g.text(1, 8), ...(g.chance(0.6) ? { issuer: g.text(1, 4) } : {}), date: g.date(), ...(g.chance(0.3) ? { description: g.markup(3, 20) } : {}) }))));
        break;
      case 'talk':
        sections.push(titled(g.list(1, 10, () => ({ title: g.text(2, 10), event: g.text(1, 6), ...(g.chance(0.5) ? { location: g.text(1, 3) } : {}), date: g.date() }))));
        break;
      case 'skills':
        sections.push(titled(g.list(1, 6, () => ({ category: g.text(0, 2), items: g.list(1, 12, () => g.text(0, 2)) }))));
        break;
      case 'entry':
        sections.push(titled(g.list(1, 6, () => ({ title: g.text(1, 6), ...(g.chance(0.5) ? { subtitle: g.text(1, 4) } : {}), date: g.date(), ...(g.chance(0.5) ? { description: g.markup(3, g.chance(0.05) ? 2000 : 40) } : {}), highlights: g.list(0, 4, () => g.bullet()) }))));
        break;
      case 'text':
        sections.push(titled(g.list(1, 3, () => g.markup(10, 80))));
        break;
      default:
        sections.push(titled(g.list(1, 10, () => g.markup(1, 10))));
    }
  });
  cv['sections'] = sections;
  return { seed, cv, token, words: g.words };
}
