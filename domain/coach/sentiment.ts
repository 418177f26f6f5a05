import { lexicon } from 'vader-sentiment/src/vader_lexicon.js';
import type { CoachDocument } from './document';
import { sentenceCue, wordFeature } from './lexemes';

/**
 * Valence in the manner of VADER (Hutto & Gilbert, 2014), over our own tokens so the
 * coach tokenizes once: the lexicon's valence per word, boosted or damped by the words
 * before it, flipped by a negation within three words, weighted after "but", and
 * emphasised by capitals and exclamation marks. Constants are VADER's published ones.
 */
const BOOST = 0.293;
const CAPS_BOOST = 0.733;
const NEGATION_SCALAR = -0.74;

/**
 * Words for what goes wrong in service that VADER's lexicon (rated on tweets) leaves out, rated
 * by us on its scale (−4 to 4): "the steak was undercooked", "the bread was stale", "absolutely
 * gutted". Only words that are bad news wherever they stand ("raw" and "late" are not).
 */
const SERVICE_VALENCE: Array<[string, number]> = [
  ['undercooked', -1.8],
  ['overcooked', -1.5],
  ['burnt', -1.5],
  ['stale', -1.5],
  ['soggy', -1.3],
  ['lukewarm', -1.0],
  ['inedible', -2.3],
  ['filthy', -2.2],
  ['mouldy', -2.0],
  ['moldy', -2.0],
  ['rancid', -2.2],
  ['smelly', -1.5],
  ['tasteless', -1.6],
  ['gutted', -2.2],
];
const VALENCE = new Map<string, number>([...Object.entries(lexicon), ...SERVICE_VALENCE]);

export const NEGATORS = new Set([
  'not',
  'no',
  'never',
  'none',
  'nobody',
  'nothing',
  'neither',
  'nor',
  'nowhere',
  'without',
  'hardly',
  'rarely',
  'seldom',
  'barely',
  'despite',
]);

/** Verbs that report words or thoughts instead of saying them: "I'm not saying you're…". */
const REPORTING = new Set([
  'saying',
  'say',
  'said',
  'tell',
  'telling',
  'told',
  'ask',
  'asking',
  'think',
  'thinks',
  'believe',
  'suggest',
  'suggesting',
  'imply',
  'implying',
  'call',
  'calling',
]);

/**
 * Whether the words at `at` are named only to be disowned: a verb of saying or thinking in the
 * six words before them (not before `from`), itself negated: "I'm not saying you're
 * overreacting", "nobody should ever tell you to calm down", "I don't think you're petty".
 */
export function disownedBefore(tokens: CoachDocument['tokens'], at: number, from: number): boolean {
  let reported = false;
  for (let i = at - 1; i >= Math.max(from, at - 6); i--) {
    const norm = tokens[i]!.norm;
    if (REPORTING.has(norm)) reported = true;
    else if (reported && (NEGATORS.has(norm) || norm === 'noone')) return true;
  }
  return false;
}

const BOOSTERS = new Set([
  'absolutely',
  'amazingly',
  'awfully',
  'completely',
  'considerably',
  'deeply',
  'enormously',
  'entirely',
  'especially',
  'exceptionally',
  'extremely',
  'fabulously',
  'freaking',
  'fucking',
  'fully',
  'greatly',
  'highly',
  'honestly',
  'hugely',
  'incredibly',
  'intensely',
  'majorly',
  'more',
  'most',
  'particularly',
  'purely',
  'quite',
  'really',
  'remarkably',
  'so',
  'substantially',
  'thoroughly',
  'totally',
  'tremendously',
  'truly',
  'unbelievably',
  'unusually',
  'utterly',
  'very',
]);

const DAMPENERS = new Set([
  'almost',
  'barely',
  'hardly',
  'less',
  'little',
  'marginally',
  'occasionally',
  'partly',
  'scarcely',
  'slightly',
  'somewhat',
  'kinda',
  // "A bit disappointed", "a tad annoyed".
  'bit',
  'tad',
]);

/** Words VADER scores that mean something else in service conversations. */
const NEUTRAL_HERE = new Set([
  'please',
  'help',
  'like',
  'thanks',
  'thank',
  'sorry',
  'apologies',
  'apologize',
  'apologise',
  'ok',
  'okay',
  'yes',
  'no',
  'care',
  'want',
  'well',
  'pretty',
  'kind',
  'matter',
  'fine',
  'true',
  'support',
  'share',
  'hope',
  'love',
  // "Not sure if I left my scarf" is doubt, not displeasure.
  'sure',
  // "I wish to make a complaint" is formal for "want", not a happy wish.
  'wish',
  // "Higher than agreed" reports a problem with a deal, not approval.
  'agreed',
  // "Honestly, I'm exhausted" stresses what follows; it is not praise (it boosts instead).
  'honestly',
  // "It clearly had cheese on it" stresses the fault; it is not praise.
  'clearly',
  // At a salon a cut is what was booked, not a wound.
  'cut',
  'cuts',
]);

