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
  for (const step of playbook.steps) {
    if (!step.marks.includes('diagnosis')) continue;
    const captures = situation.progress.steps[step.id]?.captures ?? {};
    const field =
      step.fields.find((f) => f.id === 'root_cause') ??
      step.fields.find(
        (f) => f.id.includes('cause') && (f.type === 'text' || f.type === 'long_text'),
      );
    const value = field ? captures[field.id] : undefined;
    if (typeof value === 'string' && value.trim()) return value.trim();
  }
  return null;
}
