import { beginDocument, lexeme, lexemeOfLetters, type Lexeme } from './lexemes';

/**
 * A small, fast English tokenizer for the coach. It runs on every keystroke in the browser,
 * so it makes one pass over the character codes and keeps character offsets for
 * highlighting. Contractions are split the way a parser would ("we'll" → we + will,
 * "can't" → can + not) so the phrase patterns only need to know the full forms.
 */

export type TokenKind = 'word' | 'number' | 'punct' | 'url' | 'mention' | 'emoji' | 'newline';

export interface Token {
  /** Lower-case form with curly apostrophes straightened; contractions expanded. */
  norm: string;
  /** The shared entry for `norm` (whose `norm` this is), where detectors keep per-word answers. */
  lex: Lexeme;
  /** The characters as typed. */
  raw: string;
  start: number;
  end: number;
  kind: TokenKind;
  /** Typed in capitals (two letters or more), for shouting and emphasis. */
  caps: boolean;
  /** Inside quotation marks: reported speech, not the writer's own words. */
  quoted: boolean;
}

export interface Sentence {
  /** Index of the first token and one past the last. */
  from: number;
  to: number;
  start: number;
  end: number;
  /** The closing punctuation ('?', '!', '.', '?!', '') of the sentence. */
  terminal: string;
  /** Whether it ends in a question mark ('?' or '?!'). */
  asks: boolean;
  /** How many of its tokens are words. */
  words: number;
  /** The kinds of word it holds, as registered with `sentenceCue`. */
  cues: number;
}

export interface Tokens {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  /** Sentence index for each token (-1 for line breaks between sentences). */
  sentenceOf: number[];
  /** How many word tokens, and how many of them are typed in capitals. */
  words: number;
  capsWords: number;
  /** Words of one capital letter ("I", "A"): neither shouted nor a sign of lower case. */
  singleCapitals: number;
  /** How many "!" and "?" there are, and emoji and mention tokens. */
  exclamations: number;
  questionMarks: number;
  /** Runs of two or more "!" and "?" together ("!!", "?!"), each counted once as it reaches two. */
  stackedMarks: number;
  emoji: number;
  mentions: number;
}

/** Expansions for contractions written with or without an apostrophe, and for shorthand. */
const WHOLE_WORD_EXPANSIONS = new Map<string, string[]>(
  Object.entries({
    "can't": ['can', 'not'],
    cant: ['can', 'not'],
    cannot: ['can', 'not'],
    "won't": ['will', 'not'],
    "shan't": ['shall', 'not'],
    "ain't": ['is', 'not'],
    "let's": ['let', 'us'],
    dont: ['do', 'not'],
    doesnt: ['does', 'not'],
    didnt: ['did', 'not'],
    isnt: ['is', 'not'],
    arent: ['are', 'not'],
    wasnt: ['was', 'not'],
    werent: ['were', 'not'],
    havent: ['have', 'not'],
    hasnt: ['has', 'not'],
    hadnt: ['had', 'not'],
    couldnt: ['could', 'not'],
    shouldnt: ['should', 'not'],
    wouldnt: ['would', 'not'],
    im: ['i', 'am'],
    ive: ['i', 'have'],
    youre: ['you', 'are'],
    youve: ['you', 'have'],
    youll: ['you', 'will'],
    theyre: ['they', 'are'],
    thats: ['that', 'is'],
    whats: ['what', 'is'],
    ill: ['ill'],
    // Shorthand typed on a phone, read as the words it stands for ("soz, we shd have called").
    soz: ['sorry'],
    sry: ['sorry'],
    pls: ['please'],
    plz: ['please'],
    thx: ['thanks'],
    thnx: ['thanks'],
    abt: ['about'],
    shd: ['should'],
    cld: ['could'],
    wld: ['would'],
    msg: ['message'],
    bc: ['because'],
    cuz: ['because'],
    coz: ['because'],
    tmrw: ['tomorrow'],
    tmr: ['tomorrow'],
    tomoz: ['tomorrow'],
    tues: ['tuesday'],
    weds: ['wednesday'],
    thurs: ['thursday'],
    fri: ['friday'],
    np: ['no', 'problem'],
    idk: ['i', 'do', 'not', 'know'],
  }),
);
const SUFFIX_EXPANSIONS: Array<[string, string]> = [
  ["n't", 'not'],
  ["'ll", 'will'],
  ["'re", 'are'],
  ["'ve", 'have'],
  ["'m", 'am'],
  ["'d", 'would'],
];

