import { advance, initialProgress, type Outcome, type Progress } from '../playbook/progress';
import type { Playbook } from '../playbook/schema';
import { DomainError } from '../shared/domain-error';
import { tasksAfterRecord, type SituationTask } from './follow-through';
import type { SurveyAnswer } from './survey';
import type { Channel, Mood, Severity, Status } from './vocabulary';

/** The editable description of a situation: everything staff may fill in or correct later. */
export interface SituationDetails {
  title: string;
  account: string | null;
  channel: Channel | null;
  live: boolean;
  partyId: string | null;
  locationId: string | null;
  category: string | null;
  severity: Severity | null;
  mood: Mood | null;
  ownerId: string | null;
}

export const DETAIL_FIELDS = [
  'title',
  'account',
  'channel',
  'live',
  'partyId',
  'locationId',
  'category',
  'severity',
  'mood',
  'ownerId',
] as const satisfies ReadonlyArray<keyof SituationDetails>;

/** A situation as the projection of its events. */
export interface SituationState extends SituationDetails {
  id: string;
  status: Status;
  openedAt: string;
  resolvedAt: string | null;
  closedAt: string | null;
  updatedAt: string;
  openedBy: string | null;
  /** The playbook version the situation started with; it keeps it to the end. */
  playbookId: string;
  playbookVersion: number;
  progress: Progress;
  /** Tasks for the team and promises to the person, from the steps that captured them. */
  tasks: SituationTask[];
  /** When the follow-up is due: set on resolving, cleared once it is recorded or skipped. */
  followUpDueAt: string | null;
}

type FieldChange<K extends keyof SituationDetails> = {
  from: SituationDetails[K];
  to: SituationDetails[K];
};
export type DetailChanges = { [K in keyof SituationDetails]?: FieldChange<K> };

interface EventBase {
  situationId: string;
  at: string;
  actorId: string | null;
}

export interface PlaybookRef {
  id: string;
  version: number;
}

/** What happened to a gesture, on the situation's timeline; the ledger holds the money. */
export type GestureEventType =
  | 'gesture_granted'
  | 'gesture_requested'
  | 'gesture_approved'
  | 'gesture_denied'
  | 'gesture_reversed';

export interface GestureEventData {
  gestureId: string;
  name: string;
  kind: string;
  amount: { minor: number; currency: string };
  reason: string;
  /** For a request: who may approve it and why it needs approval; for a decision, the note. */
  note: string | null;
}

/** A message in the conversation: from the person (in) or a reply of ours (out), as the coach read it. */
export interface MessageLoggedData {
  direction: 'in' | 'out';
  text: string;
  coach: {
    readiness: number;
    apology: string;
    empathy: boolean;
    blame: boolean;
    commitment: string;
    questions: { open: number; closed: number };
    mood: { label: string; intensity: number; cues: string[] };
    complaint: boolean;
  };
  /** For a reply sent by email: where it went and its Message-ID. */
  email?: { to: string; messageId: string };
  /** For a message that arrived by email: who sent it, its subject and Message-ID. */
  received?: {
    from: string;
    name: string | null;
    subject: string | null;
    messageId: string | null;
  };
  /** Files that came with it and were kept (download them by id). */
  attachments?: Array<{ id: string; filename: string; contentType: string; size: number }>;
  /** Files that came with it but were too large to keep. */
  attachmentsNotKept?: Array<{ filename: string; size: number }>;
}

export type SituationEvent =
  | (EventBase & { type: 'opened'; data: SituationDetails & { playbook: PlaybookRef } })
  | (EventBase & { type: 'details_changed'; data: { changes: DetailChanges } })
  | (EventBase & {
      type: 'playbook_changed';
      data: { from: PlaybookRef; to: PlaybookRef & { name: string }; reason: string };
    })
  | (EventBase & { type: 'step_recorded'; data: { step: string; data: Record<string, unknown> } })
  | (EventBase & { type: 'step_skipped'; data: { step: string; reason: string } })
  | (EventBase & {
      type: 'looped_back';
      data: { from: string | null; to: string; reason: string | null };
    })
  | (EventBase & { type: GestureEventType; data: GestureEventData })
  | (EventBase & { type: 'resolved'; data: { note: string | null; outcome: Outcome } })
  | (EventBase & { type: 'reopened'; data: { note: string | null } })
  | (EventBase & { type: 'closed'; data: { note: string | null } })
  | (EventBase & { type: 'message_logged'; data: MessageLoggedData })
  | (EventBase & { type: 'follow_up_scheduled'; data: { dueAt: string; note: string | null } })
  | (EventBase & { type: TaskEventType; data: { taskId: string; what: string } })
  | (EventBase & { type: 'survey_sent'; data: { surveyId: string; to: string | null } })
  | (EventBase & {
      type: 'survey_answered';
      data: SurveyAnswer & { surveyId: string; low: boolean };
    });

/** A task or promise was done, or turned out not to be after all. */
export type TaskEventType = 'task_done' | 'task_reopened';

export type SituationEventType = SituationEvent['type'];

/** Who acts and when: the domain reads no clock, so both arrive from the caller. */
export interface ActContext {
  at: string;
  actorId: string | null;
}

export function openSituation(
  id: string,
  details: SituationDetails,
  playbook: PlaybookRef,
  ctx: ActContext,
): SituationEvent {
  const title = details.title.trim();
  if (title.length === 0) {
    throw new DomainError('VALIDATION', 'A situation needs a title.', [
      { path: 'title', message: 'Give the situation a short title.' },
    ]);
  }
  return { type: 'opened', situationId: id, ...ctx, data: { ...details, title, playbook } };
}

