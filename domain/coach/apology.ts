import { CLAUSE_BREAKS, clauseStart, joined, type CoachDocument, normAt } from './document';
import { sentenceCue, wordFeature, wordIn } from './lexemes';
import {
  causeMeaning,
  isPastForm,
  namesSomeFailure,
  namesTheSameFailure,
  sharesMeaning,
  stem,
  type CauseMeaning,
} from './words';
import { PatternSet, type PatternMatch } from './patterns';
import type { Token } from './tokenize';

export type ApologyKind = 'generic' | 'targeted' | 'non_apology' | 'refused';

export interface ApologyInstance {
  kind: ApologyKind;
  /** The apology words ("I'm so sorry", "our apologies"). */
  from: number;
  to: number;
  /** What the apology is for, when it says ("the delay with your order"). */
  objectFrom: number;
  objectTo: number;
  /** Why it is a non-apology, or why it misses the diagnosed cause. */
  reason: string | undefined;
  /** Whether a root cause is known and the apology names something else. */
  missesCause: boolean;
}

/** A word's stem, for checking an apology against the cause: worked out once per word. */
const stemOfWord = wordFeature(stem);

const CUE_WORDS = new Set([
  'sorry',
  'apologize',
  'apologise',
  'apologies',
  'apology',
  'apologizing',
  'apologising',
  'apologized',
  'apologised',
  'regret',
  'regrets',
]);
const isCueWord = wordIn(CUE_WORDS);
/** Sentences with a word that can start an apology: a cue word, or one of `politeApology`'s. */
const APOLOGY_WORDS = sentenceCue(
  (norm) =>
    CUE_WORDS.has(norm) ||
    ['pardon', 'excuse', 'bad', 'forgive', 'mistake', 'culpa'].includes(norm),
);

/** Words around "sorry" that make it something other than the writer's apology. */
const NOT_AN_APOLOGY_BEFORE = new Set([
  'say',
  'said',
  'says',
  'saying',
  'feel',
  'felt',
  'feeling',
  'an',
  'any',
  'no',
  'without',
  'the',
  'a',
  'want',
  'wanted',
  'demand',
  'demanded',
  'expect',
  'expected',
  'get',
  'got',
  'need',
  'deserve',
  'hear',
  'heard',
  'owed',
  'than',
  'their',
  'his',
  'her',
  'those',
  'fake',
  'empty',
  'half',
]);
const NEGATIONS = new Set(['not', 'never', 'no']);
const PERSON_PERCEPTION = new Set([
  'feel',
  'felt',
  'think',
  'thought',
  'believe',
  'believed',
  'perceive',
  'perceived',
  'see',
  'saw',
  'view',
  'took',
  'take',
  'find',
  'found',
  'experienced',
  'consider',
]);
const DISPLEASURE = new Set([
  'unhappy',
  'upset',
  'offended',
  'dissatisfied',
  'displeased',
  'annoyed',
  'angry',
  'disappointed',
  'bothered',
  'hurt',
  'unsatisfied',
]);

/** Nouns that name only a feeling or a placeholder, not what went wrong. */
const PLACEHOLDERS = new Set([
  'distress',
  'disruption',
  'discomfort',
  'unpleasantness',
  'aggravation',
  'anxiety',
  'inconvenience',
  'inconveniences',
  'inconvenienced',
  'frustration',
  'frustrations',
  'frustrating',
  'trouble',
  'troubles',
  'issue',
  'issues',
  'problem',
  'problems',
  'confusion',
  'difficulty',
  'difficulties',
  'experience',
  'hassle',
  'situation',
  'disappointment',
  'annoyance',
  'concern',
  'concerns',
  'worry',
  'stress',
  'mess',
  'that',
  'this',
  'it',
  'everything',
  'way',
  'feeling',
  'feelings',
  'upset',
  'bother',
  'misunderstanding',
  'any',
  'all',
  'what',
  'happened',
  'hear',
  'help',
  'assist',
  'disappoint',
  'disappointed',
  'cause',
  'caused',
  'having',
  'experiencing',
  'running',
  'facing',
  'encountering',
  'still',
  'again',
  'ever',
  'case',
  'matter',
  'news',
  'thing',
  'things',
  'here',
  'there',
  'anything',
  'poor',
  'bad',
  'negative',
  'unpleasant',
  'kind',
  'sort',
  'such',
  'whole',
  'ordeal',
  'struggle',
  'struggles',
  'challenges',
  'glitch',
  'hiccup',
  'outcome',
  'result',
  // The occasion it happened on, and how it went: "sorry for how the evening went".
  'evening',
  'night',
  'visit',
  'stay',
  'turned',
  'out',
  'can',
  'not',
  'unable',
  'able',
  'today',
  'lately',
  'recently',
  'impression',
  'errors',
  'error',
  'mix',
  'up',
  // "Your visit didn't meet expectations", "not up to our usual standard": a verdict, not a cause.
  'visit',
  'stay',
  'expectations',
  'expectation',
  'standard',
  'standards',
  'usual',
  'meet',
  'met',
  'par',
]);
/** After a placeholder, these say where it happened, not what it was ("issues with your Echo"). */
const PLACE_PREPOSITIONS = new Set([
  'with',
  'on',
  'in',
  'for',
  'regarding',
  'about',
  'using',
  'from',
  'of',
  'at',
  'caused',
  'by',
  'you',
]);
const DISRUPTIONS = new Set([
  'disruption',
  'inconvenience',
  'distress',
  'discomfort',
  'disappointment',
  'hassle',
  'trouble',
  'upset',
]);
const OBJECT_LINKS = new Set(['for', 'about', 'that', 'to', 'regarding', 'over', 'if']);
const HEARING = new Set([
  'hear',
  'see',
  'read',
  'learn',
  'know',
  'find',
  'say',
  'report',
  'inform',
]);

