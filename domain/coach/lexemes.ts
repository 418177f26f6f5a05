/**
 * One shared entry per distinct word the coach has read. The tokenizer looks each word up
 * once; detectors then keep what they want to know about a word (its valence, the phrase
 * patterns that start with it) on that entry, computed the first time and read by index
 * afterwards, instead of hashing the word again into their own tables on every draft.
 *
 * The entry's `norm` is an internalized string: comparing two of them, or finding one in a
 * Map or Set whose keys are internalized too (string literals, the phrase patterns' words),
 * is a pointer comparison instead of a comparison of characters.
 */
export interface Lexeme {
  readonly norm: string;
  /** Answers about this word, by the slot of the `wordFeature` that asked. */
  readonly features: unknown[];
  /** The bits of every kind of word (`sentenceCue`) this word is. */
  cues: number;
  /**
   * The phrase patterns that may start at this word, kept by patterns.ts, which reads it for
   * every token of every draft: a field of its own is one read quicker than a feature slot.
   * `startsFor` tells for how many pattern sets it was worked out (-1: not yet).
   */
  starts: unknown;
  startsFor: number;
  /**
   * How the tokenizer splits this word ("we'll" → we + will), or null for none; undefined
   * until first asked. Read for every word of every draft, so a field of its own too.
   */
  pieces: unknown;
  /**
   * A number of its own among the entries of the table now in use (from 1): a key for tables
   * indexed by word that are quicker than a Map keyed by its `norm` (see patterns.ts).
   */
  readonly id: number;
}

const table = new Map<string, Lexeme>();
const byAsciiChar: Array<Lexeme | undefined> = new Array<Lexeme | undefined>(128).fill(undefined);
/** Enough for the vocabulary of a busy desk; past it the table starts afresh (it is only a cache). */
const MAX_LEXEMES = 50_000;
let nextId = 1;

/**
 * Called as a document starts to be read. A table past its size starts afresh here, never
 * within a document: every entry one document's tokens hold comes from the same table, so
 * what is kept on one entry about others (the scan's tables keyed by `id`) always agrees,
 * and ids can start from 1 again.
 */
export function beginDocument(): void {
  if (table.size < MAX_LEXEMES) return;
  table.clear();
  cachedByHash.fill(undefined);
  byAsciiChar.fill(undefined);
  nextId = 1;
}

export function lexeme(norm: string): Lexeme {
  // Punctuation is mostly one ASCII character: found by its code, without hashing.
  if (norm.length === 1) {
    const code = norm.charCodeAt(0);
    if (code < 128) return (byAsciiChar[code] ??= entryFor(norm));
  }
  return entryFor(norm);
}

function entryFor(norm: string): Lexeme {
  let entry = table.get(norm);
  if (entry === undefined) {
    // Every slot there is, filled: reads from an array without holes are the quickest kind.
    entry = {
      norm: internalized(norm),
      features: new Array<unknown>(featureCount).fill(undefined),
      cues: cuesOf(norm),
      starts: undefined,
      startsFor: -1,
      pieces: undefined,
      id: nextId++,
    };
    table.set(entry.norm, entry);
  }
  return entry;
}

/**
 * The lexemes of plain ASCII words, found from the characters as typed: the tokenizer hashes
 * a word's letters (folded to lower case) while it scans them, and a hit here costs neither a
 * lower-cased copy nor V8 hashing the new string for the Map. A direct-mapped cache: a slot
 * holds the last word that hashed to it, and a miss goes to `lexeme`.
 */
const CACHE_BITS = 14;
const cachedByHash: Array<Lexeme | undefined> = new Array<Lexeme | undefined>(1 << CACHE_BITS).fill(
  undefined,
);

/**
 * The lexeme of `word`, which holds only ASCII letters (and apostrophes), given `hash` of
 * them: any 32-bit hash of the letters folded to lower case, the same for every spelling of
 * a word (as the tokenizer's `scanWord` takes it). `lower` says the letters are already in
 * lower case (then the word is its norm).
 */
export function lexemeOfLetters(word: string, hash: number, lower: boolean): Lexeme {
  const slot = (hash ^ (hash >>> CACHE_BITS)) & ((1 << CACHE_BITS) - 1);
  const cached = cachedByHash[slot];
  // A word already in lower case is compared by the engine, far quicker than letter by letter.
  if (cached !== undefined && (lower ? cached.norm === word : sameLetters(cached.norm, word)))
    return cached;
  const found = lexeme(lower ? word : word.toLowerCase());
  cachedByHash[slot] = found;
  return found;
}

function sameLetters(norm: string, word: string): boolean {
  if (norm.length !== word.length) return false;
  for (let k = 0; k < norm.length; k++)
    if (norm.charCodeAt(k) !== (word.charCodeAt(k) | 32)) return false;
  return true;
}

let featureCount = 0;

/** A place in every lexeme's `features` for one kind of answer. */
export function featureSlot(): number {
  return featureCount++;
}

/**
 * Something worth knowing about a word, computed once per word (`compute` must depend on the
 * word alone and must not return undefined): `const valence = wordFeature(norm => …)`, then
 * `valence(token.lex)`.
 */
export function wordFeature<T>(compute: (norm: string) => T): (lex: Lexeme) => T {
  const slot = featureSlot();
  return (lex) => {
    const known = lex.features[slot];
    if (known !== undefined) return known as T;
    const value = compute(lex.norm);
    lex.features[slot] = value;
    return value;
  };
}

/**
 * `compute`, remembering its answer for the last key asked. For what the composer asks again
 * on every keystroke with the same key (the diagnosed cause), not for per-word answers.
 */
export function rememberLast<T>(compute: (key: string) => T): (key: string) => T {
  let last: { key: string; value: T } | null = null;
  return (key) => {
    if (last?.key !== key) last = { key, value: compute(key) };
    return last.value;
  };
}

/**
 * Kinds of word a sentence can be known to hold before a detector reads it ("an apology word",
 * "an insult"): the tokenizer sums each sentence's kinds as it splits sentences, so a detector
 * looking for a rare word skips every sentence without one. At most 31 kinds.
 */
const cueKinds: Array<(norm: string) => boolean> = [];

/** Registers a kind of word (called once, at module load) and returns its bit. */
export function sentenceCue(isCue: (norm: string) => boolean): number {
  if (cueKinds.length >= 31) throw new Error('Too many sentence cues');
  cueKinds.push(isCue);
  const bit = 1 << (cueKinds.length - 1);
  // Entries made before this kind was known learn it now.
  for (const entry of table.values()) if (isCue(entry.norm)) entry.cues |= bit;
  return bit;
}

function cuesOf(norm: string): number {
  let bits = 0;
  for (let index = 0; index < cueKinds.length; index++)
    if (cueKinds[index]!(norm)) bits |= 1 << index;
  return bits;
}

/**
 * Whether a word is in a fixed set, answered from its lexeme after the first time: a read by
 * index instead of hashing into the set, for the checks detectors make on every token.
 */
export function wordIn(words: ReadonlySet<string>): (lex: Lexeme) => boolean {
  return wordFeature((norm) => words.has(norm));
}

/**
 * The engine's single copy of a string. Property names are internalized, so a string read
 * back from an object's keys is that copy.
 */
export function internalized(text: string): string {
  return Object.keys({ [text]: 0 })[0]!;
}
