import type { SituationEvent, SituationState } from '../situation/situation';
import { followUpDueAfter, identifyEntries } from '../situation/follow-through';
import { DomainError, type FieldProblem } from '../shared/domain-error';
import { checkCapture } from './capture';
import { isCaptured, stepProgress, stepStatus } from './progress';
import type { Playbook, PlaybookStep } from './schema';

/** The one way a situation moves: the action body of POST /situations/{id}/actions. */
export type PlaybookAction =
  | { type: 'record'; step: string; data: Record<string, unknown> }
  | { type: 'skip'; step: string; reason: string }
  | { type: 'vent_only'; reason?: string | null }
  | { type: 'loop_back'; step: string; reason?: string | null }
  | { type: 'resolve'; reason?: string | null }
  | { type: 'reopen'; reason?: string | null }
  | { type: 'close'; reason?: string | null }
  | { type: 'complete_task'; taskId: string }
  | { type: 'reopen_task'; taskId: string }
  | { type: 'schedule_follow_up'; dueAt: string; reason?: string | null };

export type ActionType = PlaybookAction['type'];

export interface DecideContext {
  playbook: Playbook;
  at: string;
  actorId: string | null;
  /** The organisation's members, for "person" fields; null skips the check. */
  memberIds: ReadonlySet<string> | null;
  /**
   * The seam for the empowerment policy: consulted before a capture of a "gesture" step is
   * recorded, it may refuse (over the limit, no budget) with its own DomainError.
   */
  checkGesture?: (capture: Record<string, unknown>) => DomainError | null;
  /**
   * How long after resolving the follow-up falls due (the organisation's setting); resolving
   * schedules it. Absent, nothing is scheduled.
   */
  followUpAfterHours?: number;
}

/**
 * decide(state, action, context) → the events the action leads to, or the DomainError that
 * refuses it. Pure: the same inputs always give the same answer, and a refusal changes nothing.
 */