/**
 * Owning it without a word of apology: "I should have briefed you, that's on me". Said as a
 * clause of its own right after a failure of ours, it apologises as "my bad" does. Alone it
 * may only offer to pay ("the dessert? That's on us"); "that's on us to fix" takes a task on;
 * "that's not on us" disowns it.
 */
const OWNED_PLAINLY = new PatternSet<true>([
  ['that|this is|was [all|entirely|completely|totally] on me|us', true],
  ['that|this is|was [all|entirely|completely|totally] our|my fault', true],
]);

/**
 * Sarcasm that turns an apology into a jibe: "sorry you had to wait all of five minutes",
 * "excuse me for trying to help", "sorry for existing" ("excuse me for interrupting" and
 * "pardon me for asking" are polite).
 */
const MOCKING = new PatternSet<true>([
  ['all of * minutes|minute|seconds|second|pounds|quid|dollars|euros', true],
  ['excuse|pardon me|us for trying|breathing|existing|living|helping|caring', true],
  ['sorry for existing|breathing|living|caring', true],
]);

export function findApologies(
  doc: CoachDocument,
  rootCause: string | undefined,
): ApologyInstance[] {
  const { tokens } = doc;
  const found: ApologyInstance[] = [];
  const cause = rootCause ? causeMeaning(rootCause) : null;
  // Read from the joint scan of the document, as few sentences hold one.
  const owned = OWNED_PLAINLY.findAll(tokens);
  doc.sentences.forEach((sentence, index) => {
    if (
      (sentence.cues & APOLOGY_WORDS) === 0 &&
      (owned.length === 0 || !owned.some((m) => m.from >= sentence.from && m.from < sentence.to))
    )
      return;
    const previous = index > 0 ? doc.sentences[index - 1] : undefined;
    const following = doc.sentences[index + 1];
    findInSentence(tokens, sentence.from, sentence.to, cause, found, previous, following, owned);
  });
  if (found.length === 0) return found;
  const mocking = MOCKING.findAll(tokens);
  if (mocking.length === 0) return found;
  return found.map((apology) => {
    const sentence = doc.sentenceOf[apology.from];
    const mocked = mocking.some(
      (m) => doc.sentenceOf[m.from] === sentence && !tokens[m.from]!.quoted,
    );
    return mocked && apology.kind !== 'refused'
      ? instance(
          apology.from,
          apology.to - 1,
          'non_apology',
          apology.objectFrom,
          apology.objectTo,
          'is sarcastic: it mocks them instead of apologising',
        )
      : apology;
  });
}

function findInSentence(
  tokens: Token[],
  sentenceFrom: number,
  sentenceTo: number,
  cause: CauseMeaning | null,
  found: ApologyInstance[],
  previous: { from: number; to: number } | undefined,
  following: { from: number; to: number } | undefined,
  owned: ReadonlyArray<PatternMatch<true>>,
): void {
  for (let i = sentenceFrom; i < sentenceTo; i++) {
    const token = tokens[i]!;
    if (token.quoted) continue;
    const polite = politeApology(tokens, i);
    const plainEnd = polite || owned.length === 0 ? 0 : ownedPlainlyAt(tokens, owned, i);
    const pardon = polite || plainEnd;
    if (pardon) {
      // "My mistake, we sent it to your old address" owns what went wrong, and is read as any
      // apology is; "excuse me" names nothing. What went wrong may be told just before it:
      // "I forgot to order the flour. That's on me."
      const plain = plainEnd > 0;
      const owning = plain || OWNING_APOLOGIES.has(tokens[pardon - 1]!.norm);
      const before: Array<[number, number]> = [[sentenceFrom, i]];
      if (previous && i === clauseStart(tokens, sentenceFrom, sentenceTo))
        before.push([previous.from, previous.to]);
      const apology = owning
        ? classify(tokens, i, pardon - 1, sentenceTo, cause, before, following)
        : instance(i, pardon - 1, 'generic', pardon, pardon);
      if (!plain || apology.kind !== 'generic') found.push(apology);
      else {
        // "The soup was cold, that's on us": "on us" owns it, so the clause before need only
        // say what went wrong; "that's our fault: we wrote the name down wrong" tells it after.
        const told =
          failureToldBefore(tokens, before) ?? failureToldAfter(tokens, pardon, sentenceTo);
        if (told) {
          const [from, to] = told;
          const stems = clauseStems(tokens, from, to);
          const targeted = cause ? namesTheSameFailure(stems, cause) : true;
          found.push(instance(i, pardon - 1, targeted ? 'targeted' : 'generic', from, to));
        }
      }
      i = pardon - 1;
      continue;
    }
    if (!isCueWord(token.lex)) continue;
    // "Sorry not sorry" (or "sorry, not sorry"): the apology taken back in the same breath.
    const takenBack = token.norm === 'sorry' ? notSorryAfter(tokens, i + 1) : 0;
    if (takenBack) {
      found.push(
        instance(
          i,
          takenBack - 1,
          'refused',
          takenBack,
          takenBack,
          'takes the apology back as it makes it',
        ),
      );
      i = takenBack - 1;
      continue;
    }
    if (!isOwnApology(tokens, i, sentenceFrom, sentenceTo)) continue;
    let from = i;
    while (
      from > sentenceFrom &&
      /^(i|we|am|are|is|was|were|so|very|really|truly|deeply|sincerely|terribly|do|my|our|most|extremely|awfully|genuinely|again|just|please|accept)$/.test(
        tokens[from - 1]!.norm,
      )
    )
      from--;
    const negated = negatedBefore(tokens, from, i, sentenceFrom);
    if (negated) {
      found.push(
        instance(from, i, 'refused', i + 1, i + 1, 'says there is nothing to apologise for'),
      );
      continue;
    }
    // What went before it, where the apology may point back to what we did wrong.
    const before: Array<[number, number]> = [[sentenceFrom, from]];
    if (previous && from === clauseStart(tokens, sentenceFrom, sentenceTo))
      before.push([previous.from, previous.to]);
    found.push(classify(tokens, from, i, sentenceTo, cause, before, following));
  }
}