export interface Valence {
  /** VADER's normalised compound score, −1 to 1. */
  compound: number;
  /** Sum of the negative contributions (≤ 0) and the positive ones (≥ 0). */
  negative: number;
  positive: number;
  /** Indices of tokens that carried strong negative valence. */
  negativeTokens: number[];
}

/**
 * A class, not an object literal: its numbers are sometimes whole (0) and sometimes not, and a
 * literal whose fields change kind like that was moved to a new hidden class on every draft.
 */
class ValenceScore implements Valence {
  constructor(
    readonly compound: number,
    readonly negative: number,
    readonly positive: number,
    readonly negativeTokens: number[],
  ) {}
}

/** A word's valence where the coach reads it, or null for none (neutral in service talk). */
function valenceOfHere(norm: string): number | null {
  return NEUTRAL_HERE.has(norm) ? null : (VALENCE.get(norm) ?? null);
}
const valenceHere = wordFeature(valenceOfHere);

export function valenceOf(word: string): number {
  return VALENCE.get(word) ?? 0;
}

/**
 * Token ranges of idioms that VADER's word-by-word reading gets wrong: in "couldn't be happier"
 * the negation is part of the praise (`unnegated`: it does not turn "happier" into its
 * opposite); in "sorry to bother you" or "no problem" the words carry no feeling at all
 * (`neutral`).
 */
export interface Idiom {
  from: number;
  to: number;
  reading: 'unnegated' | 'neutral';
}

const BOOSTS = 1;
const DAMPENS = 2;
const NEGATES = 4;
/** What a word does to the valence of a word after it, as bits: boosts, dampens, negates. */
const modifierRole = wordFeature(
  (norm) =>
    (BOOSTERS.has(norm) ? BOOSTS : 0) |
    (DAMPENERS.has(norm) ? DAMPENS : 0) |
    (NEGATORS.has(norm) ? NEGATES : 0),
);

/** Sentences with a word that carries valence here, or a "but" that weighs the words around it. */
const VALENCED = sentenceCue((norm) => norm === 'but' || valenceOfHere(norm) !== null);

/**
 * The valence of a whole document. Only sentences holding a valenced word or a "but" are
 * read; the words before a valenced word are looked at across sentence ends, as VADER does.
 */
export function scoreValence(doc: CoachDocument, idioms: readonly Idiom[] = []): Valence {
  const { tokens, mixedCase } = doc;
  let sum = 0;
  let negative = 0;
  let positive = 0;
  let butAt = -1;
  const contributions: Array<{ index: number; value: number }> = [];
  for (const sentence of doc.sentences) {
    if ((sentence.cues & VALENCED) === 0) continue;
    for (let i = sentence.from; i < sentence.to; i++) {
      const token = tokens[i]!;
      if (token.kind !== 'word' && token.kind !== 'emoji') continue;
      if (token.norm === 'but') butAt = contributions.length;
      if (token.quoted) continue;
      let value = valenceHere(token.lex);
      if (value === null) continue;
      const idiom = idioms.length
        ? idioms.find((range) => i >= range.from && i < range.to)
        : undefined;
      if (idiom?.reading === 'neutral') continue;
      if (token.caps && mixedCase) value += value > 0 ? CAPS_BOOST : -CAPS_BOOST;
      for (let back = 1; back <= 3 && i - back >= 0; back++) {
        const role = modifierRole(tokens[i - back]!.lex);
        if (role === 0) continue;
        const scale = back === 1 ? 1 : back === 2 ? 0.95 : 0.9;
        if (role & BOOSTS) value += (value > 0 ? BOOST : -BOOST) * scale;
        else if (role & DAMPENS) value -= (value > 0 ? BOOST : -BOOST) * scale;
        if (role & NEGATES) {
          if (!(idiom?.reading === 'unnegated' && i - back >= idiom.from)) value *= NEGATION_SCALAR;
          break;
        }
      }
      contributions.push({ index: i, value });
    }
  }
  const exclamations = doc.exclamations;
  const negativeTokens: number[] = [];
  contributions.forEach((c, position) => {
    const weight = butAt < 0 ? 1 : position < butAt ? 0.5 : 1.5;
    const value = c.value * weight;
    sum += value;
    if (value < 0) negative += value;
    else positive += value;
    if (value <= -1.5) negativeTokens.push(c.index);
  });
  if (sum !== 0 && exclamations) sum += Math.sign(sum) * Math.min(4, exclamations) * 0.292;
  const compound = sum / Math.sqrt(sum * sum + 15);
  return new ValenceScore(compound, negative, positive, negativeTokens);
}
