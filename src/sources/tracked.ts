export type Path = readonly (string | number)[];

/** A problem an importer found while mapping, at a path of the source document. */
export interface MapProblem {
  path: Path;
  severity: 'error' | 'warning';
  message: string;
}

/**
 * A parsed source document that remembers which values an importer took, so
 * that whatever it did not take can be reported ("has no place in cv.yaml")
 * instead of vanishing. Each read marks its path; {@link untaken} lists the
 * leftover leaves (a taken object or array counts with all it contains).
 */
export class Tracked {
  readonly #taken = new Set<string>();

  constructor(readonly root: unknown) {}

  /** The value at `path`, marked as taken. */
  take(path: Path): unknown {
    this.#taken.add(key(path));
    return at(this.root, path);
  }

  /** The value at `path`, not marked (to decide how to read it). */
  peek(path: Path): unknown {
    return at(this.root, path);
  }

  /** A non-empty string (numbers are written as text), else undefined; marked as taken either way. */
  str(path: Path): string | undefined {
    const v = this.take(path);
    if (typeof v === 'number') return String(v);
    return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
  }

  /** Non-empty strings of an array at `path` (other items stay untaken, so they are reported). */
  strs(path: Path): string[] | undefined {
    const v = at(this.root, path);
    if (!Array.isArray(v)) return this.str(path) !== undefined ? [this.str(path) as string] : undefined;
    this.#taken.add(key(path));
    const out = v.filter((x): x is string | number => (typeof x === 'string' && x.trim() !== '') || typeof x === 'number').map((x) => String(x).trim());
    v.forEach((x, i) => typeof x !== 'string' && typeof x !== 'number' && this.#taken.delete(key([...path, i])));
    return out.length > 0 ? out : undefined;
  }

  /** The length of the array at `path` (0 if none), without taking it. */
  count(path: Path): number {
    const v = at(this.root, path);
    return Array.isArray(v) ? v.length : 0;
  }

  /** Own keys of the object at `path`, without taking them. */
  keys(path: Path): string[] {
    const v = at(this.root, path);
    return v !== null && typeof v === 'object' && !Array.isArray(v) ? Object.keys(v) : [];
  }

  /** Marks a path as taken without reading it (a key the importer knows and means to leave out silently). */
  skip(path: Path): void {
    this.#taken.add(key(path));
  }

  /**
   * Paths whose values were not taken: the deepest untaken object key or
   * array item with a value, in document order. Empty strings, nulls and
   * empty containers are not worth a warning.
   */
  untaken(): Path[] {
    const out: Path[] = [];
    const walk = (v: unknown, path: (string | number)[]): void => {
      if (this.#taken.has(key(path)) || v === null || v === '' || v === undefined) return;
      if (typeof v !== 'object') {
        out.push(path);
        return;
      }
      const items: [string | number, unknown][] = Array.isArray(v) ? v.map((x, i) => [i, x]) : Object.entries(v as Record<string, unknown>);
      if (items.length === 0) return;
      // A container none of whose parts was taken is reported once, as a whole (all of `meta`).
      if (path.length > 0 && !this.#takenUnder(path)) {
        out.push(path);
        return;
      }
      for (const [k, x] of items) walk(x, [...path, k]);
    };
    walk(this.root, []);
    return out;
  }

  #takenUnder(path: Path): boolean {
    const prefix = `${key(path)}\u0000`;
    for (const t of this.#taken) if (t.startsWith(prefix)) return true;
    return false;
  }
}

function key(path: Path): string {
  return path.map(String).join('\u0000');
}

function at(root: unknown, path: Path): unknown {
  let v = root;
  for (const s of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[s];
  }
  return v;
}

/** "work[0].description", as people read a JSON path. */
export function showPath(path: Path): string {
  return path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');
}
