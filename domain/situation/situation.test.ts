import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../shared/domain-error';
import {
  apply,
  changeDetails,
  moveStatus,
  openSituation,
  project,
  type SituationDetails,
  type SituationEvent,
  type SituationState,
  type StatusMove,
} from './situation';
import { CHANNELS, MOODS, SEVERITIES } from './vocabulary';

const details: SituationDetails = {
  title: 'Cold soup',
  account: null,
  channel: null,
  live: false,
  partyId: null,
  locationId: null,
  category: null,
  severity: null,
  mood: null,
  ownerId: 'u1',
};
const at = (minute: number) => new Date(Date.UTC(2026, 0, 1, 12, minute)).toISOString();

function opened(): { state: SituationState; events: SituationEvent[] } {
  const event = openSituation('s1', details, { at: at(0), actorId: 'u1' });
  return { state: apply(null, event), events: [event] };
}

describe('a situation', () => {
  it('opens with a title alone, trimmed, as an open situation', () => {
    const event = openSituation(
      's1',
      { ...details, title: '  Cold soup  ' },
      { at: at(0), actorId: 'u1' },
    );
    const state = apply(null, event);
    expect(state).toMatchObject({
      id: 's1',
      title: 'Cold soup',
      status: 'open',
      openedAt: at(0),
      resolvedAt: null,
    });
  });

  it('refuses a blank title', () => {
    expect(() =>
      openSituation('s1', { ...details, title: '   ' }, { at: at(0), actorId: 'u1' }),
    ).toThrow(DomainError);
  });

  it('records only fields that really change', () => {
    const { state } = opened();
    expect(
      changeDetails(state, { title: 'Cold soup', mood: undefined }, { at: at(1), actorId: 'u1' }),
    ).toBeNull();
    const event = changeDetails(
      state,
      { mood: 'angry', title: 'Cold soup' },
      { at: at(1), actorId: 'u1' },
    );
    expect(event?.type).toBe('details_changed');
    expect(event?.type === 'details_changed' && event.data.changes).toEqual({
      mood: { from: null, to: 'angry' },
    });
  });

  it('cannot be edited once closed, but can be reopened and then edited', () => {
    let { state } = opened();
    state = apply(state, moveStatus(state, 'close', 'done', { at: at(1), actorId: 'u1' }));
    expect(() => changeDetails(state, { mood: 'calm' }, { at: at(2), actorId: 'u1' })).toThrow(
      expect.objectContaining({ code: 'SITUATION_CLOSED' }),
    );
    state = apply(state, moveStatus(state, 'reopen', null, { at: at(2), actorId: 'u1' }));
    expect(state.status).toBe('open');
    expect(changeDetails(state, { mood: 'calm' }, { at: at(3), actorId: 'u1' })).not.toBeNull();
  });

  it('refuses moves that make no sense from the current status', () => {
    const { state } = opened();
    expect(() => moveStatus(state, 'reopen', null, { at: at(1), actorId: 'u1' })).toThrow(
      expect.objectContaining({ code: 'ILLEGAL_TRANSITION' }),
    );
    const resolved = apply(state, moveStatus(state, 'resolve', null, { at: at(1), actorId: 'u1' }));
    expect(resolved.resolvedAt).toBe(at(1));
    expect(() => moveStatus(resolved, 'resolve', null, { at: at(2), actorId: 'u1' })).toThrow(
      expect.objectContaining({ code: 'ILLEGAL_TRANSITION' }),
    );
  });
});

type Step = { kind: 'edit'; patch: Partial<SituationDetails> } | { kind: 'move'; move: StatusMove };

const patchArb: fc.Arbitrary<Partial<SituationDetails>> = fc.record(
  {
    title: fc.string({ minLength: 1, maxLength: 20 }).filter((t) => t.trim().length > 0),
    account: fc.option(fc.string({ maxLength: 30 }), { nil: null }),
    channel: fc.option(fc.constantFrom(...CHANNELS), { nil: null }),
    live: fc.boolean(),
    severity: fc.option(fc.constantFrom(...SEVERITIES), { nil: null }),
    mood: fc.option(fc.constantFrom(...MOODS), { nil: null }),
    ownerId: fc.option(fc.constantFrom('u1', 'u2'), { nil: null }),
  },
  { requiredKeys: [] },
);

const stepArb: fc.Arbitrary<Step> = fc.oneof(
  patchArb.map((patch) => ({ kind: 'edit' as const, patch })),
  fc
    .constantFrom<StatusMove>('resolve', 'reopen', 'close')
    .map((move) => ({ kind: 'move' as const, move })),
);

describe('the projection (property)', () => {
  it('the cached state always equals a replay of the events, and refused actions change nothing', () => {
    fc.assert(
      fc.property(fc.array(stepArb, { maxLength: 30 }), (steps) => {
        let { state, events } = opened();
        steps.forEach((step, i) => {
          const ctx = { at: at(i + 1), actorId: 'u2' };
          const before = state;
          try {
            const event =
              step.kind === 'edit'
                ? changeDetails(state, step.patch, ctx)
                : moveStatus(state, step.move, null, ctx);
            if (event) {
              events = [...events, event];
              state = apply(state, event);
            }
          } catch (error) {
            expect(error).toBeInstanceOf(DomainError);
            expect(state).toBe(before);
          }
          expect(project(events)).toEqual(state);
          // Times never go backwards along the timeline.
          for (let k = 1; k < events.length; k++)
            expect(events[k]!.at >= events[k - 1]!.at).toBe(true);
          // Status and its timestamps agree.
          expect(state.status === 'closed').toBe(state.closedAt !== null);
          if (state.status === 'resolved') expect(state.resolvedAt).not.toBeNull();
        });
      }),
    );
  });
});
