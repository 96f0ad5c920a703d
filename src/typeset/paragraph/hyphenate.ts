/**
 * Pattern hyphenation (patterns handed in as a Hyphenator) with the house rules: never in short words, capitalised words (names, acronyms), words with digits, or within 2
 * letters of the start / 3 of the end.
 */
import type { Hyphenator } from '../../hyphenation/index.js';
import { CharKind } from './chars.js';
import { addOpportunity, PENALTY, type Opportunities } from './opportunities.js';
import type { Source } from './source.js';

/** \lefthyphenmin / \righthyphenmin. */
export const LEFT_MIN = 2;
export const RIGHT_MIN = 3;
/** Words with fewer letters are never hyphenated. */
export const MIN_WORD_LETTERS = 5;
/**
 * Longer words (UTF-16 units) are not given to the patterns: no dictionary
 * word is this long, the pattern matcher's work grows faster than the word,
 * and such a token is cut by the emergency breaks anyway.
 */
export const MAX_HYPHENATED_WORD = 100;
/** Capitalised words with fewer letters are never hyphenated. */
const CAPITALISED_MAX_LETTERS = 20;

/** Hyphenation is a pure function of (patterns, word): memoized per hyphenator, bounded. */
const memos = new WeakMap<Hyphenator, Map<string, readonly number[]>>();
const MEMO_LIMIT = 20000;

/**
 * Allowed hyphenation points (UTF-16 offsets into `word`, a break before that
 * offset) for one word of letters, after the house rules.
 */
export function hyphenationPoints(word: string, hyphenate: Hyphenator): readonly number[] {
  let memo = memos.get(hyphenate);
  if (!memo) {
    memo = new Map();
    memos.set(hyphenate, memo);
  }
  const hit = memo.get(word);
  if (hit) return hit;
  let points: number[] = [];
  const letters = word.length > MAX_HYPHENATED_WORD ? 0 : [...word].filter((c) => /\p{L}/u.test(c)).length;
  // A capitalised word is a name, a title word or an acronym (NASA, FPGAs,
  // Heterogeneous in a title): not hyphenated, as in careful book work;
  // unless it is so long that breaking it anywhere would be the alternative.
  const capitalised = /^\p{Lu}/u.test(word) && letters < CAPITALISED_MAX_LETTERS;
  if (word.length <= MAX_HYPHENATED_WORD && letters >= MIN_WORD_LETTERS && !capitalised && !/\p{N}/u.test(word)) {
    const marked = hyphenate(word);
    let off = 0;
    for (const ch of marked) {
      if (ch === '\u00ad') points.push(off);
      else off += ch.length;
    }
    const chars = [...word];
    points = points.filter((p) => {
      const before = [...word.slice(0, p)].length;
      const after = chars.length - before;
      return before >= LEFT_MIN && after >= RIGHT_MIN && !/^\p{M}/u.test(word.slice(p));
    });
  }
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(word, points);
  return points;
}

const WORDISH = /[\p{L}\p{M}\p{N}'’]/u;

/**
 * Adds pattern hyphenation points for every eligible word: letters in one run
 * and one face, in a run that is neither noHyphenate nor a URL, and holding no
 * soft hyphen already (the author chose its breaks). Says whether it added any.
 */
export function addHyphenationBreaks(src: Source, hyphenate: Hyphenator, ops: Opportunities): boolean {
  let added = false;
  const { text, kind } = src;
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (kind[i] !== CharKind.Visible || !WORDISH.test(text[i]!)) {
      i++;
      continue;
    }
    const start = i;
    const run = src.runOf[i]!;
    const font = src.font[i];
    while (i < n && kind[i] === CharKind.Visible && src.runOf[i] === run && src.font[i] === font && WORDISH.test(text[i]!)) i++;
    // The word must be delimited by non-letters, not by a run/face change or a dropped char.
    const cleanEdge = (j: number): boolean => j < 0 || j >= n || kind[j] === CharKind.Space || (kind[j] === CharKind.Visible && !WORDISH.test(text[j]!));
    const r = src.runs[run]!;
    if (r.noHyphenate || r.url || !cleanEdge(start - 1) || !cleanEdge(i)) continue;
    const word = text.slice(start, i);
    for (const p of hyphenationPoints(word, hyphenate)) {
      addOpportunity(ops, start + p, { penalty: PENALTY.hyphen, flagged: true, hyphen: true, pattern: true });
      added = true;
    }
  }
  return added;
}
