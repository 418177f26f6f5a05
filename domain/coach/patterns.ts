import { featureSlot, internalized, lexeme, type Lexeme } from './lexemes';
import type { Token } from './tokenize';

/**
 * Phrase patterns over tokens, compiled once. The notation is deliberately small:
 *   `sorry if`             words in sequence (contractions already expanded: "we will")
 *   `i|we am|are sorry`    alternatives for one token (never for several: `i am|we are`
 *                          reads as i, am-or-we, are; write two patterns instead)
 *   `[really|so] sorry`    an optional token
 *   `frustrat*`            a word starting with "frustrat"
 *   `*`                    any one word; `...` skips up to three words
 * Patterns are indexed by their first word; each word's candidates are kept on its lexeme,
 * so after the first meeting a token costs no lookup at all.
 */
type Element =
  | {
      kind: 'words';
      words: Set<string>;
      /** The same words as a short list when there are few: comparing is cheaper than hashing. */
      few: string[] | null;
      prefixes: string[];
      optional: boolean;
    }
  | { kind: 'any' }
  | { kind: 'gap' };

export interface Pattern<T> {
  source: string;
  elements: Element[];
  value: T;
}

/**
 * The patterns of a set that may start at one word. Where there are many ("i", "you"), most
 * fail on the second token, so they are also filed by the word their second token must be:
 * `bySecond.get(next)` lists, in the set's order, those that can still match plus `rest`
 * (second token optional, any, a prefix, or none).
 */
interface Starts<T> {
  all: Pattern<T>[];
  rest: Pattern<T>[];
  bySecond: Map<string, Pattern<T>[]> | null;
}

/**
 * Up to this many words, a list is searched by comparing each (internalized strings: pointer
 * comparisons), which is quicker than hashing the word into a Set.
 */
const FEW_WORDS = 8;

/** Below this many candidates, trying each is as quick as filing them. */
const FILE_BY_SECOND_FROM = 4;

export interface PatternMatch<T> {
  from: number;
  /** One past the last matched token. */
  to: number;
  value: T;
  source: string;
}

export class PatternSet<T> {
  /** Where each lexeme keeps the patterns of this set that may start at it. */
  private readonly slot = featureSlot();
  /** This set's place among the sets scanned together; -1 until it is first searched whole. */
  scanIndex = -1;
  private readonly byFirstWord = new Map<string, Pattern<T>[]>();
  /** The few patterns that start with a word prefix ("cancel*"); checked against every token. */
  private readonly byPrefix: Array<{ prefix: string; pattern: Pattern<T> }> = [];

  constructor(entries: Array<[string, T]>) {
    for (const [source, value] of entries) {
      this.add(source, source.split(/\s+/).filter(Boolean).map(parseElement), value);
    }
  }

  private add(source: string, elements: Element[], value: T): void {
    const first = elements[0];
    if (first?.kind === 'words' && first.optional) {
      // A leading optional word compiles to two patterns: with it and without it.
      this.add(source, [{ ...first, optional: false }, ...elements.slice(1)], value);
      this.add(source, elements.slice(1), value);
      return;
    }
    if (!first || first.kind !== 'words')
      throw new Error(`A coach pattern must start with a word: "${source}"`);
    for (const prefix of first.prefixes)
      this.byPrefix.push({ prefix, pattern: { source, elements, value } });
    for (const word of first.words) {
      const list = this.byFirstWord.get(word) ?? [];
      list.push({ source, elements, value });
      this.byFirstWord.set(word, list);
    }
  }

