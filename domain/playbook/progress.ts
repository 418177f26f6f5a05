import type { SituationEvent } from '../situation/situation';
import type { Playbook, PlaybookStep } from './schema';

/**
 * Where a situation stands in its playbook, derived from its events alone: what each step
 * captured or why it was skipped, the step in focus, how long each step held the focus, and
 * the outcome. It is part of the situation's projection, so a replay of the events rebuilds it.
 */
export interface Progress {
  /** Only the steps something happened to: a missing step is untouched (see stepProgress). */
  steps: Record<string, StepProgress>;
  /** Set by a loop back: the step returned to, until it is recorded or skipped. */
  focus: string | null;
  currentStep: string | null;
  /** When the current step took the focus; time in a step is counted from here. */
  currentSince: string | null;
  outcome: Outcome | null;
  /** The first thing staff recorded after opening: the start of the response. */
  firstResponseAt: string | null;
}

export type Outcome = 'solved' | 'vent_only';

export interface StepProgress {
  captures: Record<string, unknown>;
  skipReason: string | null;
  /** Milliseconds this step has held the focus, over completed spans. */
  ms: number;
}

export type StepStatus = 'pending' | 'in_progress' | 'done' | 'skipped' | 'not_needed';

const UNTOUCHED: StepProgress = Object.freeze({ captures: {}, skipReason: null, ms: 0 });

/**
 * A step's progress. Untouched steps are not stored, which keeps the cached projection small
 * on the situations row the inbox reads.
 */
export function stepProgress(progress: Progress, stepId: string): StepProgress {
  return progress.steps[stepId] ?? UNTOUCHED;
}

export function initialProgress(playbook: Playbook, at: string): Progress {
  return {
    steps: {},
    focus: null,
    currentStep: playbook.steps[0]!.id,
    currentSince: at,
    outcome: null,
    firstResponseAt: null,
  };
}

/** Whether a value counts as captured: lists need their minimum number of entries. */
export function isCaptured(value: unknown, minItems = 1): boolean {
  if (value === undefined || value === null || value === '') return false;
  if (Array.isArray(value)) return value.length >= minItems;
  return true;
}

export function isComplete(step: PlaybookStep, captures: Record<string, unknown>): boolean {
  const required = step.fields.filter((f) => f.required);
  if (required.length === 0) return Object.keys(captures).length > 0;
  return required.every((f) => isCaptured(captures[f.id], f.minItems));
}

export function stepStatus(step: PlaybookStep, progress: Progress): StepStatus {
  const own = stepProgress(progress, step.id);
  if (own.skipReason !== null) return 'skipped';
  if (progress.focus !== step.id && isComplete(step, own.captures)) return 'done';
  if (progress.focus === step.id || Object.keys(own.captures).length > 0) return 'in_progress';
  if (progress.outcome === 'vent_only' && !step.marks.includes('follow_up')) return 'not_needed';
  return 'pending';
}

const isOpen = (step: PlaybookStep, progress: Progress) => {
  const status = stepStatus(step, progress);
  return status === 'pending' || status === 'in_progress';
};

/** The first step still to do from position `from` on, coming round to the start. */
function nextOpen(playbook: Playbook, progress: Progress, from: number): string | null {
  const { steps } = playbook;
  for (let k = 0; k < steps.length; k++) {
    const step = steps[(from + k) % steps.length]!;
    if (isOpen(step, progress)) return step.id;
  }
  return null;
}

/**
 * The step in focus follows the work: the step looped back to; the step just worked on while
 * it is incomplete; else the next step still to do after it. Steps passed over stay to do,
 * and the focus comes back to them once the later ones are done.
 */