/**
 * "I wanted to say sorry for…", "we'd like to say sorry": saying it is the apology ("they
 * didn't say sorry", "you don't have to say sorry" are not ours).
 */
function wantsToSaySorry(tokens: Token[], i: number): boolean {
  if (normAt(tokens, i - 1) !== 'say' || normAt(tokens, i - 2) !== 'to') return false;
  let k = i - 3;
  if (normAt(tokens, k) === 'like') k--;
  if (!WANTING.has(normAt(tokens, k))) return false;
  if (normAt(tokens, k - 1) === 'just' || normAt(tokens, k - 1) === 'really') k--;
  const subject = normAt(tokens, k - 1);
  return subject === 'i' || subject === 'we';
}
const WANTING = new Set(['want', 'wanted', 'would', 'wish', 'wished']);

/** The last words of the small apologies that own a mistake: "my bad", "mea culpa". */
const OWNING_APOLOGIES = new Set(['bad', 'mistake', 'culpa']);

/** The clause just before an apology, when it tells of something going wrong. */
function failureToldBefore(
  tokens: Token[],
  before: Array<[number, number]>,
): [number, number] | null {
  for (const [rangeFrom, rangeTo] of before) {
    let to = rangeTo;
    // "…because I hadn't updated it, and that's on me": what went wrong ends before the "and".
    while (
      to > rangeFrom &&
      (tokens[to - 1]!.kind === 'punct' ||
        tokens[to - 1]!.norm === 'and' ||
        tokens[to - 1]!.norm === 'so')
    )
      to--;
    if (to === rangeFrom) continue;
    let from = to;
    while (from > rangeFrom && !breaksTheClause(tokens, from - 1)) from--;
    const start = clauseStart(tokens, from, to);
    const stems = clauseStems(tokens, start, to);
    return namesAFailure(tokens, start, to) || namesSomeFailure(stems) ? [start, to] : null;
  }
  return null;
}

/** What went wrong, told after a colon or a dash that follows `at`: "…our fault: we sent…". */
function failureToldAfter(
  tokens: Token[],
  at: number,
  sentenceTo: number,
): [number, number] | null {
  if (at >= sentenceTo || !EXPLANATION_MARKS.has(tokens[at]!.raw)) return null;
  const from = at + 1;
  let to = from;
  while (to < sentenceTo && !breaksTheClause(tokens, to)) to++;
  return to > from && namesAFailure(tokens, from, to) ? [from, to] : null;
}

/**
 * Where the words after an apology go on past a fault owned in passing ("I'm sorry, that's
 * our fault: …", "sorry, that's on us. …"), or `at` when they do not own one.
 */
function afterOwningIt(tokens: Token[], at: number, sentenceTo: number): number {
  return OWNED_PLAINLY.matchAt(tokens, at, sentenceTo)?.to ?? at;
}

/** The end of "that's on me" starting at i, said as a clause of its own, or 0. */
function ownedPlainlyAt(
  tokens: Token[],
  owned: ReadonlyArray<PatternMatch<true>>,
  i: number,
): number {
  for (const match of owned)
    if (match.from === i && tokens[match.to]?.kind !== 'word') return match.to;
  return 0;
}

/** The end of "not sorry" starting at j, a comma allowed before it, or 0. */
function notSorryAfter(tokens: Token[], j: number): number {
  if (tokens[j]?.raw === ',') j++;
  return tokens[j]?.norm === 'not' && tokens[j + 1]?.norm === 'sorry' ? j + 2 : 0;
}

/**
 * "Pardon me", "I beg your pardon", "excuse me", "my bad", "my mistake!", "mea culpa": small
 * apologies, but apologies ("my mistake was thinking…" tells what it was).
 */
function politeApology(tokens: Token[], i: number): number {
  const norm = tokens[i]!.norm;
  const next = tokens[i + 1]?.norm ?? '';
  if (norm === 'pardon' && (next === 'me' || next === 'the' || next === 'my')) return i + 2;
  if (norm === 'beg' && next === 'your' && tokens[i + 2]?.norm === 'pardon') return i + 3;
  if (norm === 'excuse' && next === 'me' && normAt(tokens, i - 1) !== 'an') return i + 2;
  if (norm === 'my' && next === 'bad') return i + 2;
  // Said on its own ("My mistake, I gave you…"), not inside a clause ("it wasn't my mistake").
  if (
    (norm === 'my' || norm === 'our') &&
    next === 'mistake' &&
    tokens[i + 2]?.kind !== 'word' &&
    (i === 0 || tokens[i - 1]!.kind !== 'word')
  )
    return i + 2;
  if (norm === 'mea' && next === 'culpa') return i + 2;
  if (norm === 'forgive' && (next === 'me' || next === 'us')) return i + 2;
  return 0;
}

