import { DomainError } from '../shared/domain-error';
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

export type SituationEvent =
  | (EventBase & { type: 'opened'; data: SituationDetails })
  | (EventBase & { type: 'details_changed'; data: { changes: DetailChanges } })
  | (EventBase & { type: 'resolved'; data: { note: string | null } })
  | (EventBase & { type: 'reopened'; data: { note: string | null } })
  | (EventBase & { type: 'closed'; data: { note: string | null } });

export type SituationEventType = SituationEvent['type'];

/** Who acts and when: the domain reads no clock, so both arrive from the caller. */
export interface ActContext {
  at: string;
  actorId: string | null;
}

export function openSituation(
  id: string,
  details: SituationDetails,
  ctx: ActContext,
): SituationEvent {
  const title = details.title.trim();
  if (title.length === 0) {
    throw new DomainError('VALIDATION', 'A situation needs a title.', [
      { path: 'title', message: 'Give the situation a short title.' },
    ]);
  }
  return { type: 'opened', situationId: id, ...ctx, data: { ...details, title } };
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

export type StatusMove = 'resolve' | 'reopen' | 'close';

const ALLOWED_FROM: Record<StatusMove, ReadonlyArray<Status>> = {
  resolve: ['open'],
  close: ['open', 'resolved'],
  reopen: ['resolved', 'closed'],
};

export function moveStatus(
  state: SituationState,
  move: StatusMove,
  note: string | null,
  ctx: ActContext,
): SituationEvent {
  if (!ALLOWED_FROM[move].includes(state.status)) {
    throw new DomainError(
      state.status === 'closed' ? 'SITUATION_CLOSED' : 'ILLEGAL_TRANSITION',
      `A situation that is ${state.status} cannot be ${PAST[move]}.`,
    );
  }
  const base = { situationId: state.id, ...ctx, data: { note } };
  switch (move) {
    case 'resolve':
      return { type: 'resolved', ...base };
    case 'reopen':
      return { type: 'reopened', ...base };
    case 'close':
      return { type: 'closed', ...base };
  }
}

const PAST: Record<StatusMove, string> = {
  resolve: 'resolved',
  reopen: 'reopened',
  close: 'closed',
};

/** Applies one event to the state it follows (null before the first event). */
export function apply(state: SituationState | null, event: SituationEvent): SituationState {
  if (event.type === 'opened') {
    return {
      id: event.situationId,
      ...event.data,
      status: 'open',
      openedAt: event.at,
      resolvedAt: null,
      closedAt: null,
      updatedAt: event.at,
      openedBy: event.actorId,
    };
  }
  if (state === null) throw new Error(`A ${event.type} event cannot come before "opened".`);
  switch (event.type) {
    case 'details_changed': {
      const next: SituationState = { ...state, updatedAt: event.at };
      const target = next as unknown as Record<string, unknown>;
      for (const [field, change] of Object.entries(event.data.changes)) {
        if (change) target[field] = change.to;
      }
      return next;
    }
    case 'resolved':
      return { ...state, status: 'resolved', resolvedAt: event.at, updatedAt: event.at };
    case 'reopened':
      return { ...state, status: 'open', resolvedAt: null, closedAt: null, updatedAt: event.at };
    case 'closed':
      return {
        ...state,
        status: 'closed',
        closedAt: event.at,
        updatedAt: event.at,
      };
  }
}

/** The state as a replay of every event, in order. */
export function project(events: ReadonlyArray<SituationEvent>): SituationState {
  let state: SituationState | null = null;
  for (const event of events) state = apply(state, event);
  if (state === null) throw new Error('A situation has at least its "opened" event.');
  return state;
}