/** Words whose "'s" means "is" (or "has"); elsewhere it marks possession. */
const IS_BEFORE_S = new Set([
  'it',
  'that',
  'there',
  'here',
  'what',
  'who',
  'where',
  'how',
  'he',
  'she',
  'this',
  'everything',
  'nothing',
  'something',
  'someone',
  'everyone',
  'when',
  'why',
]);

/** One token a contraction is read as, by the characters of the word it covers. */
interface Piece {
  lex: Lexeme;
  from: number;
  to: number;
}

/**
 * How a word is read as several ("we'll" → we + will, "cant" → can + not, "Ana's" → ana + 's),
 * or null when it is one token. `word` is in lower case with straight apostrophes; each
 * piece's offsets count its characters. Both halves of a contraction without an apostrophe
 * cover the whole word, so a highlight never splits it.
 */
function piecesOf(word: string): Piece[] | null {
  const whole = word.length <= 8 ? WHOLE_WORD_EXPANSIONS.get(word) : undefined;
  if (whole) return whole.map((norm) => ({ lex: lexeme(norm), from: 0, to: word.length }));
  if (!word.includes("'")) return null;
  for (const [suffix, expansion] of SUFFIX_EXPANSIONS) {
    if (word.endsWith(suffix) && word.length > suffix.length) {
      const cut = word.length - suffix.length;
      return [
        { lex: lexeme(word.slice(0, cut)), from: 0, to: cut },
        { lex: lexeme(expansion), from: cut, to: word.length },
      ];
    }
  }
  if (word.endsWith("'s") && word.length > 2) {
    const base = word.slice(0, -2);
    const cut = word.length - 2;
    return [
      { lex: lexeme(base), from: 0, to: cut },
      { lex: lexeme(IS_BEFORE_S.has(base) ? 'is' : "'s"), from: cut, to: word.length },
    ];
  }
  return null;
}
/** A word's pieces, kept on its lexeme. */
function piecesOfWord(lex: Lexeme): Piece[] | null {
  const known = lex.pieces as Piece[] | null | undefined;
  if (known !== undefined) return known;
  return (lex.pieces = piecesOf(lex.norm));
}

const enum Char {
  Tab = 9,
  LineFeed = 10,
  CarriageReturn = 13,
  Space = 32,
  Bang = 33,
  DoubleQuote = 34,
  Hash = 35,
  Apostrophe = 39,
  Comma = 44,
  Dot = 46,
  Slash = 47,
  Zero = 48,
  Nine = 57,
  Colon = 58,
  Question = 63,
  At = 64,
  UpperA = 65,
  UpperZ = 90,
  Underscore = 95,
  LowerA = 97,
  LowerZ = 122,
  Ellipsis = 0x2026,
  RightSingleQuote = 0x2019,
  LeftDoubleQuote = 0x201c,
  RightDoubleQuote = 0x201d,
  ZeroWidthJoiner = 0x200d,
  VariationSelector = 0xfe0f,
}

const LETTER = /\p{L}/u;
const PICTOGRAPHIC = /\p{Extended_Pictographic}/u;
const SPACE = /\s/u;
/** Letters after a number that belong to it: 5pm, 3rd, 24h, 10k. */
const NUMBER_SUFFIXES = ['am', 'pm', 'st', 'nd', 'rd', 'th', 'h', 'k'];

/**
 * Splits text into tokens in one pass over its character codes. Plain ASCII takes the fast
 * branches; only characters beyond it ask Unicode property tests. A scanner rather than one
 * big regular expression because the composer runs this on every keystroke: it is several
 * times faster, and it lets a number's suffix ("5pm") be taken only when a word does not
 * go on ("5 hours", not "5h" + "ours").
 */