function isOwnApology(
  tokens: Token[],
  i: number,
  sentenceFrom: number,
  sentenceTo: number,
): boolean {
  const cue = tokens[i]!.norm;
  const before = normAt(tokens, i - 1);
  const twoBefore = normAt(tokens, i - 2);
  if (sparesTheirApology(tokens, i)) return false;
  if (cue === 'regret' || cue === 'regrets') {
    // "I regret the delay" apologises; "you'll regret it" and "no regrets" do not.
    return (
      (before === 'i' ||
        before === 'we' ||
        ['truly', 'deeply', 'sincerely', 'do', 'really'].includes(before)) &&
      i > sentenceFrom
    );
  }
  if (cue === 'apology' || cue === 'apologies') {
    if (
      [
        'my',
        'our',
        'sincere',
        'sincerest',
        'deepest',
        'humble',
        'heartfelt',
        'profuse',
        'apologies',
      ].includes(before)
    )
      return true;
    if (before === 'an' && (twoBefore === 'you' || twoBefore === 'owe')) return true;
    if (i === sentenceFrom || tokens[i - 1]!.kind !== 'word') return cue === 'apologies';
    return false;
  }
  if (
    (NOT_AN_APOLOGY_BEFORE.has(before) && !wantsToSaySorry(tokens, i)) ||
    (NOT_AN_APOLOGY_BEFORE.has(twoBefore) && ['so', 'very', 'a', 'too'].includes(before))
  )
    return false;
  if (
    before === 'feel' ||
    twoBefore === 'feel' ||
    (tokens[i + 1]?.norm === 'for' && ['feel', 'felt', 'feeling'].includes(twoBefore))
  )
    return false;
  if (cue === 'sorry') {
    // "Sorry?" alone asks the person to repeat themselves.
    const next = tokens[i + 1];
    if (
      next &&
      next.raw.startsWith('?') &&
      i + 2 >= sentenceTo &&
      (i === sentenceFrom || tokens[i - 1]!.kind !== 'word')
    )
      return false;
    if (next?.norm === 'state' || next?.norm === 'excuse' || next?.norm === 'lot') return false;
  }
  // Third-person reports ("they apologised", "he's sorry") are not the writer's apology.
  if (
    ['he', 'she', 'they', 'manager', 'staff', 'waiter', 'nobody', 'noone', 'one'].includes(before)
  )
    return false;
  if (
    ['is', 'was', 'were', 'are'].includes(before) &&
    ['he', 'she', 'they', 'nobody', 'one', 'anyone'].includes(twoBefore)
  )
    return false;
  return true;
}

/**
 * "There's no need to apologise", "you don't have to apologise", "don't apologise!", "no
 * apology needed": said to someone who apologised to us, kindly; neither an apology of ours
 * nor a refusal to give one ("we will not apologise", "I don't apologise for our prices").
 */
function sparesTheirApology(tokens: Token[], i: number): boolean {
  const before = normAt(tokens, i - 1);
  const twoBefore = normAt(tokens, i - 2);
  const threeBefore = normAt(tokens, i - 3);
  if (before === 'to' && (twoBefore === 'need' || twoBefore === 'have'))
    return threeBefore === 'no' || threeBefore === 'not' || threeBefore === 'you';
  if (before === 'not' && twoBefore === 'do') return threeBefore !== 'i' && threeBefore !== 'we';
  const next = tokens[i + 1]?.norm ?? '';
  return next === 'needed' || next === 'necessary' || next === 'required';
}

function negatedBefore(tokens: Token[], from: number, cue: number, sentenceFrom: number): boolean {
  // Backwards from the cue, within its clause: "that is no excuse: I'm sorry…" apologises.
  for (let j = cue - 1; j >= Math.max(sentenceFrom, from - 3); j--) {
    const norm = tokens[j]!.norm;
    if (tokens[j]!.kind === 'punct') return false;
    if (NEGATIONS.has(norm)) return true;
    if ((norm === 'will' || norm === 'going') && tokens[j + 1]?.norm === 'not') return true;
  }
  return false;
}

/** Capitalised words after "sorry" that start a clause rather than name the person. */
const CLAUSE_OPENERS = new Set(['I', 'We', 'You', 'That', 'This', 'It', 'Your', 'Our']);
/** The same, where a name would have to be a word of two letters or more. */
const CAPITALISED_NOT_NAMES = new Set(['The', ...CLAUSE_OPENERS]);
/** Marks after which the apology explains what happened: "sorry, Ana: the courier…". */
const EXPLANATION_MARKS = new Set([':', '—', '–', '-']);
/** Words between "sorry you" and a verb of perceiving: "sorry you were made to feel…". */
const BETWEEN_YOU_AND_VERB = new Set([
  'are',
  'were',
  'have',
  'been',
  'feel',
  'felt',
  'might',
  'may',
  'would',
  'seem',
  'do',
  'did',
  'still',
  'so',
  'feeling',
  'be',
]);
/** Words that end what an apology is for: "sorry for the wait and thank you…". */
const ENDS_THE_OBJECT = new Set(['but', 'and', 'please', 'we', 'i', 'so']);
/** Asked of every word of what an apology is for: answered from the word's entry. */
const endsTheObject = wordIn(ENDS_THE_OBJECT);
const isPlaceholder = wordIn(PLACEHOLDERS);

