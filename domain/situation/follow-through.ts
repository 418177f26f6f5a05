import type { PlaybookStep } from '../playbook/schema';

/**
 * What was promised and who must do what: the tasks and promises captured in the solve and
 * communicate steps (METHOD.md, steps 6 and 8), tracked until they are done, and the
 * follow-up that checks the fix held (step 9).
 */
export interface SituationTask {
  /** Unique within its situation. */
  id: string;
  /** A task is the team's work; a promise is what we told the person. */
  kind: 'task' | 'promise';
  what: string;
  /** The member who does a task; a promise is its situation owner's to keep. */
  who: string | null;
  due: string;
  /** The step and field that captured it. */
  step: string;
  field: string;
  doneAt: string | null;
  doneBy: string | null;
}

/** A promise or task due within this window is about to be broken: its owner should act now. */
export const DUE_SOON_MS = 24 * 60 * 60 * 1000;

/** Whoever must keep a promise or do a task hears about it this long before it is due. */
export const REMIND_BEFORE_MS = 60 * 60 * 1000;

/** How long after resolving the follow-up falls due, when the organisation has not said. */
export const DEFAULT_FOLLOW_UP_AFTER_HOURS = 48;

export type Urgency = 'done' | 'overdue' | 'due_soon' | 'later';

export function urgencyOf(due: string, doneAt: string | null, now: string): Urgency {
  if (doneAt) return 'done';
  const left = Date.parse(due) - Date.parse(now);
  if (left < 0) return 'overdue';
  return left <= DUE_SOON_MS ? 'due_soon' : 'later';
}

export function followUpDueAfter(resolvedAt: string, hours: number): string {
  return new Date(Date.parse(resolvedAt) + hours * 60 * 60 * 1000).toISOString();
}

const KIND_OF_FIELD = { tasks: 'task', promises: 'promise' } as const;

interface CapturedEntry {
  id?: string;
  what: string;
  who?: string;
  due: string;
}

/**
 * The id an entry gets when it is first recorded. Derived, not drawn at random, so a replay
 * of the timeline gives every task the id it had, including entries recorded before tasks
 * carried ids.
 */
function entryId(step: string, field: string, index: number, at: string): string {
  return `${step}.${field}.${index}.${Date.parse(at).toString(36)}`;
}

function sameEntry(task: SituationTask, kind: SituationTask['kind'], entry: CapturedEntry) {
  return (
    task.kind === kind &&
    task.what === entry.what &&
    task.due === entry.due &&
    task.who === (entry.who ?? null)
  );
}

/**
 * Gives each task and promise in a step's capture its id. Recording the step again with an
 * entry it already holds keeps that entry's id, so what was done stays done.
 */
export function identifyEntries(
  step: PlaybookStep,
  data: Record<string, unknown>,
  existing: ReadonlyArray<SituationTask>,
  at: string,
): Record<string, unknown> {
  let result = data;
  for (const field of step.fields) {
    if (field.type !== 'tasks' && field.type !== 'promises') continue;
    const entries = data[field.id];
    if (!Array.isArray(entries)) continue;
    const kind = KIND_OF_FIELD[field.type];
    const taken = new Set<string>();
    const identified = (entries as CapturedEntry[]).map((entry, index) => {
      const match = existing.find(
        (t) =>
          t.step === step.id &&
          t.field === field.id &&
          !taken.has(t.id) &&
          sameEntry(t, kind, entry),
      );
      const id = match?.id ?? entryId(step.id, field.id, index, at);
      taken.add(id);
      return { ...entry, id };
    });
    result = { ...result, [field.id]: identified };
  }
  return result;
}

/**
 * The tasks after a step is recorded: the step's open entries give way to what it captured
 * now; entries already done stay, as history of what was kept.
 */
export function tasksAfterRecord(
  tasks: ReadonlyArray<SituationTask>,
  step: PlaybookStep,
  data: Record<string, unknown>,
  at: string,
): SituationTask[] {
  const fields = step.fields.filter(
    (f) => (f.type === 'tasks' || f.type === 'promises') && Array.isArray(data[f.id]),
  );
  if (!fields.length) return tasks as SituationTask[];
  const replaced = new Set(fields.map((f) => f.id));
  const next = tasks.filter((t) => t.doneAt || t.step !== step.id || !replaced.has(t.field));
  for (const field of fields) {
    const kind = KIND_OF_FIELD[field.type as keyof typeof KIND_OF_FIELD];
    (data[field.id] as CapturedEntry[]).forEach((entry, index) => {
      const id = entry.id ?? entryId(step.id, field.id, index, at);
      if (next.some((t) => t.id === id)) return;
      next.push({
        id,
        kind,
        what: entry.what,
        who: kind === 'task' ? (entry.who ?? null) : null,
        due: entry.due,
        step: step.id,
        field: field.id,
        doneAt: null,
        doneBy: null,
      });
    });
  }
  return next;
}

/** When to remind someone of a task or promise: an hour before it is due. */
export function reminderTime(due: string): string {
  return new Date(Date.parse(due) - REMIND_BEFORE_MS).toISOString();
}
