import { CORE_SCHEMA, EVENT_ID, NOT_RESOLVED, SCALAR_STYLE, getScalarValue } from 'js-yaml';
import type { Event, ScalarEvent } from 'js-yaml';
import type { LineIndex } from '../diagnostics/line-index.js';
import { LocationTree } from './location-tree.js';

/** Alias expansion budget: more nodes than this reached through aliases is an attack, not a CV. */
export const MAX_ALIAS_NODES = 1_000_000;

/** A problem found while building the tree, at a UTF-16 offset in the text. */
export interface TreeProblem {
  offset: number;
  message: string;
}

export type TreeResult =
  | { ok: true; value: unknown; locations: LocationTree }
  | { ok: false; problems: TreeProblem[] };

interface MapFrame {
  kind: 'map';
  value: Record<string, unknown>;
  /** Its node in the location tree. */
  node: number;
  anchor: string | null;
  size: number;
  keys: Map<string, number>;
  pendingKey: { key: string; offset: number } | null;
}

interface SeqFrame {
  kind: 'seq';
  value: unknown[];
  node: number;
  anchor: string | null;
  size: number;
}

type Frame = MapFrame | SeqFrame;

/** Thrown inside the builder to stop at a problem that makes the rest meaningless. */
class Abort extends Error {}

const YAML_TAG_PREFIX = 'tag:yaml.org,2002:';

/**
 * Builds a plain JS value from js-yaml's flat event stream while recording the
 * source span of every node. We construct the value ourselves (rather than
 * calling `load`) because the events are the only js-yaml API that carries
 * offsets, and because it lets us count alias expansion, report every
 * duplicate key at once, and keep YAML 1.2 core scalars (no timestamps, so
 * `2018-08-01` stays a string).
 */
export function buildTree(events: readonly Event[], source: string, lines: LineIndex): TreeResult {
  const problems: TreeProblem[] = [];
  const locations = new LocationTree(lines);
  const anchors = new Map<string, { value: unknown; size: number }>();
  const stack: Frame[] = [];
  /** Start offsets of open collections, parallel to `stack`. */
  const startOffsets: number[] = [];
  let root: unknown = null;
  let documents = 0;
  let aliasNodes = 0;
  let lastOffset = 0;

  /**
   * Hands a finished node to its parent (or makes it the root) and records
   * its location: `node`, a collection's node in the location tree, or a new leaf.
   */
  const attach = (value: unknown, size: number, offset: number, anchor: string | null, node = locations.add('leaf')): void => {
    if (anchor !== null) anchors.set(anchor, { value, size });
    const parent = stack[stack.length - 1];
    if (parent === undefined) {
      root = value;
      locations.place(node, -1, offset);
      locations.root(node);
      return;
    }
    parent.size += size;
    if (parent.kind === 'seq') {
      parent.value.push(value);
      locations.place(node, -1, offset);
      locations.item(parent.node, node);
      return;
    }
    const pending = parent.pendingKey;
    if (pending === null) throw new Error('mapping value without a key');
    parent.pendingKey = null;
    if (pending.key === '__proto__') {
      Object.defineProperty(parent.value, pending.key, { value, enumerable: true, writable: true, configurable: true });
    } else {
      parent.value[pending.key] = value;
    }
    locations.place(node, pending.offset, offset);
    locations.entry(parent.node, pending.key, node);
  };

  const expectsKey = (): MapFrame | null => {
    const top = stack[stack.length - 1];
    return top !== undefined && top.kind === 'map' && top.pendingKey === null ? top : null;
  };

  const anchorOf = (start: number, end: number): string | null => (start < 0 ? null : source.slice(start, end));

  try {
    for (const ev of events) {
      switch (ev.type) {
        case EVENT_ID.DOCUMENT: {
          documents++;
          if (documents > 1) {
            problems.push({ offset: lastOffset, message: 'more than one YAML document in this file; expected exactly one' });
            throw new Abort();
          }
          break;
        }
        case EVENT_ID.MAPPING:
        case EVENT_ID.SEQUENCE: {
          lastOffset = Math.max(lastOffset, ev.start);
          if (expectsKey() !== null) {
            problems.push({ offset: ev.start, message: 'a list or mapping used as a key; keys must be plain text' });
            throw new Abort();
          }
          const tag = ev.tagStart < 0 ? null : source.slice(ev.tagStart, ev.tagEnd);
          const expected = ev.type === EVENT_ID.MAPPING ? '!!map' : '!!seq';
          if (tag !== null && tag !== expected && tag !== `!<${YAML_TAG_PREFIX}${expected.slice(2)}>` && tag !== '!') {
            problems.push({ offset: ev.tagStart, message: `unsupported tag '${tag}'` });
          }
          const anchor = anchorOf(ev.anchorStart, ev.anchorEnd);
          const frame: Frame =
            ev.type === EVENT_ID.MAPPING
              ? { kind: 'map', value: {}, node: locations.add('map'), anchor, size: 1, keys: new Map(), pendingKey: null }
              : { kind: 'seq', value: [], node: locations.add('seq'), anchor, size: 1 };
          stack.push(frame);
          startOffsets.push(ev.start);
          break;
        }
        case EVENT_ID.POP: {
          const frame = stack.pop();
          if (frame === undefined) break; // closes a document
          const start = startOffsets.pop() ?? 0;
          attach(frame.value, frame.size, start, frame.anchor, frame.node);
          break;
        }
        case EVENT_ID.SCALAR: {
          const offset = scalarOffset(ev, source, lastOffset);
          if (ev.valueEnd > lastOffset) lastOffset = ev.valueEnd;
          const map = expectsKey();
          if (map !== null) {
            const key = ev.valueStart < 0 ? '' : getScalarValue(source, ev);
            const first = map.keys.get(key);
            if (first !== undefined) {
              const line = lines.position(first).line;
              problems.push({ offset, message: `duplicate key '${key}' (first defined on line ${line})` });
            } else {
              map.keys.set(key, offset);
            }
            map.pendingKey = { key, offset };
            break;
          }
          const resolved = resolveScalar(ev, source);
          if ('error' in resolved) problems.push({ offset, message: resolved.error });
          attach('error' in resolved ? null : resolved.value, 1, offset, anchorOf(ev.anchorStart, ev.anchorEnd));
          break;
        }
        case EVENT_ID.ALIAS: {
          const offset = ev.anchorStart - 1;
          lastOffset = Math.max(lastOffset, ev.anchorEnd);
          const name = source.slice(ev.anchorStart, ev.anchorEnd);
          if (expectsKey() !== null) {
            problems.push({ offset, message: `alias '*${name}' used as a key; keys must be plain text` });
            throw new Abort();
          }
          const target = anchors.get(name);
          if (target === undefined) {
            problems.push({
              offset,
              message: `unknown alias '*${name}'; a value starting with '*' is read as a YAML alias, so quote it if it is text (e.g. "*${name} ...")`,
            });
            attach(null, 1, offset, null);
            break;
          }
          aliasNodes += target.size;
          if (aliasNodes > MAX_ALIAS_NODES) {
            problems.push({
              offset,
              message: `alias '*${name}' expands the document past ${MAX_ALIAS_NODES} nodes; refusing to expand it (nested aliases grow exponentially)`,
            });
            throw new Abort();
          }
          attach(target.value, target.size, offset, null);
          break;
        }
      }
    }
  } catch (e) {
    if (!(e instanceof Abort)) throw e;
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, value: root, locations };
}