/**
 * Records what changed. Returns null when nothing actually differs, so a form saved twice
 * does not litter the timeline.
 */
export function changeDetails(
  state: SituationState,
  patch: Partial<SituationDetails>,
  ctx: ActContext,
): SituationEvent | null {
  if (state.status === 'closed') {
    throw new DomainError(
      'SITUATION_CLOSED',
      'This situation is closed. Reopen it before changing its details.',
    );
  }
  if (patch.title !== undefined && patch.title.trim().length === 0) {
    throw new DomainError('VALIDATION', 'A situation needs a title.', [
      { path: 'title', message: 'The title cannot be empty.' },
    ]);
  }
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const field of DETAIL_FIELDS) {
    if (!(field in patch) || patch[field] === undefined) continue;
    const to = field === 'title' ? (patch.title as string).trim() : patch[field];
    if (to !== state[field]) changes[field] = { from: state[field], to };
  }
  if (Object.keys(changes).length === 0) return null;
  return {
    type: 'details_changed',
    situationId: state.id,
    ...ctx,
    data: { changes: changes as DetailChanges },
  };
}

/**
 * A situation opened before its category was known starts on the organisation's default;
 * once the category is set, it moves to that category's playbook, but only while nothing has
 * been recorded on the first one. Returns null when there is nothing to change.
 */
export function switchPlaybook(
  state: SituationState,
  to: Playbook,
  reason: string,
  ctx: ActContext,
): SituationEvent | null {
  if (state.playbookId === to.id && state.playbookVersion === to.version) return null;
  const untouched =
    state.progress.firstResponseAt === null &&
    Object.values(state.progress.steps).every(
      (s) => Object.keys(s.captures).length === 0 && s.skipReason === null,
    );
  if (!untouched || state.status !== 'open') return null;
  return {
    type: 'playbook_changed',
    situationId: state.id,
    ...ctx,
    data: {
      from: { id: state.playbookId, version: state.playbookVersion },
      to: { id: to.id, version: to.version, name: to.name },
      reason,
    },
  };
}

/** Applies one event to the state it follows (null before the first event). */
export function apply(
  state: SituationState | null,
  event: SituationEvent,
  playbook: Playbook,
): SituationState {
  if (event.type === 'opened') {
    const { playbook: ref, ...details } = event.data;
    // Each detail by name rather than spread: V8 builds a literal that adds keys after a
    // spread slowly, and this runs for every situation opened and every timeline replayed.
    return {
      id: event.situationId,
      title: details.title,
      account: details.account,
      channel: details.channel,
      live: details.live,
      partyId: details.partyId,
      locationId: details.locationId,
      category: details.category,
      severity: details.severity,
      mood: details.mood,
      ownerId: details.ownerId,
      status: 'open',
      openedAt: event.at,
      resolvedAt: null,
      closedAt: null,
      updatedAt: event.at,
      openedBy: event.actorId,
      playbookId: ref.id,
      playbookVersion: ref.version,
      progress: initialProgress(playbook, event.at),
      tasks: [],
      followUpDueAt: null,
    };
  }
  if (state === null) throw new Error(`A ${event.type} event cannot come before "opened".`);
  if (event.type === 'playbook_changed') {
    // `playbook` is the one switched to: the situation starts on it from its first step.
    return {
      ...state,
      updatedAt: event.at,
      playbookId: event.data.to.id,
      playbookVersion: event.data.to.version,
      progress: initialProgress(playbook, event.at),
    };
  }
  const next: SituationState = { ...state, updatedAt: event.at };
  switch (event.type) {
    case 'details_changed': {
      const target = next as unknown as Record<string, unknown>;
      for (const [field, change] of Object.entries(event.data.changes)) {
        if (change) target[field] = change.to;
      }
      break;
    }
    case 'resolved':
      next.status = 'resolved';
      next.resolvedAt = event.at;
      break;
    case 'reopened':
      next.status = 'open';
      next.resolvedAt = null;
      next.closedAt = null;
      next.followUpDueAt = null;
      break;
    case 'closed':
      next.status = 'closed';
      next.closedAt = event.at;
      next.followUpDueAt = null;
      break;
    case 'step_recorded': {
      const step = playbook.steps.find((s) => s.id === event.data.step);
      if (step) {
        next.tasks = tasksAfterRecord(state.tasks, step, event.data.data, event.at);
        if (step.marks.includes('follow_up')) next.followUpDueAt = null;
      }
      break;
    }
    case 'step_skipped':
      if (playbook.steps.find((s) => s.id === event.data.step)?.marks.includes('follow_up'))
        next.followUpDueAt = null;
      break;
    case 'follow_up_scheduled':
      next.followUpDueAt = event.data.dueAt;
      break;
    case 'task_done':
    case 'task_reopened': {
      const done = event.type === 'task_done';
      next.tasks = state.tasks.map((t) =>
        t.id === event.data.taskId
          ? { ...t, doneAt: done ? event.at : null, doneBy: done ? event.actorId : null }
          : t,
      );
      break;
    }
    case 'looped_back':
    case 'gesture_granted':
    case 'gesture_requested':
    case 'gesture_approved':
    case 'gesture_denied':
    case 'gesture_reversed':
    case 'message_logged':
    case 'survey_sent':
    case 'survey_answered':
      break;
  }
  next.progress = advance(state.progress, event, playbook, next.status === 'closed');
  return next;
}

/** The state as a replay of every event, in order. */
export function project(events: ReadonlyArray<SituationEvent>, playbook: Playbook): SituationState {
  let state: SituationState | null = null;
  for (const event of events) state = apply(state, event, playbook);
  if (state === null) throw new Error('A situation has at least its "opened" event.');
  return state;
}