function classify(
  tokens: Token[],
  from: number,
  cue: number,
  sentenceTo: number,
  cause: CauseMeaning | null,
  before: Array<[number, number]>,
  following: { from: number; to: number } | undefined,
): ApologyInstance {
  let i = cue + 1;
  const cueNorm = tokens[cue]!.norm;
  if (cueNorm === 'regret' && tokens[i]?.norm === 'to' && tokens[i + 1]?.norm === 'inform')
    return instance(
      from,
      cue,
      'non_apology',
      i,
      Math.min(sentenceTo, i + 3),
      'announces a refusal rather than apologising',
    );
  // Skip a name or a comma right after the apology ("Sorry Kevin, but…").
  let look = i;
  while (
    look < sentenceTo &&
    look < i + 3 &&
    (tokens[look]!.raw === ',' ||
      (tokens[look]!.kind === 'word' &&
        /^\p{Lu}/u.test(tokens[look]!.raw) &&
        !CLAUSE_OPENERS.has(tokens[look]!.raw)))
  )
    look++;
  // "I'm sorry, that's our fault: we wrote the name down wrong": the fault owned, then told.
  if (look > i) look = afterOwningIt(tokens, look, sentenceTo);
  // "I'm sorry, Ana: the courier went to the old address" names the cause after a colon or a dash.
  const explained = look < sentenceTo && EXPLANATION_MARKS.has(tokens[look]!.raw);
  if (explained) i = look + 1;
  // "Sorry, we messed up your order": owning what we did, in the next clause.
  else if (look > i && ownedMistakeAt(tokens, look, sentenceTo)) i = look + 1;
  // "Sorry, the soup was cold": the diagnosed failure itself, told right after the apology.
  else if (look > i && cause && namesTheSameFailure(clauseStems(tokens, look, sentenceTo), cause))
    i = look;
  // "Sorry, but…", "we apologise; however, …": the apology taken back as it is made.
  let turn = look;
  while (turn < sentenceTo && TURN_MARKS.has(tokens[turn]!.raw)) turn++;
  if (TAKING_BACK.has(tokens[turn]?.norm ?? ''))
    return instance(
      from,
      cue,
      'non_apology',
      turn,
      Math.min(sentenceTo, turn + 6),
      `is followed by "${tokens[turn]!.norm}", which takes the apology back`,
    );
  if (tokens[i]?.norm === 'if' || (tokens[i]?.norm === 'about' && tokens[i + 1]?.norm === 'if'))
    return instance(
      from,
      cue,
      'non_apology',
      i,
      sentenceTo,
      'is conditional ("sorry if…") — it doubts that anything went wrong',
    );
  if (OBJECT_LINKS.has(tokens[i]?.norm ?? '') && tokens[i]?.norm === 'that') i++;
  // "Sorry for the way you feel": their feeling again, in other words.
  if (
    tokens[i]?.norm === 'for' &&
    tokens[i + 1]?.norm === 'the' &&
    tokens[i + 2]?.norm === 'way' &&
    (tokens[i + 3]?.norm === 'you' || tokens[i + 3]?.norm === 'u') &&
    PERSON_PERCEPTION.has(tokens[i + 4]?.norm ?? '')
  )
    return instance(
      from,
      cue,
      'non_apology',
      i + 3,
      sentenceTo,
      'is aimed at how the person feels, not at what happened',
    );
  // "sorry you feel that way", "sorry you're unhappy with…": aimed at the person's perception.
  let j = i;
  if (tokens[j]?.norm === 'that') j++;
  if (tokens[j]?.norm === 'you' || tokens[j]?.norm === 'u') {
    let k = j + 1;
    // "Sorry you and your family feel that way": the companions named, then the verb.
    if (tokens[k]?.norm === 'and' && tokens[k + 1]?.norm === 'your') {
      k += 2;
      const limit = k + 2;
      while (
        k < Math.min(limit, sentenceTo) &&
        !BETWEEN_YOU_AND_VERB.has(tokens[k]!.norm) &&
        !PERSON_PERCEPTION.has(tokens[k]!.norm)
      )
        k++;
      j = k - 1;
    }
    while (
      k < sentenceTo &&
      BETWEEN_YOU_AND_VERB.has(tokens[k]!.norm) &&
      !(PERSON_PERCEPTION.has(tokens[k]!.norm) && k > j + 1)
    ) {
      if (PERSON_PERCEPTION.has(tokens[k]!.norm)) break;
      k++;
    }
    const verb = tokens[k]?.norm ?? '';
    if (PERSON_PERCEPTION.has(verb) || PERSON_PERCEPTION.has(tokens[j + 1]?.norm ?? '')) {
      const after = tokens[k + 1]?.norm ?? '';
      if (
        [
          'that',
          'this',
          'it',
          'otherwise',
          'way',
          'so',
          'we',
          'our',
          'the',
          'like',
          'upset',
          'offended',
          'unhappy',
          'let',
          'disappointed',
          'about',
          'frustrated',
        ].includes(after) ||
        verb === 'see' ||
        verb === 'took' ||
        verb === 'take'
      )
        return instance(
          from,
          cue,
          'non_apology',
          j,
          sentenceTo,
          'is aimed at how the person feels, not at what happened',
        );
    }
    if (DISPLEASURE.has(verb) && ['with', 'about', 'by', 'at'].includes(tokens[k + 1]?.norm ?? ''))
      return instance(
        from,
        cue,
        'non_apology',
        j,
        sentenceTo,
        'is aimed at how the person feels, not at what happened',
      );
  }
  // "sorry to hear (that)…", "sorry for the…", "apologize for…", "regret the…".
  if (tokens[i]?.norm === 'to' && HEARING.has(tokens[i + 1]?.norm ?? '')) {
    i += 2;
    if (tokens[i]?.norm === 'about' || tokens[i]?.norm === 'that' || tokens[i]?.norm === 'of') i++;
  } else if (
    tokens[i]?.norm === 'to' &&
    ['disappoint', 'bother', 'trouble', 'interrupt'].includes(tokens[i + 1]?.norm ?? '')
  ) {
    return instance(from, cue, 'generic', i, i + 2);
  } else if (OBJECT_LINKS.has(tokens[i]?.norm ?? '')) i++;
  let objectFrom = i;
  let { objectTo, specific, stems } = readObject(tokens, i, sentenceTo, explained);
  // "I'm really sorry, Tom. We sent the wrong size": the apology ends, and the next sentence
  // owns what went wrong. After "sorry for the mix-up.", which names no failure of its own,
  // the next sentence must name one: "Our receptionist booked you in for the wrong day."
  const bare = objectTo === objectFrom;
  if (following && specific === 0 && (!bare || endsHere(tokens, look, sentenceTo))) {
    const next = following.from;
    if (
      ownedMistakeAt(tokens, next, tokens.length) &&
      (bare || namesAFailure(tokens, next, following.to))
    ) {
      objectFrom = next;
      ({ objectTo, specific, stems } = readObject(tokens, next, tokens.length, true));
    }
  }
  // "Our system double-booked your table - I'm sorry", "We sent the wrong size. Sorry about
  // that.": the apology points back to a failure of ours, told just before it.
  // Each clause of it is read, the nearest first: "You're right, we should have called you."
  if (specific === 0) {
    search: for (const [rangeFrom, rangeTo] of before) {
      let clauseTo = rangeTo;
      for (let k = rangeTo - 1; k >= rangeFrom - 1; k--) {
        if (k >= rangeFrom && !breaksTheClause(tokens, k)) continue;
        const start = clauseStart(tokens, k + 1, clauseTo);
        if (ownedMistakeAt(tokens, start, clauseTo) && namesAFailure(tokens, start, clauseTo)) {
          objectFrom = start;
          ({ objectTo, specific, stems } = readObject(tokens, start, clauseTo, true));
          break search;
        }
        clauseTo = k;
      }
    }
  }
  if (specific === 0) return instance(from, cue, 'generic', objectFrom, objectTo);
  // "Sorry your parcel arrived late and at the wrong address": the cause may come after an "and".
  if (
    cause &&
    cause.stems.size > 0 &&
    !sharesMeaning(stems, cause) &&
    !(
      tokens[objectTo]?.norm === 'and' &&
      sharesMeaning(clauseStems(tokens, objectTo + 1, sentenceTo), cause)
    ) &&
    !explainsTheCause(tokens, objectTo, sentenceTo, following, cause)
  ) {
    return instance(
      from,
      cue,
      'generic',
      objectFrom,
      objectTo,
      'names something other than the diagnosed cause',
      true,
    );
  }
  return instance(from, cue, 'targeted', objectFrom, objectTo);
}