/**
 * Where a scalar node starts: at its opening quote for quoted scalars, at the
 * first content character for block scalars, and (for an empty value, which
 * has no text) at the end of what came before.
 */
function scalarOffset(ev: ScalarEvent, source: string, fallback: number): number {
  if (ev.valueStart < 0) return fallback;
  if (ev.style === SCALAR_STYLE.SINGLE_QUOTED || ev.style === SCALAR_STYLE.DOUBLE_QUOTED) return ev.valueStart - 1;
  if (ev.style === SCALAR_STYLE.LITERAL_BLOCK || ev.style === SCALAR_STYLE.FOLDED_BLOCK) {
    let i = ev.valueStart;
    while (i < ev.valueEnd && (source[i] === ' ' || source[i] === '\n' || source[i] === '\r')) i++;
    return i < ev.valueEnd ? i : ev.valueStart;
  }
  return ev.valueStart;
}

/** Resolves a scalar with YAML 1.2 core rules: tags honoured, plain scalars typed, the rest strings. */
function resolveScalar(ev: ScalarEvent, source: string): { value: unknown } | { error: string } {
  const text = ev.valueStart < 0 ? '' : getScalarValue(source, ev);
  if (ev.tagStart >= 0) {
    const tag = source.slice(ev.tagStart, ev.tagEnd);
    if (tag === '!') return { value: text };
    const name = tag.startsWith('!!') ? YAML_TAG_PREFIX + tag.slice(2) : tag.startsWith('!<') && tag.endsWith('>') ? tag.slice(2, -1) : null;
    const def = name === null ? undefined : CORE_SCHEMA.lookupScalarTag(name);
    if (name === null || def === undefined) return { error: `unsupported tag '${tag}'` };
    const value = def.resolve(text, true, name);
    if (value === NOT_RESOLVED) return { error: `'${text}' is not a valid ${tag} value` };
    return { value };
  }
  if (ev.style !== SCALAR_STYLE.PLAIN) return { value: text };
  return { value: CORE_SCHEMA.resolveImplicitScalarTag(text).value };
}
