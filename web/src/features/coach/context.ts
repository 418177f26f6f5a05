import type { TSituation } from '../../../../contract/situations';
import { rootCauseFrom } from '../../../../domain/coach/root-cause';
import type { CoachContext } from '../../../../domain/coach/types';
import type { PlaybookDocument } from '../../../../domain/playbook/schema';

/** What the coach knows from the situation on screen; the server builds the same for its checks. */
export function coachContextFor(
  situation: TSituation,
  playbook: PlaybookDocument | undefined,
): CoachContext {
  const context: CoachContext = {};
  const cause = rootCauseFrom(
    playbook?.steps ?? [],
    (id) => situation.steps.find((s) => s.id === id)?.captures,
  );
  if (cause) context.rootCause = cause;
  if (situation.partyName) context.personName = situation.partyName;
  if (situation.channel) context.channel = situation.channel;
  if (situation.mood) context.mood = situation.mood;
  // Whatever the person writes on a situation, they write to us.
  context.toUs = true;
  return context;
}