/**
 * What an apology is for, read from token i: up to the end of its clause, at most 14 tokens.
 * `specific` counts the words that name something (not placeholders or function words).
 */
function readObject(
  tokens: Token[],
  i: number,
  sentenceTo: number,
  explained: boolean,
): { objectTo: number; specific: number; stems: string[] } {
  let objectTo = i;
  let specific = 0;
  const stems: string[] = [];
  for (let k = i; k < sentenceTo && k < i + 14; k++) {
    const token = tokens[k]!;
    // "double-booked", "drinks/starters": the word goes on after the mark. A dash with space
    // around it ("on Saturday - that's not…") ends the clause.
    if (token.raw === '-' || token.raw === '/') {
      if (tokens[k + 1]?.kind !== 'word' || !joined(tokens, k)) break;
      continue;
    }
    if (token.kind === 'punct') break;
    if (token.kind === 'url' || token.kind === 'mention' || token.kind === 'number') {
      objectTo = k + 1;
      continue;
    }
    if (token.kind !== 'word') break;
    const norm = token.norm;
    // "Sorry you and your guests had to wait": "and" joins whom it happened to.
    // ("…was so dismissive": after "was", "so" only strengthens the word that follows.)
    if (
      endsTheObject(token.lex) &&
      k > i &&
      !(norm === 'and' && tokens[k - 1]!.norm === 'you') &&
      !(norm === 'so' && COPULAS.has(tokens[k - 1]!.norm))
    )
      break;
    // A capitalised word right after the apology is usually the person's name; after a colon
    // or a dash it starts the explanation ("sorry, Ana — Jo used the wrong toner").
    // "Sorry Jo used the wrong toner", "sorry Ana was late": a name with a verb in the past
    // after it is who did it.
    if (
      k === i &&
      !explained &&
      /^\p{Lu}\p{Ll}+$/u.test(token.raw) &&
      !CAPITALISED_NOT_NAMES.has(token.raw) &&
      !pastAt(tokens, k + 1) &&
      tokens[k + 1]?.norm !== 'was'
    )
      break;
    objectTo = k + 1;
    if (isPlaceholder(token.lex)) {
      const next = tokens[k + 1]?.norm ?? '';
      // "The way you were spoken to at the counter" names what went wrong.
      if (norm === 'way' && treatmentAfter(tokens, k + 1, sentenceTo)) continue;
      if (PLACE_PREPOSITIONS.has(next) && !isGerund(tokens[k + 1])) break;
      // "any disruption to your evening": whom it touched, still not what went wrong.
      if (next === 'to' && DISRUPTIONS.has(norm)) break;
      continue;
    }
    if (isFunctionWord(token.lex)) continue;
    specific++;
    stems.push(stemOfWord(token.lex));
  }
  return { objectTo, specific, stems };
}

