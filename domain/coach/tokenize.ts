/**
 * A small, fast English tokenizer for the coach. It runs on every keystroke in the browser,
 * so it makes one pass with one regular expression and keeps character offsets for
 * highlighting. Contractions are split the way a parser would ("we'll" → we + will,
 * "can't" → can + not) so the phrase patterns only need to know the full forms.
 */

export type TokenKind = 'word' | 'number' | 'punct' | 'url' | 'mention' | 'emoji' | 'newline';

export interface Token {
  /** Lower-case form with curly apostrophes straightened; contractions expanded. */
  norm: string;
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
}

export interface Tokens {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
}

const TOKEN_PATTERN =
  /(\r?\n)|(https?:\/\/\S+|www\.\S+)|([@#][\p{L}\p{N}_]+)|(\d+(?:[.,:/]\d+)*(?:am|pm|st|nd|rd|th|h|k)?)|(\p{L}+(?:['’]\p{L}+)*(?:['’](?=\s|$))?)|(\p{Extended_Pictographic}(?:\u200d\p{Extended_Pictographic})*)|([?!.]+|…)|(\S)/gu;

/** Expansions for contractions written with or without an apostrophe. */
const WHOLE_WORD_EXPANSIONS: Record<string, string[]> = {
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
};

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

const QUOTE_CHARS = new Set(['"', '“', '”']);

export function tokenize(text: string): Tokens {
  const tokens: Token[] = [];
  let quoted = false;
  TOKEN_PATTERN.lastIndex = 0;
  for (let match = TOKEN_PATTERN.exec(text); match; match = TOKEN_PATTERN.exec(text)) {
    const raw = match[0];
    const start = match.index;
    if (match[1]) {
      tokens.push(makeToken('\n', raw, start, 'newline', false));
      quoted = false;
    } else if (match[2]) tokens.push(makeToken('<url>', raw, start, 'url', quoted));
    else if (match[3]) tokens.push(makeToken(raw.toLowerCase(), raw, start, 'mention', quoted));
    else if (match[4]) tokens.push(makeToken(raw.toLowerCase(), raw, start, 'number', quoted));
    else if (match[5]) pushWord(tokens, raw, start, quoted);
    else if (match[6]) tokens.push(makeToken(raw, raw, start, 'emoji', quoted));
    else if (match[7]) tokens.push(makeToken(raw, raw, start, 'punct', quoted));
    else {
      if (QUOTE_CHARS.has(raw)) {
        // A straight quote opens when it is not yet open; curly quotes say which they are.
        quoted = raw === '“' ? true : raw === '”' ? false : !quoted;
        continue;
      }
      tokens.push(makeToken(raw, raw, start, 'punct', quoted));
    }
  }
  return { text, tokens, sentences: splitSentences(tokens) };
}

function makeToken(
  norm: string,
  raw: string,
  start: number,
  kind: TokenKind,
  quoted: boolean,
): Token {
  return { norm, raw, start, end: start + raw.length, kind, caps: false, quoted };
}

function pushWord(tokens: Token[], raw: string, start: number, quoted: boolean): void {
  const folded = raw.toLowerCase();
  const caps = raw.length >= 2 && folded !== raw && raw === raw.toUpperCase();
  const apostrophe = folded.includes("'") || folded.includes('’');
  if (!apostrophe && !(folded.length <= 8 && Object.hasOwn(WHOLE_WORD_EXPANSIONS, folded))) {
    // The common case: a plain word, no contraction to expand.
    tokens.push({ norm: folded, raw, start, end: start + raw.length, kind: 'word', caps, quoted });
    return;
  }
  const lower = apostrophe ? folded.replace(/’/g, "'").replace(/'$/, '') : folded;
  const whole = Object.hasOwn(WHOLE_WORD_EXPANSIONS, lower)
    ? WHOLE_WORD_EXPANSIONS[lower]
    : undefined;
  if (whole) {
    // Both halves point at the whole word: a highlight never splits it.
    for (const norm of whole) tokens.push({ ...makeToken(norm, raw, start, 'word', quoted), caps });
    return;
  }
  for (const [suffix, expansion] of SUFFIX_EXPANSIONS) {
    if (lower.endsWith(suffix) && lower.length > suffix.length) {
      const base = lower.slice(0, -suffix.length);
      const cut = raw.length - suffix.length;
      tokens.push({ ...makeToken(base, raw.slice(0, cut), start, 'word', quoted), caps });
      tokens.push({
        ...makeToken(expansion, raw.slice(cut), start + cut, 'word', quoted),
        caps,
      });
      return;
    }
  }
  if (lower.endsWith("'s") && lower.length > 2) {
    const base = lower.slice(0, -2);
    const cut = raw.length - 2;
    tokens.push({ ...makeToken(base, raw.slice(0, cut), start, 'word', quoted), caps });
    const second = IS_BEFORE_S.has(base) ? 'is' : "'s";
    tokens.push({ ...makeToken(second, raw.slice(cut), start + cut, 'word', quoted), caps });
    return;
  }
  tokens.push({ ...makeToken(lower, raw, start, 'word', quoted), caps });
}

const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'st', 'vs', 'etc', 'e.g', 'i.e', 'approx']);

function splitSentences(tokens: Token[]): Sentence[] {
  const sentences: Sentence[] = [];
  let from = 0;
  const close = (to: number, terminal: string) => {
    // Skip leading line breaks so a sentence starts at its first real token.
    while (from < to && tokens[from]!.kind === 'newline') from++;
    if (from < to) {
      let last = to - 1;
      while (last > from && tokens[last]!.kind === 'newline') last--;
      sentences.push({
        from,
        to: last + 1,
        start: tokens[from]!.start,
        end: tokens[last]!.end,
        terminal,
      });
    }
    from = to;
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind === 'newline') {
      close(i + 1, '');
      continue;
    }
    if (token.kind !== 'punct' || !/[?!.…]/.test(token.raw)) continue;
    if (token.raw === '.' && i > 0 && ABBREVIATIONS.has(tokens[i - 1]!.norm)) continue;
    // Punctuation runs like "?!" or ". . ." end one sentence, not several.
    let end = i;
    while (
      end + 1 < tokens.length &&
      tokens[end + 1]!.kind === 'punct' &&
      /^[?!.…]+$/.test(tokens[end + 1]!.raw)
    )
      end++;
    const terminal = tokens
      .slice(i, end + 1)
      .map((t) => t.raw)
      .join('');
    i = end;
    close(
      i + 1,
      terminal.includes('?')
        ? terminal.includes('!')
          ? '?!'
          : '?'
        : terminal.includes('!')
          ? '!'
          : '.',
    );
  }
  close(tokens.length, '');
  return sentences;
}