  /**
   * Every match starting anywhere in tokens[from, to), none reaching past `to`. Read from the
   * scan of all sets over this token list (see `scanTogether`); a match that runs past `to`
   * is looked for again at its start within the bound, where a shorter one may fit.
   */
  findAll(tokens: Token[], from = 0, to = tokens.length): readonly PatternMatch<T>[] {
    if (this.scanIndex < 0) joinScan(this as PatternSet<unknown>);
    if (tokens !== scanned.tokens) scanTogether(tokens);
    const all = scanned.matches[this.scanIndex] as PatternMatch<T>[];
    if (all.length === 0) return NONE;
    // The scan's own list, read-only: the next scan makes lists of its own.
    if (from === 0 && to === tokens.length) return all;
    // Detectors ask sentence by sentence, and a long draft has many matches before the
    // sentence asked about.
    let k = firstStartingFrom(all, from);
    if (k === all.length || all[k]!.from >= to) return NONE;
    const found: PatternMatch<T>[] = [];
    for (; k < all.length; k++) {
      const match = all[k]!;
      if (match.from < from) continue;
      if (match.from >= to) break;
      if (match.to <= to) {
        found.push(match);
        continue;
      }
      // Matches at one start sit together, in the set's order: redo that start as a whole.
      while (found.length && found[found.length - 1]!.from === match.from) found.pop();
      this.collectAt(tokens, match.from, to, found);
      while (k + 1 < all.length && all[k + 1]!.from === match.from) k++;
    }
    return found;
  }

  /** Appends the match of every pattern of this set that starts at tokens[i] and ends by `to`. */
  collectAt(tokens: Token[], i: number, to: number, found: PatternMatch<T>[]): void {
    for (const pattern of this.candidates(tokens, i, to)) {
      // A candidate is filed under the word at i, so its first element has matched already.
      const end = matchAt(pattern.elements, 1, tokens, i + 1, to);
      if (end >= 0) found.push({ from: i, to: end, value: pattern.value, source: pattern.source });
    }
  }

  /** The patterns of this set that may start at this word, in the set's order. */
  patternsStartingAt(lex: Lexeme): Pattern<T>[] {
    return this.startingAt(lex).all;
  }

  /** The first pattern that matches exactly at token index i. */
  matchAt(tokens: Token[], i: number, to = tokens.length): PatternMatch<T> | null {
    if (i >= to) return null;
    for (const pattern of this.candidates(tokens, i, to)) {
      const end = matchAt(pattern.elements, 1, tokens, i + 1, to);
      if (end >= 0) return { from: i, to: end, value: pattern.value, source: pattern.source };
    }
    return null;
  }

  /** The patterns that may match at tokens[i], judged by its word and the next one. */
  private candidates(tokens: Token[], i: number, to: number): Pattern<T>[] {
    const starts = this.startingAt(tokens[i]!.lex);
    if (starts.bySecond === null) return starts.all;
    return (i + 1 < to ? starts.bySecond.get(tokens[i + 1]!.norm) : undefined) ?? starts.rest;
  }

  // A method rather than a per-set closure: one call target keeps the loops above inlined.
  private startingAt(lex: Lexeme): Starts<T> {
    const known = lex.features[this.slot] as Starts<T> | undefined;
    if (known !== undefined) return known;
    return (lex.features[this.slot] = fileBySecond(this.startingWith(lex.norm)));
  }

  private startingWith(norm: string): Pattern<T>[] {
    const exact = this.byFirstWord.get(norm);
    if (!this.byPrefix.length) return exact ?? NONE;
    let withPrefix: Pattern<T>[] | undefined;
    for (const { prefix, pattern } of this.byPrefix) {
      if (norm.startsWith(prefix)) (withPrefix ??= [...(exact ?? [])]).push(pattern);
    }
    return withPrefix ?? exact ?? NONE;
  }
}

/**
 * Where the first match starting at or after token i is in `matches` (in order of start), or
 * its length when there is none: found by halving.
 */
