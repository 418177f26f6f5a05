import type { TSituation } from '../../../../contract/situations';
import type { CoachContext } from '../../../../domain/coach/types';
import type { PlaybookDocument } from '../../../../domain/playbook/schema';

/** What the coach knows from the situation on screen; the server builds the same for its checks. */
export function coachContextFor(
  situation: TSituation,
  playbook: PlaybookDocument | undefined,
): CoachContext {
  const context: CoachContext = {};
  const diagnosis = playbook?.steps.find((s) => s.marks.includes('diagnosis'));
  const captures = situation.steps.find((s) => s.id === diagnosis?.id)?.captures ?? {};
  const cause = captures.root_cause;
  if (typeof cause === 'string' && cause.trim()) context.rootCause = cause.trim();
  if (situation.partyName) context.personName = situation.partyName;
  if (situation.channel) context.channel = situation.channel;
  if (situation.mood) context.mood = situation.mood;
  return context;
}
