import { builtInPlaybook, DEFAULT_PLAYBOOK_ID } from './builtin';
import {
  apply,
  openSituation,
  type SituationDetails,
  type SituationEvent,
  type SituationState,
} from '../situation/situation';
import { DomainError } from '../shared/domain-error';
import { decide, type DecideContext, type PlaybookAction } from './engine';
import type { Playbook, PlaybookField } from './schema';

/** Shared by the engine's tests: a fixed clock, an opened situation, valid captures. */
export const at = (minute: number) =>
  new Date(Date.UTC(2026, 0, 1, 12, 0) + minute * 60_000).toISOString();

export const method: Playbook = builtInPlaybook(DEFAULT_PLAYBOOK_ID)!;

export const details: SituationDetails = {
  title: 'Wrong dish served at table 4',
  account: null,
  channel: 'in_person',
  live: true,
  partyId: null,
  locationId: null,
  category: 'wrong_order',
  severity: 'medium',
  mood: 'upset',
  ownerId: 'u1',
};

export function openedOn(playbook: Playbook): SituationState {
  const event = openSituation(
    's1',
    details,
    { id: playbook.id, version: playbook.version },
    {
      at: at(0),
      actorId: 'u1',
    },
  );
  return apply(null, event, playbook);
}

/** A value every field of its type accepts. */
export function validValue(field: PlaybookField, when: string): unknown {
  switch (field.type) {
    case 'text':
    case 'long_text':
      return `${field.label} noted`;
    case 'choice':
      return field.choices![0]!.value;
    case 'multi_choice':
      return [field.choices![0]!.value];
    case 'list':
      return ['First thing done'];
    case 'options':
      return [
        {
          description: 'A fresh plate',
          cost: { minor: 1200, currency: 'EUR' },
          fit: 'They still want to eat',
        },
      ];
    case 'promises':
      return [{ what: 'Call back', due: when }];
    case 'tasks':
      return [{ what: 'Check the pass', who: 'u1', due: when }];
    case 'person':
      return 'u1';
    case 'money':
      return { minor: 500, currency: 'EUR' };
    case 'datetime':
      return when;
    case 'boolean':
      return true;
    case 'rating':
      return 4;
  }
}

/** Every field of a step, captured with valid values. */
export function fullCapture(playbook: Playbook, stepId: string, when = at(100)) {
  const step = playbook.steps.find((s) => s.id === stepId)!;
  return Object.fromEntries(step.fields.map((f) => [f.id, validValue(f, when)]));
}

/**
 * Decisions on a clock that moves a minute each time, by member u1 (u2 also exists):
 * `ctx` for a decision a test inspects, `act` for one that must be accepted, its events
 * applied (and handed to `onEvents`), `now` for the time of the last one.
 */
export function acting(onEvents: (events: SituationEvent[]) => void = () => undefined) {
  let minute = 0;
  const ctx = (extra: Partial<DecideContext> = {}): DecideContext => ({
    playbook: method,
    at: at(++minute),
    actorId: 'u1',
    memberIds: new Set(['u1', 'u2']),
    ...extra,
  });
  const act = (
    state: SituationState,
    action: PlaybookAction,
    extra?: Partial<DecideContext>,
  ): SituationState => {
    const events = decide(state, action, ctx(extra));
    if (events instanceof DomainError) throw new Error(`refused: ${events.code} ${events.message}`);
    onEvents(events);
    return events.reduce((s, e) => apply(s, e, method), state);
  };
  return { ctx, act, now: () => at(minute) };
}