/** How someone was dealt with, after "the way you were…": "treated", "spoken to", "rushed". */
const TREATMENT = new Set([
  'treated',
  'spoken',
  'talked',
  'handled',
  'served',
  'greeted',
  'dealt',
  'addressed',
  'ignored',
  'rushed',
  'seated',
  'left',
  'kept',
  'turned',
  'charged',
  'welcomed',
  'received',
]);

/** Whether "the way" at `at` goes on to say how someone was treated: "you were spoken to". */
function treatmentAfter(tokens: Token[], at: number, sentenceTo: number): boolean {
  for (let k = at; k < Math.min(sentenceTo, at + 4); k++) {
    const token = tokens[k]!;
    if (token.kind !== 'word') return false;
    if (TREATMENT.has(token.norm)) return true;
  }
  return false;
}

const COPULAS = new Set(['was', 'were', 'is', 'are', 'been', 'being']);

/** Punctuation between an apology and the word that turns it round: "sorry; however". */
const TURN_MARKS = new Set([',', ';', '-', '–', '—']);
const TAKING_BACK = new Set(['but', 'however']);

/** Words that say something went wrong: "the wrong size", "double-booked", "we forgot". */
const FAILURES = new Set([
  'wrong',
  'wrongly',
  'late',
  'missed',
  'forgot',
  'forgotten',
  'lost',
  'broke',
  'broken',
  'mistake',
  'error',
  'mixed',
  'damaged',
  'cancelled',
  'canceled',
  'overcharged',
  'twice',
  'double',
  'dropped',
  'spilled',
  'burnt',
  'burned',
  'delayed',
  'ignored',
  'failed',
  'messed',
  'short',
  'incorrect',
  'incorrectly',
  'misspelled',
  'misspelt',
  'without',
  'instead',
]);

/**
 * Whether the apology is explained by owning the diagnosed cause, in a later clause of its
 * sentence or in the next sentence: "Sorry for the wait, our engineer forgot the part", "I'm
 * sorry we let you down. The technician should have brought the part." The apology's own
 * words name something else; what we own right after it names the cause.
 */
function explainsTheCause(
  tokens: Token[],
  objectTo: number,
  sentenceTo: number,
  following: { from: number; to: number } | undefined,
  cause: CauseMeaning,
): boolean {
  for (let k = objectTo; k < sentenceTo; k++) {
    if (
      breaksTheClause(tokens, k) &&
      ownsTheCause(tokens, clauseStart(tokens, k + 1, sentenceTo), sentenceTo, cause)
    )
      return true;
  }
  return (
    following !== undefined &&
    ownsTheCause(tokens, clauseStart(tokens, following.from, following.to), following.to, cause)
  );
}

/**
 * Whether the clause from `start` owns a mistake of ours that names the cause. (A function of
 * its own, not a closure: the server runs through tsx, which names every closure as it is made.)
 */
function ownsTheCause(tokens: Token[], start: number, to: number, cause: CauseMeaning): boolean {
  return ownedMistakeAt(tokens, start, to) && sharesMeaning(clauseStems(tokens, start, to), cause);
}

/** Whether tokens[from, to) name something that went wrong, or own it ("we should have…"). */
function namesAFailure(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const norm = tokens[k]!.norm;
    if (FAILURES.has(norm)) return true;
    if (norm === 'should') {
      const next = tokens[k + 1]?.norm;
      if (next === 'have' || (next === 'not' && tokens[k + 2]?.norm === 'have')) return true;
    }
    // Something we left undone: "I hadn't updated it", "we didn't tell you", "I never checked".
    if ((norm === 'i' || norm === 'we') && tokens[k + 1] !== undefined) {
      const next = tokens[k + 1]!.norm;
      if (next === 'never') return true;
      if (LEFT_UNDONE.has(next) && tokens[k + 2]?.norm === 'not') return true;
    }
  }
  return false;
}
const LEFT_UNDONE = new Set(['did', 'had', 'have', 'has', 'was', 'were']);

/** A comma, a semicolon or a dash between clauses; not the hyphen inside "double-booked". */
function breaksTheClause(tokens: Token[], k: number): boolean {
  const raw = tokens[k]!.raw;
  return CLAUSE_BREAKS.has(raw) && !(raw === '-' && joined(tokens, k));
}

/** The stems of the words from `from` to the end of their clause. */
function clauseStems(tokens: Token[], from: number, to: number): string[] {
  const stems: string[] = [];
  for (let k = from; k < to && tokens[k]!.kind !== 'punct'; k++)
    if (tokens[k]!.kind === 'word') stems.push(stemOfWord(tokens[k]!.lex));
  return stems;
}

