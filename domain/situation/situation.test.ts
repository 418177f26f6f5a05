import { describe, expect, it } from 'vitest';
import { decide } from '../playbook/engine';
import { at, details, method, openedOn } from '../playbook/test-support';
import { DomainError } from '../shared/domain-error';
import { apply, changeDetails, openSituation, type SituationState } from './situation';

const ref = { id: method.id, version: method.version };

describe('a situation', () => {
  it('opens with a title alone, trimmed, on the playbook it was given, at its first step', () => {
    const event = openSituation('s1', { ...details, title: '  Cold soup  ' }, ref, {
      at: at(0),
      actorId: 'u1',
    });
    const state = apply(null, event, method);
    expect(state).toMatchObject({
      id: 's1',
      title: 'Cold soup',
      status: 'open',
      openedAt: at(0),
      resolvedAt: null,
      playbookId: method.id,
      playbookVersion: method.version,
      progress: { currentStep: 'listen', outcome: null, firstResponseAt: null },
    });
  });

  it('refuses a blank title', () => {
    expect(() =>
      openSituation('s1', { ...details, title: '   ' }, ref, { at: at(0), actorId: 'u1' }),
    ).toThrow(DomainError);
  });

  it('records only fields that really change', () => {
    const state = openedOn(method);
    expect(
      changeDetails(state, { title: details.title, mood: undefined }, { at: at(1), actorId: 'u1' }),
    ).toBeNull();
    const event = changeDetails(state, { mood: 'angry' }, { at: at(1), actorId: 'u1' });
    expect(event?.type === 'details_changed' && event.data.changes).toEqual({
      mood: { from: 'upset', to: 'angry' },
    });
  });

  it('cannot be edited once closed, but can be reopened and then edited', () => {
    let state: SituationState = openedOn(method);
    const move = (type: 'close' | 'reopen' | 'skip', minute: number) => {
      const action =
        type === 'skip'
          ? ({ type, step: 'follow_up', reason: 'Duplicate of #12' } as const)
          : ({ type } as const);
      const events = decide(state, action, {
        playbook: method,
        at: at(minute),
        actorId: 'u1',
        memberIds: null,
      });
      if (events instanceof DomainError) throw events;
      state = events.reduce((s, e) => apply(s, e, method), state);
    };
    move('skip', 1);
    move('close', 2);
    expect(() => changeDetails(state, { mood: 'calm' }, { at: at(3), actorId: 'u1' })).toThrow(
      expect.objectContaining({ code: 'SITUATION_CLOSED' }),
    );
    move('reopen', 4);
    expect(state.status).toBe('open');
    expect(changeDetails(state, { mood: 'calm' }, { at: at(5), actorId: 'u1' })).not.toBeNull();
  });
});
