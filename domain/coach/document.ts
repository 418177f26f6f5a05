import { wordIn } from './lexemes';
import { tokenize, type Sentence, type Token, type Tokens } from './tokenize';

/** The tokenized text plus the look-ups every detector needs. */
export interface CoachDocument extends Tokens {
  /** Where each sentence's first meaningful word is (`clauseStart`), by sentence index. */
  clauseStarts: number[];
  /** Whether the writer uses capitals for whole words while writing mostly in lower case. */
  mixedCase: boolean;
}

export function readDocument(text: string): CoachDocument {
  const read = tokenize(text);
  const clauseStarts = read.sentences.map((s) => clauseStart(read.tokens, s.from, s.to));
  // Named, not spread: V8 builds that literal slowly.
  return {
    text: read.text,
    tokens: read.tokens,
    sentences: read.sentences,
    sentenceOf: read.sentenceOf,
    clauseStarts,
    // "I" and "A" are capitals in any message: they show neither shouting nor lower case.
    mixedCase: read.capsWords + read.singleCapitals < read.words,
    words: read.words,
    capsWords: read.capsWords,
    singleCapitals: read.singleCapitals,
    exclamations: read.exclamations,
    questionMarks: read.questionMarks,
    stackedMarks: read.stackedMarks,
    emoji: read.emoji,
    mentions: read.mentions,
  };
}

/**
 * Punctuation that ends a clause inside a sentence. Dashes as typed: hyphens, a double hyphen,
 * and the en and em dashes phones and editors put in.
 */
export const CLAUSE_BREAKS: ReadonlySet<string> = new Set([',', '-', '--', '–', '—', ';', ':']);

/** Words that open a sentence without carrying its meaning ("So", "Okay, and", "Hi Sam,"). */
export const LEAD_INS = new Set([
  'so',
  'and',
  'but',
  'okay',
  'ok',
  'well',
  'oh',
  'uh',
  'um',
  'uhm',
  'hmm',
  'now',
  'then',
  'also',
  'alright',
  'right',
  'yeah',
  'yes',
  'hi',
  'hey',
  'hello',
  'mm',
  'mhm',
  'great',
  'sure',
  'just',
  'actually',
  'anyway',
  'and',
  'or',
]);
const isLeadIn = wordIn(LEAD_INS);

/** Index of the first meaningful word of a sentence (or clause starting at `from`). */
export function clauseStart(tokens: Token[], from: number, to: number): number {
  let i = from;
  while (i < to) {
    const token = tokens[i]!;
    if (
      token.kind === 'punct' ||
      token.kind === 'mention' ||
      token.kind === 'emoji' ||
      isLeadIn(token.lex)
    )
      i++;
    else break;
  }
  return i;
}

export function sentenceText(doc: CoachDocument, sentence: Sentence): string {
  return doc.text.slice(sentence.start, sentence.end);
}

export function wordCount(tokens: Token[], from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) if (tokens[i]!.kind === 'word') count++;
  return count;
}

/**
 * The norm of tokens[i], or '' past either end. Not `tokens[i - 1]?.norm`: the engine reads a
 * negative index as a property name, and a site that has seen one reads every index the slow
 * way from then on.
 */
export function normAt(tokens: readonly Token[], i: number): string {
  return i >= 0 && i < tokens.length ? tokens[i]!.norm : '';
}

/** Whether the token at j touches the words on both sides: the hyphen in "jumped-up". */
export function joined(tokens: Token[], j: number): boolean {
  const before = j > 0 ? tokens[j - 1] : undefined;
  const after = tokens[j + 1];
  return (
    before !== undefined &&
    after !== undefined &&
    before.end === tokens[j]!.start &&
    tokens[j]!.end === after.start
  );
}

export function spanOf(tokens: Token[], from: number, to: number): { start: number; end: number } {
  return { start: tokens[from]!.start, end: tokens[Math.max(from, to - 1)]!.end };
}
