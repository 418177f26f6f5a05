import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lexeme, sentenceCue } from './lexemes';
import { tokenize } from './tokenize';

const norms = (text: string) => tokenize(text).tokens.map((t) => t.norm);

describe('tokenize', () => {
  it('expands contractions, with or without the apostrophe', () => {
    expect(norms("We'll call")).toEqual(['we', 'will', 'call']);
    expect(norms("I can't")).toEqual(['i', 'can', 'not']);
    expect(norms('dont worry')).toEqual(['do', 'not', 'worry']);
    expect(norms('it’s fine')).toEqual(['it', 'is', 'fine']);
    expect(norms("Ana's table")).toEqual(['ana', "'s", 'table']);
  });

  it('reads shorthand typed on a phone as the words it stands for, covering what was typed', () => {
    expect(norms('soz, we shd have called tmrw')).toEqual([
      'sorry',
      ',',
      'we',
      'should',
      'have',
      'called',
      'tomorrow',
    ]);
    expect(norms('np, idk')).toEqual(['no', 'problem', ',', 'i', 'do', 'not', 'know']);
    const [no, problem] = tokenize('NP').tokens;
    expect([no!.raw, problem!.raw, no!.start, problem!.end]).toEqual(['NP', 'NP', 0, 2]);
    // "sat" and "wed" are words of their own, not the days.
    expect(norms('we sat down')).toEqual(['we', 'sat', 'down']);
  });

  it('reads a contraction the same whatever its apostrophe and case', () => {
    for (const word of ["we'll", "can't", "it's", "Ana's", "I'd", "they're", "rock'n'roll"]) {
      const expected = norms(word);
      for (const spelling of [word.replaceAll("'", '’'), word.toUpperCase(), `${word}.`]) {
        const { tokens } = tokenize(spelling);
        expect(tokens.filter((t) => t.kind === 'word').map((t) => t.norm)).toEqual(expected);
        for (const token of tokens) expect(spelling.slice(token.start, token.end)).toBe(token.raw);
      }
    }
    expect(norms("rock'n'roll")).toEqual(["rock'n'roll"]);
    expect(tokenize("WE'LL").tokens.every((t) => t.caps)).toBe(true);
    expect(norms("the customers' tables")).toEqual(['the', 'customers', 'tables']);
  });

  it('reads "\'d" as "had" before a past participle and as "would" otherwise', () => {
    expect(norms("If you'd told us")).toEqual(['if', 'you', 'had', 'told', 'us']);
    expect(norms('we’d already booked')).toEqual(['we', 'had', 'already', 'booked']);
    expect(norms("I'd like that")).toEqual(['i', 'would', 'like', 'that']);
    expect(norms("You'd need a receipt")).toEqual(['you', 'would', 'need', 'a', 'receipt']);
  });

  it('keeps offsets that point at the characters as typed', () => {
    const text = 'Hi Ana — we’ll ring at 5pm 🙂 https://x.test/a?b=1 @larkspur';
    for (const token of tokenize(text).tokens) {
      expect(text.slice(token.start, token.end)).toBe(token.raw);
    }
  });

  it('reads text built piece by piece, or holding a NUL, with the same words and offsets', () => {
    let built = '';
    for (const part of ['Sorry, Ana.', ' We sent', ' the wrong size!']) built += part;
    const whole = 'Sorry, Ana. We sent the wrong size!';
    const read = tokenize(built);
    expect(read.text).toBe(whole);
    expect(read.tokens.map((t) => [t.norm, t.start, t.end])).toEqual(
      tokenize(whole).tokens.map((t) => [t.norm, t.start, t.end]),
    );
    const withNul = tokenize('Sorry\0 we sent the wrong size');
    expect(withNul.text).toBe('Sorry\0 we sent the wrong size');
    expect(withNul.tokens.map((t) => t.norm)).toEqual([
      'sorry',
      'we',
      'sent',
      'the',
      'wrong',
      'size',
    ]);
    expect(withNul.tokens[1]!.start).toBe(7);
  });

  it('tells which sentences hold a kind of word, even one registered after a word was read', () => {
    const text = 'The zebra grazed. The horse ran.\nZEBRAS?';
    const before = tokenize(text).sentences;
    const zebra = sentenceCue((norm) => norm.startsWith('zebra'));
    expect(before.map((s) => s.cues & zebra)).toEqual([0, 0, 0]);
    expect(tokenize(text).sentences.map((s) => (s.cues & zebra) !== 0)).toEqual([
      true,
      false,
      true,
    ]);
  });

  it('takes a time suffix only when no word goes on', () => {
    expect(norms('at 5pm, 3rd time, 24h')).toEqual(['at', '5pm', ',', '3rd', 'time', ',', '24h']);
    expect(norms('24hrs')).toEqual(['24', 'hrs']);
    expect(norms('5 hours, 10.30 or 1,200')).toEqual(['5', 'hours', ',', '10.30', 'or', '1,200']);
  });

  it('keeps an emoji with its skin tone, joiners and presentation selector', () => {
    const { tokens } = tokenize('ok 👍🏽 🤦🏾‍♂️ ❤️ I️');
    expect(tokens.map((t) => [t.kind, t.raw])).toEqual([
      ['word', 'ok'],
      ['emoji', '👍🏽'],
      ['emoji', '🤦🏾‍♂️'],
      ['emoji', '❤️'],
      ['word', 'I'],
    ]);
  });

  it('marks words inside quotation marks as reported speech', () => {
    const { tokens } = tokenize('He said “calm down” and "relax" then left');
    expect(tokens.filter((t) => t.quoted).map((t) => t.norm)).toEqual(['calm', 'down', 'relax']);
  });

  it('marks shouting, keeps web addresses and mentions whole, and splits sentences', () => {
    const result = tokenize('WHERE is my order?! See www.larkspur.test now… @Larkspur_Cafe #fail');
    expect(result.tokens[0]!.caps).toBe(true);
    expect(result.tokens[1]!.caps).toBe(false);
    expect(result.tokens.find((t) => t.kind === 'url')!.raw).toBe('www.larkspur.test');
    expect(result.tokens.filter((t) => t.kind === 'mention').map((t) => t.norm)).toEqual([
      '@larkspur_cafe',
      '#fail',
    ]);
    expect(result.sentences.map((s) => s.terminal)).toEqual(['?!', '.', '']);
  });

  it('reads letters beyond ASCII as words', () => {
    expect(norms('Café Zoë, naïve — Ärger')).toEqual(['café', 'zoë', ',', 'naïve', '—', 'ärger']);
  });

  it("gives every spelling of a word, in any case, that word's one entry", () => {
    const [a, b, c] = tokenize('Sorry SORRY sorry').tokens;
    expect(a!.lex).toBe(lexeme('sorry'));
    expect(b!.lex).toBe(a!.lex);
    expect(c!.lex).toBe(a!.lex);
    // Plain words are found by a hash of their letters: words that share a slot, read in any
    // order and case, must still each get their own entry.
    // No contraction holds a "q", so each of these words is one token of its own letters.
    const word = fc.oneof(
      fc.stringMatching(/^[a-pr-zA-PR-Z]{0,6}[qQ][a-zA-Z]{0,6}$/),
      fc.constantFrom('sorry', 'Order', 'LATE', 'the', 'We', 'refund'),
    );
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 40 }), (words) => {
        const tokens = tokenize(words.join(' ')).tokens;
        expect(tokens.map((t) => t.raw)).toEqual(words);
        for (const token of tokens) {
          expect(token.norm).toBe(token.raw.toLowerCase());
          expect(token.lex).toBe(lexeme(token.norm));
        }
      }),
      { numRuns: 300 },
    );
  });
});
