import { describe, expect, it } from 'vitest';
import { lexeme } from './lexemes';
import { PatternSet, type PatternMatch } from './patterns';
import { tokenize } from './tokenize';

/**
 * The matcher files patterns by their first and second word and keeps them on the words'
 * lexemes; a plain reading of the notation, trying every pattern at every token, must find
 * exactly the same matches in the same order.
 */
function plainFindAll(entries: Array<[string, number]>, words: string[]): PatternMatch<number>[] {
  const found: PatternMatch<number>[] = [];
  const tryAt = (elements: string[], e: number, i: number): number => {
    if (e === elements.length) return i;
    const element = elements[e]!;
    if (element === '...') {
      for (let skip = 0; skip <= 3 && i + skip <= words.length; skip++) {
        const end = tryAt(elements, e + 1, i + skip);
        if (end >= 0) return end;
      }
      return -1;
    }
    if (element === '*') return i < words.length ? tryAt(elements, e + 1, i + 1) : -1;
    const optional = element.startsWith('[');
    const alternatives = (optional ? element.slice(1, -1) : element).split('|');
    const word = words[i];
    const fits =
      word !== undefined &&
      alternatives.some((a) => (a.endsWith('*') ? word.startsWith(a.slice(0, -1)) : a === word));
    if (fits) {
      const end = tryAt(elements, e + 1, i + 1);
      if (end >= 0) return end;
    }
    return optional ? tryAt(elements, e + 1, i) : -1;
  };
  for (let i = 0; i < words.length; i++) {
    // Candidates in the order the set files them: by first word, in the order written (a
    // pattern with a leading optional word counts twice: with it, then without), then those
    // whose first word is a prefix.
    const exact: Array<{ source: string; elements: string[]; value: number }> = [];
    const byPrefix: typeof exact = [];
    const file = (source: string, elements: string[], value: number) => {
      const first = elements[0]!;
      if (first.startsWith('[')) {
        file(source, [first.slice(1, -1), ...elements.slice(1)], value);
        file(source, elements.slice(1), value);
        return;
      }
      for (const alternative of first.split('|')) {
        if (alternative.endsWith('*')) {
          if (words[i]!.startsWith(alternative.slice(0, -1)))
            byPrefix.push({ source, elements, value });
        } else if (alternative === words[i]) exact.push({ source, elements, value });
      }
    };
    for (const [source, value] of entries) file(source, source.split(' '), value);
    for (const candidate of [...exact, ...byPrefix]) {
      const end = tryAt(candidate.elements, 0, i);
      if (end >= 0)
        found.push({ from: i, to: end, value: candidate.value, source: candidate.source });
    }
  }
  return found;
}

function random(seed: number) {
  return () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

describe('phrase patterns', () => {
  it('find what a plain reading of every pattern at every word finds, in the same order, in the whole text or part of it', () => {
    const next = random(11);
    const vocabulary = [
      'i',
      'you',
      'we',
      'are',
      'am',
      'so',
      'sorry',
      'not',
      'late',
      'lately',
      'it',
    ];
    const pick = () => vocabulary[Math.floor(next() * vocabulary.length)]!;
    const element = (position: number): string => {
      const roll = next();
      if (position > 0 && roll < 0.08) return '*';
      if (position > 0 && roll < 0.16) return '...';
      const alternatives = Array.from({ length: 1 + Math.floor(next() * 3) }, () =>
        next() < 0.15 ? `${pick().slice(0, 2)}*` : pick(),
      );
      const body = [...new Set(alternatives)].join('|');
      return next() < 0.2 ? `[${body}]` : body;
    };
    let previous: { set: PatternSet<number>; text: string } | undefined;
    for (let round = 0; round < 200; round++) {
      const entries: Array<[string, number]> = [];
      // Many patterns share first words here, so filing by the second word is exercised.
      for (let p = 0; p < 12; p++) {
        const length = 1 + Math.floor(next() * 4);
        const elements = Array.from({ length }, (_, position) => element(position));
        if (elements.every((e) => e.startsWith('['))) elements.push(pick());
        // A pattern starts with a word: no wildcard before its first required word.
        for (let k = 0; k < elements.length && elements[k - 1]?.startsWith('[') !== false; k++)
          if (elements[k] === '*' || elements[k] === '...') elements[k] = pick();
        entries.push([elements.join(' '), p]);
      }
      const set = new PatternSet<number>(entries);
      const text = Array.from({ length: 3 + Math.floor(next() * 10) }, pick).join(' ');
      const tokens = tokenize(text).tokens;
      const words = tokens.map((t) => t.norm);
      expect(set.findAll(tokens)).toEqual(plainFindAll(entries, words));
      // Within a part of the text (a sentence), nothing may reach past its end: a match that
      // would is looked for again there, and may be shorter.
      const from = Math.floor(next() * words.length);
      const to = from + 1 + Math.floor(next() * (words.length - from));
      expect(set.findAll(tokens, from, to)).toEqual(
        plainFindAll(entries, words.slice(0, to)).filter((m) => m.from >= from),
      );
      // Another set's search over another text in between changes nothing.
      previous?.set.findAll(tokenize(previous.text).tokens);
      expect(set.findAll(tokens, from, to)).toEqual(
        plainFindAll(entries, words.slice(0, to)).filter((m) => m.from >= from),
      );
      previous = { set, text };
    }
  });

  it('find the matches of a set first searched after another set read the same text', () => {
    const tokens = tokenize('we will call you back when the new part arrives').tokens;
    const first = new PatternSet<number>([['we will call', 1]]);
    expect(first.findAll(tokens).map((m) => m.source)).toEqual(['we will call']);
    const later = new PatternSet<number>([
      ['call * back', 2],
      ['new part', 3],
    ]);
    expect(later.findAll(tokens).map((m) => [m.from, m.to, m.value])).toEqual([
      [2, 5, 2],
      [7, 9, 3],
    ]);
    expect(first.findAll(tokens, 3).length).toBe(0);
  });

  it('keep one table of words for the whole of a text, starting afresh only before the next', () => {
    // More new words than the table holds (50,000), in one text.
    const letters = (k: number) =>
      [...k.toString(26)].map((d) => String.fromCharCode(97 + parseInt(d, 26))).join('');
    const text = Array.from({ length: 50_001 }, (_, k) => `zq${letters(k)}`).join(' ');
    const first = tokenize(text).tokens[0]!.lex;
    // Every token of the text holds an entry of the table in use: ids the scan files by agree.
    expect(lexeme(first.norm)).toBe(first);
    tokenize('sorry you feel that way');
    expect(lexeme(first.norm)).not.toBe(first);
    // Patterns filed before the table started afresh still match.
    const set = new PatternSet<number>([['sorry you feel', 1]]);
    expect(set.findAll(tokenize('sorry you feel that way').tokens).length).toBe(1);
  });

  it('share one entry per word, whose form compares as the same string', () => {
    const a = tokenize('Sorry, SORRY and sorry').tokens.filter((t) => t.kind === 'word');
    expect(new Set(a.map((t) => t.lex)).size).toBe(2); // "sorry" and "and"
    expect(a[0]!.lex).toBe(a[1]!.lex);
    expect(a[0]!.norm).toBe('sorry');
    expect(lexeme('sorry')).toBe(a[3]!.lex);
  });
});