function currentStepOf(
  playbook: Playbook,
  progress: Progress,
  event: SituationEvent,
  closed: boolean,
): string | null {
  if (closed) return null;
  if (progress.focus) return progress.focus;
  const indexOf = (id: string | null) => playbook.steps.findIndex((s) => s.id === id);
  if (event.type === 'step_recorded' || event.type === 'step_skipped') {
    const i = indexOf(event.data.step);
    return isOpen(playbook.steps[i]!, progress)
      ? event.data.step
      : nextOpen(playbook, progress, i + 1);
  }
  const current = indexOf(progress.currentStep);
  if (current >= 0 && isOpen(playbook.steps[current]!, progress)) return progress.currentStep;
  return nextOpen(playbook, progress, current + 1);
}

/** Applies one event to the progress it follows. */
export function advance(
  progress: Progress,
  event: SituationEvent,
  playbook: Playbook,
  closedAfter: boolean,
): Progress {
  const next: Progress = { ...progress, steps: { ...progress.steps } };
  const touch = (stepId: string, change: Partial<StepProgress>) => {
    next.steps[stepId] = { ...stepProgress(next, stepId), ...change };
  };
  const responded = () => {
    next.firstResponseAt ??= event.at;
  };
  switch (event.type) {
    case 'step_recorded': {
      const own = stepProgress(next, event.data.step);
      touch(event.data.step, {
        captures: { ...own.captures, ...event.data.data },
        skipReason: null,
      });
      const step = playbook.steps.find((s) => s.id === event.data.step)!;
      if (next.focus === step.id && isComplete(step, stepProgress(next, step.id).captures))
        next.focus = null;
      responded();
      break;
    }
    case 'step_skipped':
      touch(event.data.step, { skipReason: event.data.reason });
      if (next.focus === event.data.step) next.focus = null;
      responded();
      break;
    case 'looped_back':
      next.focus = event.data.to;
      responded();
      break;
    case 'resolved':
      next.outcome = event.data.outcome;
      next.focus = null;
      break;
    case 'reopened':
      // The follow-up is done again after a reopening: the last one checked a fix that did
      // not hold. What it found stays in the timeline.
      next.outcome = null;
      for (const step of playbook.steps) {
        if (step.marks.includes('follow_up') && next.steps[step.id])
          touch(step.id, { captures: {}, skipReason: null });
      }
      break;
    case 'message_logged':
      // A reply of ours is a response, whichever step it was written in.
      if (event.data.direction === 'out') responded();
      break;
    case 'opened':
    case 'details_changed':
    case 'playbook_changed':
    case 'closed':
    case 'gesture_granted':
    case 'gesture_requested':
    case 'gesture_approved':
    case 'gesture_denied':
    case 'gesture_reversed':
    case 'follow_up_scheduled':
    case 'task_done':
    case 'task_reopened':
    case 'survey_sent':
    case 'survey_answered':
      break;
  }
  const current = currentStepOf(playbook, next, event, closedAfter);
  if (current !== progress.currentStep) {
    if (progress.currentStep && progress.currentSince) {
      const spent = Date.parse(event.at) - Date.parse(progress.currentSince);
      touch(progress.currentStep, {
        ms: stepProgress(next, progress.currentStep).ms + Math.max(0, spent),
      });
    }
    next.currentStep = current;
    next.currentSince = current ? event.at : null;
  }
  return next;
}

export interface Timings {
  /** Opened → the first step recorded, skipped or looped back. */
  firstResponseMs: number | null;
  /** Opened → resolved; null while unresolved. */
  recoveryMs: number | null;
}

/**
 * Timings come from the events alone, so a situation reads the same until something happens
 * to it. Time in each step is on its progress (completed spans); the current step's running
 * span starts at `currentSince`.
 */
export function timingsOf(state: {
  openedAt: string;
  resolvedAt: string | null;
  progress: Progress;
}): Timings {
  const opened = Date.parse(state.openedAt);
  const { firstResponseAt } = state.progress;
  return {
    firstResponseMs: firstResponseAt ? Date.parse(firstResponseAt) - opened : null,
    recoveryMs: state.resolvedAt ? Date.parse(state.resolvedAt) - opened : null,
  };
}