export function tokenize(typed: string): Tokens {
  const text = flat(typed);
  beginDocument();
  const tokens: Token[] = [];
  contractedD = [];
  let exclamations = 0;
  let questionMarks = 0;
  let stackedMarks = 0;
  let emoji = 0;
  let mentions = 0;
  const length = text.length;
  let quoted = false;
  let i = 0;
  while (i < length) {
    const code = text.charCodeAt(i);
    if (
      code === Char.LineFeed ||
      (code === Char.CarriageReturn && text.charCodeAt(i + 1) === Char.LineFeed)
    ) {
      const end = code === Char.LineFeed ? i + 1 : i + 2;
      tokens.push(makeToken('\n', text.slice(i, end), i, 'newline', false));
      quoted = false;
      i = end;
      continue;
    }
    // Variation selectors only choose how the character before them is drawn.
    if (
      code <= Char.Space ||
      (code > 127 && (isSpace(text, i) || (code >= 0xfe00 && code <= Char.VariationSelector)))
    ) {
      i++;
      continue;
    }
    if (isAsciiLetter(code) || (code > 127 && isLetterAt(text, i))) {
      const url = urlEnd(text, i);
      if (url > i) {
        tokens.push(makeToken('<url>', text.slice(i, url), i, 'url', quoted));
        i = url;
        continue;
      }
      i = scanWord(tokens, text, i, quoted);
      continue;
    }
    if (code >= Char.Zero && code <= Char.Nine) {
      let end = digitsEnd(text, i);
      while (isNumberJoiner(text.charCodeAt(end)) && isDigit(text.charCodeAt(end + 1)))
        end = digitsEnd(text, end + 1);
      for (const suffix of NUMBER_SUFFIXES) {
        if (text.startsWith(suffix, end) && !isLetterAt(text, end + suffix.length)) {
          end += suffix.length;
          break;
        }
      }
      const raw = text.slice(i, end);
      tokens.push(makeToken(raw.toLowerCase(), raw, i, 'number', quoted));
      i = end;
      continue;
    }
    if ((code === Char.At || code === Char.Hash) && isHandleCharAt(text, i + 1)) {
      let end = i + 1;
      while (end < length && isHandleCharAt(text, end)) end += charLength(text, end);
      const raw = text.slice(i, end);
      tokens.push(makeToken(raw.toLowerCase(), raw, i, 'mention', quoted));
      mentions++;
      i = end;
      continue;
    }
    if (code === Char.Question || code === Char.Bang || code === Char.Dot) {
      let end = i;
      let marks = 0;
      while (end < length) {
        const next = text.charCodeAt(end);
        if (next === Char.Bang) exclamations++;
        else if (next === Char.Question) questionMarks++;
        else if (next !== Char.Dot) break;
        end++;
        marks = next === Char.Dot ? 0 : marks + 1;
        if (marks === 2) stackedMarks++;
      }
      const raw = text.slice(i, end);
      tokens.push(makeToken(raw, raw, i, 'punct', quoted));
      i = end;
      continue;
    }
    if (
      code === Char.DoubleQuote ||
      code === Char.LeftDoubleQuote ||
      code === Char.RightDoubleQuote
    ) {
      // A straight quote opens when it is not yet open; curly quotes say which they are.
      quoted =
        code === Char.LeftDoubleQuote ? true : code === Char.RightDoubleQuote ? false : !quoted;
      i++;
      continue;
    }
    if (code > 127 && PICTOGRAPHIC.test(String.fromCodePoint(text.codePointAt(i)!))) {
      let end = i + charLength(text, i);
      // Keep a sequence together: variation selectors, skin tones and joined pictographs.
      for (;;) {
        const next = text.codePointAt(end) ?? 0;
        if (next === Char.VariationSelector || (next >= 0x1f3fb && next <= 0x1f3ff)) {
          end += charLength(text, end);
        } else if (
          next === Char.ZeroWidthJoiner &&
          end + 1 < length &&
          PICTOGRAPHIC.test(String.fromCodePoint(text.codePointAt(end + 1)!))
        ) {
          end += 1 + charLength(text, end + 1);
        } else break;
      }
      const raw = text.slice(i, end);
      tokens.push(makeToken(raw, raw, i, 'emoji', quoted));
      emoji++;
      i = end;
      continue;
    }
    const end = i + charLength(text, i);
    const raw = text.slice(i, end);
    tokens.push(makeToken(raw, raw, i, 'punct', quoted));
    i = end;
  }
  if (contractedD.length) readContractedHad(tokens, contractedD);
  const sentenceOf: number[] = new Array<number>(tokens.length);
  const counts = { words: 0, capsWords: 0, singleCapitals: 0 };
  const sentences = splitSentences(text, tokens, sentenceOf, counts);
  return {
    text,
    tokens,
    sentences,
    sentenceOf,
    words: counts.words,
    capsWords: counts.capsWords,
    singleCapitals: counts.singleCapitals,
    exclamations,
    questionMarks,
    stackedMarks,
    emoji,
    mentions,
  };
}