export function firstStartingFrom(matches: readonly { from: number }[], i: number): number {
  let low = 0;
  let high = matches.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (matches[middle]!.from < i) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The one empty list handed out (no patterns, no matches): frozen against a caller's push. */
const NONE = Object.freeze([]) as unknown as never[];

/**
 * The sets that `findAll` has been asked of are scanned together: one walk over a document's
 * tokens asks each word once which patterns of any set may start with it and the word after
 * it — for most words, none — instead of every set walking the tokens on its own. The matches
 * are kept for the last token list scanned, which is the document all the detectors of one
 * analysis read (a token list is never changed once made). Sets are module constants, so the
 * group stays small.
 */
const scanGroup: Array<PatternSet<unknown>> = [];
/**
 * A pattern of some set of the group that may start at a word. The word after it is checked
 * by how the candidates are filed; `check` holds the words the token `offset` places on from
 * the start can be, for a check as quick before trying the pattern: most fail there ("i am"
 * starts dozens of patterns, "i am here", "i am glad"…, and the third word tells them apart).
 */
interface Candidate {
  set: PatternSet<unknown>;
  pattern: Pattern<unknown>;
  offset: number;
  /**
   * One word (most often), a short list of them (`FEW_WORDS` or fewer: comparing internalized
   * strings is quicker than hashing into a set), a set of more, or null when there is none.
   */
  check: Check;
}
type Check = string | readonly string[] | Set<string> | null;
/**
 * Candidates laid out flat, three entries each: offset, check, candidate. Most are ruled out
 * by their check, read from this one array; only the few that pass are read as objects, which
 * lie elsewhere in memory (the loop over candidates made two thirds of the joint scan's reads
 * that missed the processor's cache; this took a tenth of those away).
 */
type Packed = Array<number | Check | Candidate>;
const STRIDE = 3;
/**
 * The candidates of the whole group that may start at one word, filed by the word that must
 * come next (each list complete and in the group's order) with `rest` for a next word filed
 * under none.
 *
 * The next word is looked up by its lexeme's `id` in a small open-addressing table: slot s
 * holds the id filed there at `table[2s]` (0 for an empty slot) and its candidates at
 * `table[2s + 1]`. Half the tokens of a draft ask this: a number read from an array is
 * quicker than a Map hashing a string (the joint scan took a fifth less time), and an id and
 * its list side by side are one read from memory, not two.
 */
interface GroupStarts {
  rest: Packed;
  /** Null when no candidate needs a particular next word. */
  table: Array<number | Packed> | null;
  mask: number;
}
const scanned: { tokens: Token[] | null; matches: Array<Array<PatternMatch<unknown>>> } = {
  tokens: null,
  matches: [],
};

function joinScan(set: PatternSet<unknown>): void {
  set.scanIndex = scanGroup.length;
  scanGroup.push(set);
  scanned.tokens = null;
}

/**
 * The candidates of the group at a word, or null when none starts with it (half the words of
 * a draft): known from the word's entry alone, without reading a table of its own.
 */
function groupStartingAt(lex: Lexeme): GroupStarts | null {
  if (lex.startsFor === scanGroup.length) return lex.starts as GroupStarts | null;
  const all: Candidate[] = [];
  for (const set of scanGroup)
    for (const pattern of set.patternsStartingAt(lex)) all.push(candidate(set, pattern));
  const starts = all.length ? fileCandidates(all) : null;
  lex.starts = starts;
  lex.startsFor = scanGroup.length;
  return starts;
}

function candidate(set: PatternSet<unknown>, pattern: Pattern<unknown>): Candidate {
  const { elements } = pattern;
  // The first place past the second token whose words are known, if every element before it
  // takes exactly one token.
  for (let offset = 2; offset <= elements.length; offset++) {
    const before = elements[offset - 1]!;
    const oneToken =
      before.kind === 'any' ||
      (before.kind === 'words' && !before.optional && before.prefixes.length === 0);
    if (!oneToken) break;
    const key = nextWords(elements, offset);
    if (key !== null) {
      const words = [...key];
      const check = words.length === 1 ? words[0]! : key.size <= FEW_WORDS ? words : key;
      return { set, pattern, offset, check };
    }
  }
  return { set, pattern, offset: 0, check: null };
}

/**
 * Files the candidates at one word by the words their next token can be: most of them need a
 * word the document does not have there, and are never tried.
 */
function fileCandidates(all: Candidate[]): GroupStarts {
  const rest: number[] = [];
  const byWord = new Map<string, number[]>();
  all.forEach((candidate, index) => {
    const next = nextWords(candidate.pattern.elements, 1);
    if (next === null) {
      rest.push(index);
      return;
    }
    for (const word of next) {
      const indexes = byWord.get(word) ?? [];
      indexes.push(index);
      byWord.set(word, indexes);
    }
  });
  const inOrder = (indexes: number[]) => packed(indexes.sort((a, b) => a - b).map((k) => all[k]!));
  if (byWord.size === 0) return { rest: inOrder(rest), table: null, mask: 0 };
  // At most half full, so a look-up for a word not filed ends at an empty slot soon.
  let capacity = 4;
  while (capacity < byWord.size * 2) capacity *= 2;
  const table: Array<number | Packed> = [];
  for (let slot = 0; slot < capacity; slot++) table.push(0, NONE);
  const mask = capacity - 1;
  for (const [word, indexes] of byWord) {
    const id = lexeme(word).id;
    let slot = slotOf(id, mask);
    while (table[2 * slot] !== 0) slot = (slot + 1) & mask;
    table[2 * slot] = id;
    table[2 * slot + 1] = inOrder([...indexes, ...rest]);
  }
  return { rest: inOrder(rest), table, mask };
}

/** Where an id is first looked for: a multiplicative hash, so neighbouring ids spread out. */
function slotOf(id: number, mask: number): number {
  return (Math.imul(id, 0x9e3779b1) >>> 16) & mask;
}

/** The candidates at a word whose next word has lexeme id `next`. */
function filedUnder(starts: GroupStarts, next: number): Packed {
  const table = starts.table!;
  const mask = starts.mask;
  for (let slot = slotOf(next, mask); ; slot = (slot + 1) & mask) {
    const id = table[2 * slot];
    if (id === next) return table[2 * slot + 1] as Packed;
    if (id === 0) return starts.rest;
  }
}

function packed(candidates: Candidate[]): Packed {
  const flat: Packed = [];
  for (const candidate of candidates) flat.push(candidate.offset, candidate.check, candidate);
  return flat;
}

/**
 * The words the token at element `e` onward can start with, or null when that is not a short
 * list of words: a word prefix, any word, a gap, or the pattern may already have ended.
 */
function nextWords(elements: Element[], e: number): Set<string> | null {
  const element = elements[e];
  if (element === undefined || element.kind !== 'words' || element.prefixes.length) return null;
  if (!element.optional) return element.words;
  const after = nextWords(elements, e + 1);
  return after === null ? null : new Set([...element.words, ...after]);
}

function scanTogether(tokens: Token[]): void {
  // Most sets match nothing in a draft: they share one frozen empty list until they do.
  const matches: Array<Array<PatternMatch<unknown>>> = new Array(scanGroup.length).fill(NONE);
  const to = tokens.length;
  for (let i = 0; i < to; i++) {
    // Known on the word's entry after its first draft: read here, not through a call.
    const lex = tokens[i]!.lex;
    const starts =
      lex.startsFor === scanGroup.length
        ? (lex.starts as GroupStarts | null)
        : groupStartingAt(lex);
    if (starts === null) continue;
    const candidates =
      starts.table !== null && i + 1 < to ? filedUnder(starts, tokens[i + 1]!.lex.id) : starts.rest;
    for (let c = 0; c < candidates.length; c += STRIDE) {
      // Ruled out by a later word, most of them: "i am" starts dozens of patterns.
      const offset = candidates[c] as number;
      if (offset !== 0) {
        if (i + offset >= to) continue;
        const norm = tokens[i + offset]!.norm;
        const check = candidates[c + 1] as Check;
        if (typeof check === 'string') {
          if (norm !== check) continue;
        } else if (Array.isArray(check)) {
          let k = 0;
          while (k < check.length && check[k] !== norm) k++;
          if (k === check.length) continue;
        } else if (!(check as Set<string>).has(norm)) continue;
      }
      const { set, pattern } = candidates[c + 2] as Candidate;
      // A candidate is filed under the word at i, so its first element has matched already.
      const end = matchAt(pattern.elements, 1, tokens, i + 1, to);
      if (end < 0) continue;
      const match = { from: i, to: end, value: pattern.value, source: pattern.source };
      const list = matches[set.scanIndex]!;
      if (list === NONE) matches[set.scanIndex] = [match];
      else list.push(match);
    }
  }
  scanned.tokens = tokens;
  scanned.matches = matches;
}

function fileBySecond<T>(all: Pattern<T>[]): Starts<T> {
  if (all.length < FILE_BY_SECOND_FROM) return { all, rest: all, bySecond: null };
  const rest: number[] = [];
  const bySecondIndex = new Map<string, number[]>();
  all.forEach((pattern, index) => {
    const second = pattern.elements[1];
    // Only a required plain word list can rule a pattern out by the next word alone.
    if (second?.kind !== 'words' || second.optional || second.prefixes.length) {
      rest.push(index);
      return;
    }
    for (const word of second.words) {
      const indexes = bySecondIndex.get(word) ?? [];
      indexes.push(index);
      bySecondIndex.set(word, indexes);
    }
  });
  const inOrder = (indexes: number[]) => indexes.sort((a, b) => a - b).map((k) => all[k]!);
  const bySecond = new Map<string, Pattern<T>[]>();
  for (const [word, indexes] of bySecondIndex) bySecond.set(word, inOrder([...indexes, ...rest]));
  return { all, rest: inOrder(rest), bySecond };
}

function parseElement(text: string): Element {
  if (text === '*') return { kind: 'any' };
  if (text === '...') return { kind: 'gap' };
  const optional = text.startsWith('[') && text.endsWith(']');
  const body = optional ? text.slice(1, -1) : text;
  const words = new Set<string>();
  const prefixes: string[] = [];
  for (const alternative of body.split('|')) {
    if (alternative.length > 1 && alternative.endsWith('*'))
      prefixes.push(alternative.slice(0, -1));
    else words.add(internalized(alternative));
  }
  return {
    kind: 'words',
    words,
    few: words.size <= FEW_WORDS ? [...words] : null,
    prefixes,
    optional,
  };
}

function wordMatches(element: Extract<Element, { kind: 'words' }>, token: Token): boolean {
  const norm = token.norm;
  const few = element.few;
  if (few !== null) {
    for (let k = 0; k < few.length; k++) if (few[k] === norm) return true;
  } else if (element.words.has(norm)) return true;
  const prefixes = element.prefixes;
  for (let k = 0; k < prefixes.length; k++) if (norm.startsWith(prefixes[k]!)) return true;
  return false;
}

/**
 * The end of a match of elements[e…] starting at token i, or -1. Runs of elements that take
 * exactly one token are walked in a loop; an optional word or a gap branches, trying the
 * longer reading first.
 */
function matchAt(elements: Element[], e: number, tokens: Token[], i: number, to: number): number {
  for (;;) {
    if (e === elements.length) return i;
    const element = elements[e]!;
    if (element.kind === 'words') {
      if (element.optional) break;
      if (i >= to || !wordMatches(element, tokens[i]!)) return -1;
    } else if (element.kind === 'any') {
      if (i >= to) return -1;
      const kind = tokens[i]!.kind;
      if (kind !== 'word' && kind !== 'number') return -1;
    } else break;
    e++;
    i++;
  }
  const element = elements[e]!;
  if (element.kind === 'gap') {
    for (let skip = 0; skip <= 3 && i + skip <= to; skip++) {
      if (skip > 0 && tokens[i + skip - 1]!.kind !== 'word') break;
      const end = matchAt(elements, e + 1, tokens, i + skip, to);
      if (end >= 0) return end;
    }
    return -1;
  }
  // An optional word: with it if it is there, else without.
  if (element.kind === 'words' && i < to && wordMatches(element, tokens[i]!)) {
    const end = matchAt(elements, e + 1, tokens, i + 1, to);
    if (end >= 0) return end;
  }
  return matchAt(elements, e + 1, tokens, i, to);
}
