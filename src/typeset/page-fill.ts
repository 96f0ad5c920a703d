import type { PageItem, PageTree, StructNode, TextItem } from './types.js';

/** How one page (all but the last) ends, read from the PageTree. */
export interface PageEnd {
  page: number;
  /** Whole body lines that would still fit below the page's last line. */
  linesEarly: number;
  /**
   * The next page starts a section (or a publication group) whose heading
   * and first unbreakable lines (the first entry's head and two lines of its
   * bullets, or the whole entry) would not have fitted in the room left
   * here: the one reason a page may end early.
   */
  sectionDoesNotFit: boolean;
}

/** Where the page's body may end, and the height of one body line. */
export interface BodyFrame {
  top: number;
  bottom: number;
  lineHeight: number;
}

/**
 * How early every page but the last ends, in body lines: the room between
 * the last body line's baseline and the bottom margin, less the part of a
 * line that hangs below its baseline. Running headers and page numbers
 * (artifacts) are not body. For `npm run bench` and the page-fill test.
 */
export function pageEnds(tree: PageTree, frame: BodyFrame): PageEnd[] {
  const roles = new Map<number, StructNode>();
  const parents = new Map<number, StructNode>();
  const index = (node: StructNode): void => {
    roles.set(node.id, node);
    for (const c of node.children) {
      parents.set(c.id, node);
      index(c);
    }
  };
  index(tree.structure);
  const baselines = tree.pages.map((page) =>
    page.items.filter((i: PageItem): i is TextItem => i.kind === 'text' && i.struct !== 'artifact' && i.y > frame.top && i.y <= frame.bottom + 1e-6),
  );
  const below = frame.lineHeight * 0.3; // a line's slot below its baseline, about
  const out: PageEnd[] = [];
  for (let p = 0; p + 1 < tree.pages.length; p++) {
    const items = baselines[p]!;
    const last = items.reduce((m, i) => Math.max(m, i.y), frame.top);
    const room = frame.bottom - last - below;
    const linesEarly = Math.max(0, Math.floor(room / frame.lineHeight + 1e-6));
    out.push({ page: p + 1, linesEarly, sectionDoesNotFit: sectionNeeds(baselines[p + 1]!, roles, parents, frame) > room });
  }
  return out;
}

type BodyText = { y: number; struct: number | 'artifact' };

/** Height the next page's opening section needs before its first allowed break; 0 when it does not open with a section heading. */
function sectionNeeds(items: readonly BodyText[], roles: Map<number, StructNode>, parents: Map<number, StructNode>, frame: BodyFrame): number {
  const first = [...items].sort((a, b) => a.y - b.y)[0];
  const role = first && typeof first.struct === 'number' ? roles.get(first.struct)?.role : undefined;
  if (!first || typeof first.struct !== 'number' || (role !== 'H2' && role !== 'H3')) return 0;
  const section = parents.get(first.struct);
  const entry = section?.children.find((c) => c.role === 'Div' || c.role === 'L');
  if (!entry) return Infinity;
  const inside = (id: number, root: StructNode): boolean => {
    for (let n: StructNode | undefined = roles.get(id); n; n = parents.get(n.id)) if (n === root) return true;
    return false;
  };
  // A publication group's first entry is the first item of its list.
  const unit = entry.role === 'L' ? (entry.children[0] ?? entry) : entry;
  const inList = (id: number): boolean => {
    for (let n: StructNode | undefined = roles.get(id); n && n !== unit; n = parents.get(n.id)) if (n.role === 'L') return true;
    return false;
  };
  const lines = [...new Set(items.filter((i) => typeof i.struct === 'number' && inside(i.struct, unit)).map((i) => i.y))].sort((a, b) => a - b);
  const listStart = items.filter((i) => typeof i.struct === 'number' && inside(i.struct, unit) && inList(i.struct)).reduce((m, i) => Math.min(m, i.y), Infinity);
  const head = lines.filter((y) => y < listStart).length;
  const needed = Number.isFinite(listStart) ? Math.min(lines.length, head + 2) : lines.length;
  const lastLine = lines[needed - 1] ?? first.y;
  // The heading's space above it (a line and a little in the bundled looks), dropped at the top of
  // this page, would be paid at the bottom of the last.
  return lastLine - frame.top + frame.lineHeight * 1.1;
}
