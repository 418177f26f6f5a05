import type { Token } from './tokenize';

/**
 * Phrase patterns over tokens, compiled once. The notation is deliberately small:
 *   `sorry if`             words in sequence (contractions already expanded: "we will")
 *   `i|we am|are sorry`    alternatives for one token
 *   `[really|so] sorry`    an optional token
 *   `frustrat*`            a word starting with "frustrat"
 *   `*`                    any one word; `...` skips up to three words
 * Patterns are indexed by their first word, so matching costs one map lookup per token.
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

export interface PatternMatch<T> {
  from: number;
  /** One past the last matched token. */
  to: number;
  value: T;
  source: string;
}

export class PatternSet<T> {
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

  /** Every match starting anywhere in tokens[from, to). */
  findAll(tokens: Token[], from = 0, to = tokens.length): PatternMatch<T>[] {
    const found: PatternMatch<T>[] = [];
    for (let i = from; i < to; i++) {
      for (const pattern of this.candidates(tokens[i]!.norm)) {
        const end = matchAt(pattern.elements, 0, tokens, i, to);
        if (end >= 0)
          found.push({ from: i, to: end, value: pattern.value, source: pattern.source });
      }
    }
    return found;
  }

  /** The first pattern that matches exactly at token index i. */
  matchAt(tokens: Token[], i: number, to = tokens.length): PatternMatch<T> | null {
    if (i >= to) return null;
    for (const pattern of this.candidates(tokens[i]!.norm)) {
      const end = matchAt(pattern.elements, 0, tokens, i, to);
      if (end >= 0) return { from: i, to: end, value: pattern.value, source: pattern.source };
    }
    return null;
  }

  private candidates(norm: string): Pattern<T>[] {
    const exact = this.byFirstWord.get(norm);
    if (!this.byPrefix.length) return exact ?? NONE;
    let withPrefix: Pattern<T>[] | undefined;
    for (const { prefix, pattern } of this.byPrefix) {
      if (norm.startsWith(prefix)) (withPrefix ??= [...(exact ?? [])]).push(pattern);
    }
    return withPrefix ?? exact ?? NONE;
  }
}

const NONE: never[] = [];

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
    else words.add(alternative);
  }
  return { kind: 'words', words, few: words.size <= 4 ? [...words] : null, prefixes, optional };
}

function wordMatches(element: Extract<Element, { kind: 'words' }>, token: Token): boolean {
  const norm = token.norm;
  if (element.few) {
    for (const word of element.few) if (word === norm) return true;
  } else if (element.words.has(norm)) return true;
  for (const prefix of element.prefixes) if (norm.startsWith(prefix)) return true;
  return false;
}

function matchAt(elements: Element[], e: number, tokens: Token[], i: number, to: number): number {
  if (e === elements.length) return i;
  const element = elements[e]!;
  if (element.kind === 'gap') {
    for (let skip = 0; skip <= 3 && i + skip <= to; skip++) {
      if (skip > 0 && tokens[i + skip - 1]!.kind !== 'word') break;
      const end = matchAt(elements, e + 1, tokens, i + skip, to);
      if (end >= 0) return end;
    }
    return -1;
  }
  if (element.kind === 'any') {
    if (i >= to || (tokens[i]!.kind !== 'word' && tokens[i]!.kind !== 'number')) return -1;
    return matchAt(elements, e + 1, tokens, i + 1, to);
  }
  if (i < to && wordMatches(element, tokens[i]!)) {
    const end = matchAt(elements, e + 1, tokens, i + 1, to);
    if (end >= 0) return end;
  }
  return element.optional ? matchAt(elements, e + 1, tokens, i, to) : -1;
}
