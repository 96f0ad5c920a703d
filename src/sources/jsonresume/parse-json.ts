import { findNodeAtLocation, getNodeValue, parseTree, printParseErrorCode } from 'jsonc-parser';
import type { Node, ParseError } from 'jsonc-parser';
import type { Path } from '../tracked.js';

export type ParsedJson =
  | { ok: true; value: unknown; offsetOf: (path: Path) => number }
  | { ok: false; errors: { offset: number; message: string }[] };

/**
 * Strict JSON with the offset of every value, so a warning about
 * `basics.image` points at its key in the file. jsonc-parser keeps going
 * after an error, so every syntax error of the file is reported at once.
 */
export function parseJsonWithOffsets(text: string): ParsedJson {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: false, disallowComments: true, allowEmptyContent: false });
  if (errors.length > 0 || root === undefined) {
    // jsonc-parser can report two errors at one place ("property name expected", "value expected"); the first says it.
    const firsts = errors.filter((e, i) => errors.findIndex((o) => o.offset === e.offset) === i);
    const list = firsts.map((e) => ({ offset: e.offset, message: `invalid JSON: ${describe(printParseErrorCode(e.error))}` }));
    return { ok: false, errors: list.length > 0 ? list : [{ offset: 0, message: 'invalid JSON: the file is empty' }] };
  }
  return {
    ok: true,
    value: getNodeValue(root),
    offsetOf: (path) => {
      for (let n = path.length; n >= 0; n--) {
        const node: Node | undefined = findNodeAtLocation(root, [...path.slice(0, n)]);
        if (node === undefined) continue;
        // Point at the key of an object member, where people look for it.
        const parent = node.parent;
        if (parent?.type === 'property' && parent.children?.[0] !== undefined) return parent.children[0].offset;
        return node.offset;
      }
      return 0;
    },
  };
}

/** "CommaExpected" -> "comma expected". */
function describe(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}