/**
 * The same text as one flat string. A string built by concatenation ("a" + "b", `+=` in a
 * loop) is kept by V8 as a tree of its pieces, and every `charCodeAt` on it first steps
 * through that tree: reading a draft so built took a tenth more work. Splitting on a character
 * the text does not hold gives back its characters as one flat string (and a flat string
 * itself, as it is); a text that does hold NUL is read as it is.
 */
function flat(text: string): string {
  const pieces = text.split('\0');
  return pieces.length === 1 ? pieces[0]! : text;
}

/** Where the text being tokenized has a "'d" read as "would", which may be "had". */
let contractedD: number[] = [];

/** Past participles that show a contracted "'d" is "had": "you'd told us", "we'd been". */
const PARTICIPLES = new Set(
  'been done gone seen known agreed used given taken made said had got gotten sent left brought bought paid read written spoken forgotten chosen heard kept lost found put come become eaten fallen felt held let met sold shown stood thought understood won told'.split(
    ' ',
  ),
);
const BETWEEN = new Set(['already', 'just', 'never', 'ever', 'not', 'only', 'all', 'both']);

/**
 * "'d" is "would" ("I'd like") unless a past participle follows, perhaps after "already" or
 * "never": then it is "had" ("If you'd told us", "we'd already left").
 */
function readContractedHad(tokens: Token[], at: number[]): void {
  for (const i of at) {
    const token = tokens[i]!;
    let next = i + 1;
    while (next < tokens.length && BETWEEN.has(tokens[next]!.norm)) next++;
    const word = tokens[next];
    if (
      word?.kind !== 'word' ||
      !(PARTICIPLES.has(word.norm) || /[a-z]{2,}[^e]ed$/.test(word.norm))
    )
      continue;
    tokens[i] = tokenOf(
      lexeme('had'),
      token.raw,
      token.start,
      token.end,
      token.kind,
      token.caps,
      token.quoted,
    );
  }
}

function isAsciiLetter(code: number): boolean {
  return (
    (code >= Char.LowerA && code <= Char.LowerZ) || (code >= Char.UpperA && code <= Char.UpperZ)
  );
}

function isUpperCase(code: number): boolean {
  return code >= Char.UpperA && code <= Char.UpperZ;
}

function isDigit(code: number): boolean {
  return code >= Char.Zero && code <= Char.Nine;
}

function isNumberJoiner(code: number): boolean {
  return code === Char.Dot || code === Char.Comma || code === Char.Colon || code === Char.Slash;
}

function digitsEnd(text: string, i: number): number {
  while (isDigit(text.charCodeAt(i))) i++;
  return i;
}

/** UTF-16 units of the character at i (2 for a surrogate pair). */
function charLength(text: string, i: number): number {
  const code = text.charCodeAt(i);
  return code >= 0xd800 && code <= 0xdbff && i + 1 < text.length ? 2 : 1;
}

function isLetterAt(text: string, i: number): boolean {
  if (i >= text.length) return false;
  const code = text.charCodeAt(i);
  if (code <= 127) return isAsciiLetter(code);
  return LETTER.test(String.fromCodePoint(text.codePointAt(i)!));
}

function isSpace(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code <= 127) return code <= Char.Space;
  return SPACE.test(text[i]!);
}

function isHandleCharAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (isAsciiLetter(code) || isDigit(code) || code === Char.Underscore) return true;
  if (code <= 127 || i >= text.length) return false;
  const char = String.fromCodePoint(text.codePointAt(i)!);
  return LETTER.test(char) || /\p{N}/u.test(char);
}

/** The end of a web address starting at i (http://, https://, www.), or i when there is none. */
function urlEnd(text: string, i: number): number {
  // "http" and "www" are told by their first two letters; "we", "what", "have" end it there.
  const code = text.charCodeAt(i);
  const next = text.charCodeAt(i + 1);
  if (!((code === 104 && next === 116) || (code === 119 && next === 119))) return i; // ht, ww
  const start = text.startsWith('https://', i)
    ? i + 8
    : text.startsWith('http://', i)
      ? i + 7
      : text.startsWith('www.', i)
        ? i + 4
        : i;
  if (start === i) return i;
  let end = start;
  while (end < text.length && !isSpace(text, end)) end++;
  return end > start ? end : i;
}

