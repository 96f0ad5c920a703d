import type { Page, StructNode } from '../../typeset/types.js';
import type { PdfDocument, PdfStructElement } from './pdfkit-api.js';

interface NodeState {
  node: StructNode;
  parent: NodeState | undefined;
  /** Created when the node is attached to its parent. */
  element: PdfStructElement | undefined;
  /** Index of the next child of `node` to attach. */
  nextChild: number;
  /** Last page (1-based) holding content of this node or its descendants; undefined: no content. */
  lastPage: number | undefined;
}

/**
 * Builds pdfkit's structure tree from the PageTree's StructNodes while the
 * pages are drawn.
 *
 * Why incrementally: pdfkit writes a structure element when it is ended and
 * takes the Pg of each link's OBJR from the page being drawn at that moment,
 * so each element is ended right after the last page holding its content.
 * Child elements are attached in StructNode order; a node's own marked content
 * is placed among its children in drawing order (text before a link stays
 * before it). Nodes without any content are left out: an empty element says
 * nothing to a screen reader.
 */
export class StructureBuilder {
  /**
   * The nodes still to be drawn or ended, by id (the typesetter numbers them
   * 0, 1, 2, ...: a list, a tenth of a Map's size); an ended node is let go
   * of, as is its element once pdfkit has written it.
   */
  private readonly states: (NodeState | undefined)[] = [];
  /** The nodes whose last content is on each page, in post-order: endPage ends them without a walk of the tree. */
  private readonly endingOn = new Map<number, NodeState[]>();
  private readonly root: NodeState;

  constructor(
    private readonly doc: PdfDocument,
    structure: StructNode,
    pages: readonly Page[],
    /** Structure attributes (/A) by node id, e.g. a list's ListNumbering. */
    private readonly attributes: ReadonlyMap<number, Record<string, unknown>> = new Map(),
    /** Nothing reads the structure after drawing: an ended node's children are let go of too (emitPdf's releaseDrawn). */
    private readonly releaseEnded = false,
  ) {
    const postOrder: NodeState[] = [];
    this.root = this.index(structure, undefined, postOrder);
    for (const page of pages) {
      for (const item of page.items) {
        if (item.kind === 'rule' || item.struct === 'artifact') continue;
        if (item.kind === 'text' && item.text === '') continue;
        let state = this.states[item.struct];
        if (!state) throw new Error(`page ${page.number}: item refers to unknown structure node ${item.struct}`);
        for (; state; state = state.parent) state.lastPage = Math.max(state.lastPage ?? 0, page.number);
      }
    }
    for (const state of postOrder) {
      if (state.lastPage === undefined) continue;
      const ending = this.endingOn.get(state.lastPage);
      if (ending) ending.push(state);
      else this.endingOn.set(state.lastPage, [state]);
    }
  }

  /** Attaches the root element to the document's StructTreeRoot; call before drawing. */
  begin(): void {
    const element = this.doc.struct(this.root.node.role);
    this.root.element = element;
    this.doc.addStructure(element);
  }

  /**
   * Opens a marked-content sequence for node `id` on the current page and adds
   * it to the node's element; the caller draws, then ends the marked content.
   */
  markContent(id: number): void {
    const state = this.states[id];
    if (!state) throw new Error(`unknown structure node ${id}`);
    this.attach(state).add(this.doc.markStructureContent(state.node.role));
  }

  /** The element of node `id`, attached (with its earlier siblings) if it was not yet. */
  element(id: number): PdfStructElement {
    const state = this.states[id];
    if (!state) throw new Error(`unknown structure node ${id}`);
    return this.attach(state);
  }

  /** Ends every element whose content is complete after drawing page `pageNumber`. */
  endPage(pageNumber: number): void {
    for (const state of this.endingOn.get(pageNumber) ?? []) {
      if (state.element) state.element.end();
      // No later page refers to it, and its parent's siblings after it are found from the parent.
      if (state !== this.root) {
        this.states[state.node.id] = undefined;
        state.element = undefined;
        if (this.releaseEnded) state.node.children = [];
      }
    }
    this.endingOn.delete(pageNumber);
  }

  /** Ends the root (and with it anything still open). */
  finish(): void {
    this.root.element?.end();
  }

  private index(node: StructNode, parent: NodeState | undefined, postOrder: NodeState[]): NodeState {
    if (this.states[node.id] !== undefined) throw new Error(`structure node id ${node.id} is used twice`);
    const state: NodeState = { node, parent, element: undefined, nextChild: 0, lastPage: undefined };
    this.states[node.id] = state;
    for (const child of node.children) this.index(child, state, postOrder);
    postOrder.push(state);
    return state;
  }

  private attach(state: NodeState): PdfStructElement {
    if (state.element) return state.element;
    const parent = state.parent;
    if (!parent) throw new Error('structure root is not attached; call begin() first');
    const parentElement = this.attach(parent);
    const siblings = parent.node.children;
    while (!state.element) {
      const sibling = siblings[parent.nextChild];
      if (!sibling) throw new Error(`structure node ${state.node.id} is not a child of ${parent.node.id}`);
      parent.nextChild += 1;
      const siblingState = this.states[sibling.id]!;
      if (siblingState.lastPage === undefined) continue;
      siblingState.element = this.doc.struct(sibling.role);
      const attributes = this.attributes.get(sibling.id);
      if (attributes) siblingState.element.dictionary.data.A = attributes;
      parentElement.add(siblingState.element);
    }
    return state.element;
  }
}