export function decide(
  state: SituationState,
  action: PlaybookAction,
  ctx: DecideContext,
): SituationEvent[] | DomainError {
  try {
    return decideOrThrow(state, action, ctx);
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
}

function decideOrThrow(
  state: SituationState,
  action: PlaybookAction,
  ctx: DecideContext,
): SituationEvent[] {
  const base = { situationId: state.id, at: ctx.at, actorId: ctx.actorId };
  if (state.status === 'closed' && action.type !== 'reopen') {
    throw new DomainError(
      'SITUATION_CLOSED',
      'This situation is closed. Reopen it first if something still needs doing.',
    );
  }
  if (Date.parse(ctx.at) < Date.parse(state.updatedAt)) {
    // The clock went backwards (another instance, a clock change): keep the timeline in order.
    throw new DomainError('CONFLICT', 'The situation changed a moment ago; try again.');
  }
  const note = (reason: string | null | undefined) => reason?.trim() || null;

  switch (action.type) {
    case 'record': {
      const step = stepOf(ctx.playbook, action.step);
      const data = checkData(step, action.data, state, ctx);
      for (const guard of step.guards) {
        const missing = guard.requires.filter(
          (need) => !isCaptured(stepProgress(state.progress, need.step).captures[need.field]),
        );
        if (missing.length) throw new DomainError(guard.code, `${guard.message} ${guard.firstDo}`);
      }
      if (step.marks.includes('gesture') && ctx.checkGesture) {
        const refusal = ctx.checkGesture(data);
        if (refusal) throw refusal;
      }
      return [
        {
          type: 'step_recorded',
          ...base,
          data: { step: step.id, data: identifyEntries(step, data, state.tasks, ctx.at) },
        },
      ];
    }
    case 'skip': {
      const step = stepOf(ctx.playbook, action.step);
      const reason = action.reason?.trim() ?? '';
      if (!reason) {
        throw new DomainError('VALIDATION', 'Say why the step is skipped.', [
          { path: 'reason', message: 'A step can only be skipped with a reason.' },
        ]);
      }
      if (!step.skippable) {
        throw new DomainError(
          'STEP_NOT_SKIPPABLE',
          `"${step.title}" cannot be skipped in this playbook. Record it instead.`,
        );
      }
      return [{ type: 'step_skipped', ...base, data: { step: step.id, reason } }];
    }
    case 'loop_back': {
      const target = stepOf(ctx.playbook, action.step);
      requireOpen(state, 'loop back');
      const from = state.progress.currentStep;
      const fromStep = ctx.playbook.steps.find((s) => s.id === from);
      if (!fromStep || !fromStep.loopBackTo.includes(target.id)) {
        const allowed = fromStep?.loopBackTo.length
          ? `From "${fromStep.title}" you can go back to: ${fromStep.loopBackTo.map((id) => titleOf(ctx.playbook, id)).join(', ')}.`
          : 'The current step does not loop back.';
        throw new DomainError(
          'LOOP_NOT_ALLOWED',
          `You cannot go back to "${target.title}" from here. ${allowed}`,
        );
      }
      return [
        {
          type: 'looped_back',
          ...base,
          data: { from, to: target.id, reason: note(action.reason) },
        },
      ];
    }
    case 'vent_only': {
      requireOpen(state, 'be resolved');
      const path = ctx.playbook.ventOnly;
      if (!path) {
        throw new DomainError(
          'VENT_ONLY_UNAVAILABLE',
          'This playbook has no vent-only path. Work through the steps, or skip those that do not apply, with a reason.',
        );
      }
      const notYet = path.after.filter(
        (id) => stepStatus(stepOf(ctx.playbook, id), state.progress) !== 'done',
      );
      if (notYet.length) {
        throw new DomainError(
          'VENT_ONLY_UNAVAILABLE',
          `Someone who only wants to be heard still needs to be heard first. Record ${notYet.map((id) => `"${titleOf(ctx.playbook, id)}"`).join(' and ')} first.`,
        );
      }
      return [
        { type: 'resolved', ...base, data: { note: note(action.reason), outcome: 'vent_only' } },
        ...followUpOnResolve(state, ctx),
      ];
    }
    case 'resolve': {
      requireOpen(state, 'be resolved');
      const solutions = ctx.playbook.steps.filter((s) => s.marks.includes('solution'));
      const solved = solutions.some((s) => stepStatus(s, state.progress) === 'done');
      if (!solved) {
        const names = solutions.map((s) => `"${s.title}"`).join(' or ');
        const vent = ctx.playbook.ventOnly
          ? ' If the person only wanted to be heard, take the vent-only path instead.'
          : '';
        throw new DomainError(
          'RESOLVE_WITHOUT_SOLUTION',
          `Nothing is resolved until it is solved. Record ${names || 'the solution'} first.${vent}`,
        );
      }
      return [
        { type: 'resolved', ...base, data: { note: note(action.reason), outcome: 'solved' } },
        ...followUpOnResolve(state, ctx),
      ];
    }
    case 'reopen':
      if (state.status === 'open') {
        throw new DomainError('ILLEGAL_TRANSITION', 'This situation is already open.');
      }
      return [{ type: 'reopened', ...base, data: { note: note(action.reason) } }];
    case 'close': {
      const followUps = ctx.playbook.steps.filter((s) => s.marks.includes('follow_up'));
      const waiting = followUps.filter((s) => {
        const status = stepStatus(s, state.progress);
        return status !== 'done' && status !== 'skipped';
      });
      if (waiting.length) {
        throw new DomainError(
          'CLOSE_WITHOUT_FOLLOW_UP',
          `Check that the fix held before closing: record ${waiting.map((s) => `"${s.title}"`).join(' and ')}, or skip it with a reason.`,
        );
      }
      return [{ type: 'closed', ...base, data: { note: note(action.reason) } }];
    }
    case 'complete_task':
    case 'reopen_task': {
      const task = state.tasks.find((t) => t.id === action.taskId);
      if (!task) {
        throw new DomainError('NOT_FOUND', 'This situation has no such task or promise.');
      }
      const completing = action.type === 'complete_task';
      if (completing === !!task.doneAt) {
        throw new DomainError(
          'ILLEGAL_TRANSITION',
          completing ? `"${task.what}" is already done.` : `"${task.what}" is not done yet.`,
        );
      }
      return [
        {
          type: completing ? 'task_done' : 'task_reopened',
          ...base,
          data: { taskId: task.id, what: task.what },
        },
      ];
    }
    case 'schedule_follow_up': {
      if (state.status !== 'resolved' || !state.resolvedAt) {
        throw new DomainError(
          'ILLEGAL_TRANSITION',
          'A follow-up is scheduled once the situation is resolved.',
        );
      }
      if (!followUpPending(state, ctx.playbook)) {
        throw new DomainError('ILLEGAL_TRANSITION', 'The follow-up has already been recorded.');
      }
      const due = Date.parse(action.dueAt);
      if (Number.isNaN(due) || due < Date.parse(state.resolvedAt)) {
        throw new DomainError('VALIDATION', 'Choose when to follow up.', [
          {
            path: 'dueAt',
            message: 'Give a date and time after the situation was resolved.',
          },
        ]);
      }
      return [
        {
          type: 'follow_up_scheduled',
          ...base,
          data: { dueAt: new Date(due).toISOString(), note: note(action.reason) },
        },
      ];
    }
  }
}

/** Whether the playbook has a follow-up step that is still to be done. */
function followUpPending(state: SituationState, playbook: Playbook): boolean {
  return playbook.steps.some((s) => {
    if (!s.marks.includes('follow_up')) return false;
    const status = stepStatus(s, state.progress);
    return status !== 'done' && status !== 'skipped';
  });
}

/** Resolving starts the clock on the follow-up (METHOD.md, step 9). */
function followUpOnResolve(state: SituationState, ctx: DecideContext): SituationEvent[] {
  if (ctx.followUpAfterHours === undefined || !followUpPending(state, ctx.playbook)) return [];
  return [
    {
      type: 'follow_up_scheduled',
      situationId: state.id,
      at: ctx.at,
      actorId: ctx.actorId,
      data: { dueAt: followUpDueAfter(ctx.at, ctx.followUpAfterHours), note: null },
    },
  ];
}

function requireOpen(state: SituationState, doing: string) {
  if (state.status !== 'open') {
    throw new DomainError(
      'ILLEGAL_TRANSITION',
      `A situation that is ${state.status} cannot ${doing}. Reopen it first.`,
    );
  }
}

function stepOf(playbook: Playbook, id: string): PlaybookStep {
  const step = playbook.steps.find((s) => s.id === id);
  if (!step) {
    throw new DomainError('VALIDATION', `"${playbook.name}" has no step "${id}".`, [
      { path: 'step', message: `Use one of: ${playbook.steps.map((s) => s.id).join(', ')}.` },
    ]);
  }
  return step;
}

function titleOf(playbook: Playbook, id: string): string {
  return playbook.steps.find((s) => s.id === id)?.title ?? id;
}

function checkData(
  step: PlaybookStep,
  data: Record<string, unknown>,
  state: SituationState,
  ctx: DecideContext,
): Record<string, unknown> {
  const problems: FieldProblem[] = [];
  const entries = Object.entries(data ?? {});
  if (entries.length === 0) {
    throw new DomainError('VALIDATION', `Record at least one field of "${step.title}".`, [
      { path: 'data', message: `Fields of this step: ${step.fields.map((f) => f.id).join(', ')}.` },
    ]);
  }
  const clean: Record<string, unknown> = {};
  for (const [key, value] of entries) {
    const field = step.fields.find((f) => f.id === key);
    if (!field) {
      problems.push({
        path: `data.${key}`,
        message: `"${step.title}" has no field "${key}"; it captures ${step.fields.map((f) => f.id).join(', ')}.`,
      });
      continue;
    }
    const checked = checkCapture(field, value, ctx.memberIds);
    if (checked.ok) clean[key] = checked.value;
    else problems.push({ path: `data.${key}`, message: checked.message });
  }
  if (problems.length) {
    throw new DomainError('VALIDATION', `Some of "${step.title}" cannot be recorded.`, problems);
  }
  const captured = stepProgress(state.progress, step.id).captures;
  for (const field of step.fields) {
    if (
      field.after &&
      field.id in clean &&
      !isCaptured(clean[field.after] ?? captured[field.after])
    ) {
      const before = step.fields.find((f) => f.id === field.after)!;
      throw new DomainError(
        'STEP_PREREQUISITE',
        `Record "${before.label}" before "${field.label}".`,
      );
    }
  }
  return clean;
}