/**
 * A word: letters, with apostrophes inside it ("we'll", "o'clock") and one trailing
 * apostrophe when a space follows ("customers' "). Returns the index after it.
 */
function scanWord(tokens: Token[], text: string, start: number, quoted: boolean): number {
  let i = start;
  const length = text.length;
  // What the scan sees decides how much work the word needs: most words are ASCII letters,
  // perhaps with an apostrophe inside ("we'll").
  let upper = 0;
  let lower = 0;
  let plain = true;
  let curly = false;
  // The letters' hash, folded to lower case, for finding a plain word's lexeme without copying
  // it (see lexemes.ts). An apostrophe counts as a straight one: "we’ll" and "we'll" are one
  // word. Written out where it is taken, not in a function: where V8 did not inline such a
  // call (the apostrophe's, which is rare), it kept the hash as a tagged number through the
  // whole loop and converted it on every letter (3% of the coach's instructions).
  let hash = 0;
  for (;;) {
    for (; i < length; i++) {
      const code = text.charCodeAt(i);
      if (code >= Char.LowerA && code <= Char.LowerZ) {
        lower++;
        hash = (Math.imul(hash, 31) + code) | 0;
      } else if (code >= Char.UpperA && code <= Char.UpperZ) {
        upper++;
        hash = (Math.imul(hash, 31) + (code | 32)) | 0;
      } else if (code > 127 && isLetterAt(text, i)) {
        plain = false;
        i += charLength(text, i) - 1;
      } else break;
    }
    const code = text.charCodeAt(i);
    if (code !== Char.Apostrophe && code !== Char.RightSingleQuote) break;
    if (isLetterAt(text, i + 1)) {
      if (code === Char.RightSingleQuote) curly = true;
      hash = (Math.imul(hash, 31) + Char.Apostrophe) | 0;
      i++;
      continue;
    }
    // A trailing apostrophe ("customers' ") is kept in the token but not in its word.
    plain = false;
    if (i + 1 >= length || isSpace(text, i + 1)) i++;
    break;
  }
  const raw = text.slice(start, i);
  if (!plain) {
    pushWord(tokens, raw, start, quoted);
    return i;
  }
  const lex = lexemeOfLetters(curly ? raw.replaceAll('’', "'") : raw, hash, upper === 0);
  const caps = upper >= 1 && lower === 0 && raw.length >= 2;
  const pieces = piecesOfWord(lex);
  if (pieces === null) {
    // The common case: one word, no contraction to expand.
    tokens.push(tokenOf(lex, raw, start, i, 'word', caps, quoted));
    return i;
  }
  pushPieces(tokens, pieces, raw, start, caps, quoted);
  return i;
}

function pushPieces(
  tokens: Token[],
  pieces: Piece[],
  raw: string,
  start: number,
  caps: boolean,
  quoted: boolean,
): void {
  for (const piece of pieces) {
    const whole = piece.from === 0 && piece.to === raw.length;
    const part = whole ? raw : raw.slice(piece.from, piece.to);
    tokens.push(
      tokenOf(piece.lex, part, start + piece.from, start + piece.to, 'word', caps, quoted),
    );
    if (piece.lex.norm === 'would' && part.length === 2) contractedD.push(tokens.length - 1);
  }
}

function makeToken(
  norm: string,
  raw: string,
  start: number,
  kind: TokenKind,
  quoted: boolean,
  caps = false,
): Token {
  return tokenOf(lexeme(norm), raw, start, start + raw.length, kind, caps, quoted);
}

/**
 * Every token is made here, as one literal: objects built alike share one hidden class in V8,
 * so the detectors' many reads of `norm`, `kind` or `quoted` stay fast. A copy made by
 * spreading (`{ ...token, caps }`) gets a class of its own, and with several such classes the
 * same reads fell back to a slow, generic look-up.
 */
function tokenOf(
  lex: Lexeme,
  raw: string,
  start: number,
  end: number,
  kind: TokenKind,
  caps: boolean,
  quoted: boolean,
): Token {
  return { norm: lex.norm, lex, raw, start, end, kind, caps, quoted };
}

