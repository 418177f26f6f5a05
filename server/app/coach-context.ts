import { rootCauseFrom } from '../../domain/coach/root-cause';
import type { CoachContext } from '../../domain/coach/types';
import type { Playbook } from '../../domain/playbook/schema';
import type { SituationRecord } from '../storage/records';

/**
 * What the coach should know about a situation: the diagnosed cause (the diagnosis step's
 * root-cause field), the person's name, the step in focus, the channel and the mood noted.
 */
export function coachContextOf(situation: SituationRecord, playbook: Playbook): CoachContext {
  const context: CoachContext = {};
  const cause = rootCauseOf(situation, playbook);
  if (cause) context.rootCause = cause;
  if (situation.partyName) context.personName = situation.partyName;
  if (situation.progress.currentStep) context.step = situation.progress.currentStep;
  if (situation.channel) context.channel = situation.channel;
  if (situation.mood) context.mood = situation.mood;
  return context;
}

export function rootCauseOf(situation: SituationRecord, playbook: Playbook): string | null {
  return rootCauseFrom(playbook.steps, (id) => situation.progress.steps[id]?.captures);
}
