import { rootCauseFrom } from '../../domain/coach/root-cause';
import { analyze } from '../../domain/coach/analyze';
import type { CoachContext } from '../../domain/coach/types';
import type { MessageLoggedData } from '../../domain/situation/situation';
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
  // Whatever the person writes on a situation, they write to us.
  context.toUs = true;
  return context;
}

export function rootCauseOf(situation: SituationRecord, playbook: Playbook): string | null {
  return rootCauseFrom(playbook.steps, (id) => situation.progress.steps[id]?.captures);
}

/** What the coach reads in a message on this situation, as the timeline keeps it. */
export function coachReading(
  situation: SituationRecord,
  playbook: Playbook,
  text: string,
  role: 'agent' | 'customer',
): MessageLoggedData['coach'] {
  const result = analyze(text, { ...coachContextOf(situation, playbook), role });
  return {
    readiness: result.readiness,
    apology: result.apology,
    empathy: result.empathy,
    blame: result.blame,
    commitment: result.commitment,
    questions: result.questions,
    mood: result.mood,
    complaint: result.complaint,
  };
}