/** A word with letters beyond ASCII or a trailing apostrophe: rarer, read the long way. */
function pushWord(tokens: Token[], raw: string, start: number, quoted: boolean): void {
  const folded = raw.toLowerCase();
  const caps = raw.length >= 2 && folded !== raw && raw === raw.toUpperCase();
  const straight = folded.includes('’') ? folded.replaceAll('’', "'") : folded;
  // "customers'" is the word "customers"; its token still covers the apostrophe.
  const word = straight.length > 1 && straight.endsWith("'") ? straight.slice(0, -1) : straight;
  const pieces = piecesOf(word);
  if (pieces === null || word.length !== raw.length) {
    tokens.push(tokenOf(lexeme(word), raw, start, start + raw.length, 'word', caps, quoted));
    return;
  }
  pushPieces(tokens, pieces, raw, start, caps, quoted);
}

const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'st', 'vs', 'etc', 'e.g', 'i.e', 'approx']);

/**
 * Splits the tokens into sentences in one pass, writing each token's sentence index into
 * `sentenceOf` (-1 for line breaks) and counting the words, and those in capitals, into
 * `counts` on the way. A line break ends a sentence; so does a run of ? ! . or …, except a full
 * stop after an abbreviation.
 */
function splitSentences(
  text: string,
  tokens: Token[],
  sentenceOf: number[],
  counts: { words: number; capsWords: number; singleCapitals: number },
): Sentence[] {
  const sentences: Sentence[] = [];
  const length = tokens.length;
  // The first token of the sentence being read, or -1 between sentences.
  let from = -1;
  let words = 0;
  let cues = 0;
  for (let i = 0; i < length; i++) {
    const token = tokens[i]!;
    const kind = token.kind;
    if (kind === 'newline') {
      sentenceOf[i] = -1;
      if (from >= 0) sentences.push(sentenceFromTo(tokens, from, i - 1, '', words, cues));
      from = -1;
      continue;
    }
    if (from < 0) {
      from = i;
      words = 0;
      cues = 0;
    }
    const index = sentences.length;
    sentenceOf[i] = index;
    if (kind === 'word') {
      words++;
      cues |= token.lex.cues;
      // Offsets into the text, not the token's own string: tokens' strings come in several
      // representations, and reading their length here made the engine's look-up megamorphic.
      if (token.caps) counts.capsWords++;
      else if (token.end - token.start === 1 && isUpperCase(text.charCodeAt(token.start)))
        counts.singleCapitals++;
      continue;
    }
    if (kind === 'emoji') cues |= token.lex.cues;
    // Punctuation is read by its norm, the same characters as an internalized string.
    if (kind !== 'punct' || !isTerminal(token.norm)) continue;
    if (token.norm === '.' && i > 0 && ABBREVIATIONS.has(tokens[i - 1]!.norm)) continue;
    // Punctuation runs like "?!" or ". . ." end one sentence, not several.
    let question = token.norm.includes('?');
    let exclamation = token.norm.includes('!');
    while (i + 1 < length && tokens[i + 1]!.kind === 'punct' && isTerminal(tokens[i + 1]!.norm)) {
      const mark = tokens[++i]!.norm;
      sentenceOf[i] = index;
      if (mark.includes('?')) question = true;
      if (mark.includes('!')) exclamation = true;
    }
    const terminal = question ? (exclamation ? '?!' : '?') : exclamation ? '!' : '.';
    sentences.push(sentenceFromTo(tokens, from, i, terminal, words, cues));
    from = -1;
  }
  if (from >= 0) sentences.push(sentenceFromTo(tokens, from, length - 1, '', words, cues));
  for (const sentence of sentences) counts.words += sentence.words;
  return sentences;
}

/** The sentence from token `from` to token `last`, both included. */
function sentenceFromTo(
  tokens: Token[],
  from: number,
  last: number,
  terminal: string,
  words: number,
  cues: number,
): Sentence {
  return {
    from,
    to: last + 1,
    start: tokens[from]!.start,
    end: tokens[last]!.end,
    terminal,
    asks: terminal === '?' || terminal === '?!',
    words,
    cues,
  };
}

/** Punctuation that can end a sentence: runs of ? ! . (the scanner keeps them together) or …. */
function isTerminal(raw: string): boolean {
  const code = raw.charCodeAt(0);
  return (
    code === Char.Question || code === Char.Bang || code === Char.Dot || code === Char.Ellipsis
  );
}