/** Whether nothing but punctuation is left of the sentence from i: the apology ended it. */
function endsHere(tokens: Token[], i: number, sentenceTo: number): boolean {
  for (let k = i; k < sentenceTo; k++) if (tokens[k]!.kind !== 'punct') return false;
  return true;
}

/**
 * An apology found at `from`, its cue word at `cue`, and what it is for. Every one is made
 * here with every field, so they all share one shape and reading them stays quick.
 */
function instance(
  from: number,
  cue: number,
  kind: ApologyKind,
  objectFrom: number,
  objectTo: number,
  reason?: string,
  missesCause = false,
): ApologyInstance {
  return { kind, from, to: cue + 1, objectFrom, objectTo, reason, missesCause };
}

/**
 * "we messed up…", "I forgot…", "we've overcharged…": we (or I) did something, in the past; or
 * what went wrong is told as it happened: "the kitchen sent out the wrong dish", "your parcel
 * was left outside" ("the shop is closed on Sundays" tells of no failure).
 */
function ownedMistakeAt(tokens: Token[], at: number, sentenceTo: number): boolean {
  const subject = tokens[at]?.norm ?? '';
  let verb = at + 1;
  if (THE_THING.has(subject)) {
    // A noun phrase of up to three words ("the kitchen", "your new parcel", "our delivery
    // driver"), then the verb; "the booked slot is full" has none in the past.
    for (verb = at + 2; verb < Math.min(sentenceTo, at + 6); verb++) {
      if (pastAt(tokens, verb)) return true;
      // "The engineer should have brought the part": one of ours, owned as a mistake ("your
      // card should have…" is theirs).
      if (tokens[verb]!.norm === 'should' && subject !== 'your')
        return shouldHaveDone(tokens, verb, sentenceTo);
      // "The courier was late", "your table was double-booked".
      if (
        (tokens[verb]!.norm === 'was' || tokens[verb]!.norm === 'were') &&
        FAILURES.has(tokens[verb + 1]?.norm ?? '')
      )
        return true;
      // "double-booked" is read as "double", "-", "booked".
      if (tokens[verb]!.raw === '-' && tokens[verb + 1]?.kind === 'word') continue;
      if (PRESENT.has(tokens[verb]!.norm) || tokens[verb]!.kind !== 'word') return false;
    }
    return false;
  }
  if (subject !== 'we' && subject !== 'i') return false;
  // "I should have checked", "we shouldn't have charged you": a mistake owned as one.
  if (tokens[verb]?.norm === 'should') return shouldHaveDone(tokens, verb, sentenceTo);
  while (verb < sentenceTo && OWNING_ADVERBS.has(tokens[verb]!.norm)) verb++;
  return verb < sentenceTo && isPastForm(tokens[verb]?.norm ?? '');
}

/** "should [not] have" and a verb in the past, from the "should" at `at`. */
function shouldHaveDone(tokens: Token[], at: number, sentenceTo: number): boolean {
  let verb = at + 1;
  if (tokens[verb]?.norm === 'not') verb++;
  if (tokens[verb]?.norm !== 'have') return false;
  verb++;
  while (verb < sentenceTo && OWNING_ADVERBS.has(tokens[verb]!.norm)) verb++;
  return verb < sentenceTo && isPastForm(tokens[verb]!.norm);
}

const OWNING_ADVERBS = new Set(['have', 'had', 'really', 'totally', 'completely', 'clearly']);

const THE_THING = new Set(['the', 'our', 'your', 'my']);
const PRESENT = new Set(['is', 'are', 'has', 'have', 'will', 'can', 'does', 'do', 'would', 'may']);

/** A verb in the past at i ("sent", "arrived"), or a passive ("was left", "were charged"). */
function pastAt(tokens: Token[], i: number): boolean {
  const norm = tokens[i]?.norm ?? '';
  if (norm === 'was' || norm === 'were') return isPastForm(tokens[i + 1]?.norm ?? '');
  return isPastForm(norm);
}

function isGerund(token: Token | undefined): boolean {
  return !!token && token.norm.length > 5 && token.norm.endsWith('ing');
}

export const FUNCTION_WORDS = new Set([
  'the',
  'a',
  'an',
  'your',
  'our',
  'my',
  'their',
  'his',
  'her',
  'its',
  'you',
  'we',
  'i',
  'they',
  'he',
  'she',
  'them',
  'us',
  'me',
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'being',
  'am',
  'have',
  'has',
  'had',
  'do',
  'does',
  'did',
  'will',
  'would',
  'could',
  'should',
  'can',
  'may',
  'might',
  'must',
  'to',
  'of',
  'in',
  'on',
  'at',
  'for',
  'with',
  'by',
  'from',
  'about',
  'as',
  'into',
  'so',
  'very',
  'really',
  'such',
  'some',
  'these',
  'those',
  'just',
  'too',
  'also',
  'u',
  'ur',
  "'s",
  'yet',
  've',
  'got',
  'get',
  'getting',
  'been',
  'went',
  'go',
  'going',
  'made',
  'make',
  'where',
  'which',
  'who',
  'when',
  'how',
  'why',
  'or',
  'if',
  'there',
  'how',
  'much',
  'more',
  'extra',
  'hear',
  'heard',
  'were',
  'see',
  'seen',
  'again',
]);
const isFunctionWord = wordIn(FUNCTION_WORDS);
