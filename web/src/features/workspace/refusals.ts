import type { PlaybookDocument } from '../../../../domain/playbook/schema';
import type { TSituation } from '../../../../contract/situations';
import { ApiError } from '../../api/client';

export interface Refusal {
  title: string;
  detail: string;
  /** The step to do first, when the refusal points at one. */
  goTo: { step: string; title: string } | null;
}

const TITLES: Record<string, string> = {
  APOLOGY_BEFORE_DIAGNOSIS: 'Not yet: find out what went wrong first',
  RESOLVE_WITHOUT_SOLUTION: 'Not solved yet',
  CLOSE_WITHOUT_FOLLOW_UP: 'Check back with them before closing',
  VENT_ONLY_UNAVAILABLE: 'Hear them out first',
  STEP_PREREQUISITE: 'One thing first',
  STEP_NOT_SKIPPABLE: 'This step can’t be skipped',
  LOOP_NOT_ALLOWED: 'You can’t go back there from here',
  SITUATION_CLOSED: 'This situation is closed',
  ILLEGAL_TRANSITION: 'That doesn’t fit where the situation is',
};

/**
 * A guard's refusal in words a waiter understands, with the step to do first: the server's
 * detail says what and why; the playbook says where.
 */
export function explainRefusal(
  error: unknown,
  playbook: PlaybookDocument,
  situation: TSituation,
  step: string | null,
): Refusal | null {
  if (!(error instanceof ApiError) || error.status !== 409) return null;
  const { code, detail } = error.problem;
  const titleOf = (id: string) => playbook.steps.find((s) => s.id === id)?.title ?? id;
  const notDone = (id: string) => situation.steps.find((s) => s.id === id)?.status !== 'done';
  let target: string | undefined;
  if (code === 'APOLOGY_BEFORE_DIAGNOSIS' || code === 'STEP_PREREQUISITE') {
    const guard = playbook.steps.find((s) => s.id === step)?.guards.find((g) => g.code === code);
    target = guard?.requires.find((r) => notDone(r.step))?.step ?? guard?.requires[0]?.step;
  } else if (code === 'RESOLVE_WITHOUT_SOLUTION') {
    target = playbook.steps.find((s) => s.marks.includes('solution'))?.id;
  } else if (code === 'CLOSE_WITHOUT_FOLLOW_UP') {
    target = playbook.steps.find((s) => s.marks.includes('follow_up') && notDone(s.id))?.id;
  } else if (code === 'VENT_ONLY_UNAVAILABLE') {
    target = playbook.ventOnly?.after.find(notDone);
  }
  return {
    title: TITLES[code] ?? 'That can’t be done yet',
    detail,
    goTo: target && target !== step ? { step: target, title: titleOf(target) } : null,
  };
}
