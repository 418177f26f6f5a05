import type { Mood } from './vocabulary';

/**
 * A reply is held for a moment before it leaves, so its writer can take it back (METHOD.md:
 * the customer's mood lets the cool-down adapt). Longer when the person is angry or the
 * coach found blame or a non-apology: the replies most likely to be regretted.
 */
export const COOL_DOWN_MS = 60_000;
export const LONG_COOL_DOWN_MS = 5 * 60_000;

export interface CoolDown {
  ms: number;
  /** Why it is longer than usual, in words for the writer; null for the usual minute. */
  reason: string | null;
}

export function coolDownFor(
  coach: { blame: boolean; apology: string },
  mood: Mood | null,
): CoolDown {
  const reasons: string[] = [];
  if (mood === 'angry') reasons.push('they are angry');
  if (coach.blame) reasons.push('the reply blames');
  if (coach.apology === 'non_apology') reasons.push('the apology takes itself back');
  return reasons.length
    ? { ms: LONG_COOL_DOWN_MS, reason: reasons.join(', and ') }
    : { ms: COOL_DOWN_MS, reason: null };
}
