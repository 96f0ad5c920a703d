/**
 * Classes made on demand from declarations: equal declarations share one
 * class, named in order of first use, so the same document gives the same CSS.
 */
export class StyleSheet {
  private readonly classes = new Map<string, string>();

  /** The class for these declarations ('' for none). */
  cls(decls: Record<string, string | undefined>): string {
    const body = Object.entries(decls)
      .filter((e): e is [string, string] => e[1] !== undefined)
      .map(([k, v]) => `${k}:${v}`)
      .join(';');
    if (body === '') return '';
    let name = this.classes.get(body);
    if (!name) {
      name = `k${this.classes.size + 1}`;
      this.classes.set(body, name);
    }
    return name;
  }

  /** One rule per class, in the order they were made. */
  css(): string {
    return [...this.classes].map(([body, name]) => `.${name}{${body}}`).join('\n');
  }
}
