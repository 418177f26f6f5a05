import type { CoachDocument } from './document';
import { PatternSet } from './patterns';
import type { Token } from './tokenize';
import { isPastForm } from './words';

/**
 * A cause named as settled before anyone has found it out: "I'm sure it was the courier",
 * "it must have been a mix-up", "that'll be because the oven was off". While listening and
 * diagnosing, the method asks what happened instead of deciding it (METHOD.md, step 3).
 * Guesses about what will happen ("I'm sure it will be fine") are reassurance, and "that must
 * have been a shock" is empathy: neither names a cause.
 */
const ASSUMING = new PatternSet<'settled' | 'if-named' | 'if-acted' | 'if-alone'>([
  ['i am [quite|pretty|fairly|very|so] sure it|that|this|they|he|she was|were', 'settled'],
  ['it|that|this was|is probably|likely|obviously|clearly|definitely|certainly|surely', 'settled'],
  ['i bet it|that|this|they|he|she was|were', 'settled'],
  ['i think it|that|this was', 'settled'],
  ['that|it will|would be because', 'settled'],
  ['probably just', 'settled'],
  ['it|that|this was almost|most|very|quite certainly|definitely|probably|likely', 'settled'],
  // "It's almost certainly a problem with your bank" ("it's most likely that we can…" foretells).
  [
    'it|that|this is almost|most|very|quite certainly|definitely|probably|likely a|an|the|your|our',
    'settled',
  ],
  // These name a cause only when a cause follows (see `namesACause`): "it must have been a
  // mix-up"; or, for the rest, only when a culprit did something: "I bet the courier left it
  // outside", "no doubt the kitchen forgot it" ("no doubt you were tired of waiting" names
  // none, and "I'm sure the kitchen will sort it" reassures).
  ['it|that|this must have been', 'if-named'],
  ['i bet', 'if-acted'],
  ['no doubt', 'if-acted'],
  ['clearly|obviously|surely|definitely|undoubtedly', 'if-acted'],
  ['i am [quite|pretty|fairly|very|so] sure', 'if-acted'],
  ['i am guessing|assuming|betting', 'if-acted'],
  // "Sounds like the oven thermostat again": see `namesACauseAlone`.
  ['sounds|sounded like', 'if-alone'],
  // "Knowing our courier, they'll have left it at the depot."
  ['knowing', 'if-named'],
]);

/** What a slip is called: "a mix-up", "an error". */
const SLIPS = new Set([
  'mix-up',
  'mixup',
  'mistake',
  'error',
  'glitch',
  'misunderstanding',
  'oversight',
  'typo',
  'bug',
  'fault',
]);
/** Who or what gets blamed for it: "the courier", "our system". */
const CULPRITS = new Set([
  'courier',
  'driver',
  'delivery',
  'post',
  'system',
  'kitchen',
  'printer',
  'oven',
  'app',
  'website',
  'site',
  'weather',
  'traffic',
  'supplier',
  'bank',
  'card',
  'machine',
  'network',
]);
const DETERMINERS = new Set(['a', 'an', 'the', 'our', 'your', 'their', 'his', 'her', 'just']);

/**
 * Whether the words at `at` name a cause: a slip ("a mix-up") or a culprit ("the courier"),
 * with a determiner and perhaps one more word before it ("a simple mix-up", "the new system").
 */
export function namesACause(tokens: Token[], at: number): boolean {
  if (!DETERMINERS.has(tokens[at]?.norm ?? '')) return false;
  for (let i = at + 1; i <= at + 2; i++) {
    const norm = tokens[i]?.norm ?? '';
    if (SLIPS.has(norm) || CULPRITS.has(norm)) return true;
    // "a mix - up" as the tokenizer splits it.
    if (norm === 'mix' && tokens[i + 1]?.raw === '-') return true;
  }
  return false;
}

/** Words that make what follows a clause of its own rather than a bare guess. */
const CLAUSE_VERBS = new Set([
  'is',
  'was',
  'were',
  'are',
  'has',
  'had',
  'have',
  'did',
  'does',
  'do',
  'will',
  'would',
  'can',
  'could',
  'got',
  'keeps',
  'kept',
]);

/**
 * Whether the words at `at` name a cause and nothing more, to the end of the clause: "sounds
 * like the oven thermostat again" guesses at it; "it sounds like the kitchen got your order
 * wrong" tells their account back to them, with a verb and them in it.
 */
export function namesACauseAlone(tokens: Token[], at: number, to: number): boolean {
  if (!namesACause(tokens, at)) return false;
  for (let i = at; i < to; i++) {
    const token = tokens[i]!;
    if (token.kind === 'punct') break;
    const norm = token.norm;
    if (norm === 'you' || norm === 'your' || CLAUSE_VERBS.has(norm) || isPastForm(norm))
      return false;
  }
  return true;
}

/**
 * Whether a culprit at `at` did something, told in the past: "the courier left it", "our new
 * system crashed", "the driver got lost". A slip named outright ("a mix-up") counts as well.
 */
function culpritActed(tokens: Token[], at: number): boolean {
  if (!DETERMINERS.has(tokens[at]?.norm ?? '')) return false;
  for (let i = at + 1; i <= at + 2; i++) {
    const norm = tokens[i]?.norm ?? '';
    if (SLIPS.has(norm)) return true;
    if (CULPRITS.has(norm)) {
      const next = tokens[i + 1]?.norm ?? '';
      // "the card machine timed out": the culprit named in two words.
      if (CULPRITS.has(next) && i < at + 2) continue;
      return isPastForm(next) || TOLD_AS_DONE.has(next);
    }
  }
  return false;
}
/** What tells a culprit's act as done when no past form does: "the courier was…", "never…". */
const TOLD_AS_DONE = new Set(['was', 'were', 'did', 'had', 'must', 'never']);

export interface AssumedCause {
  from: number;
  to: number;
}

export function findAssumedCauses(doc: CoachDocument): AssumedCause[] {
  const { tokens } = doc;
  return ASSUMING.findAll(tokens)
    .filter(
      (match) =>
        !tokens[match.from]!.quoted &&
        !asked(doc, match.from) &&
        (match.value === 'settled' ||
          (match.value === 'if-named'
            ? namesACause(tokens, match.to)
            : match.value === 'if-alone'
              ? namesACauseAlone(tokens, match.to, doc.sentences[doc.sentenceOf[match.from]!]!.to)
              : culpritActed(tokens, match.to))),
    )
    .map((match) => ({ from: match.from, to: match.to }));
}

/** "Was it probably the courier?" or "Do you think it was…?" asks; it settles nothing. */
function asked(doc: CoachDocument, at: number): boolean {
  return doc.sentences[doc.sentenceOf[at]!]!.asks;
}
