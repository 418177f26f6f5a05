import { describe, expect, it } from 'vitest';
import { decide, type PlaybookAction } from '../playbook/engine';
import { acting, at, details, method, openedOn } from '../playbook/test-support';
import { DomainError } from '../shared/domain-error';
import { DUE_SOON_MS, urgencyOf } from './follow-through';
import { openSituation, project, type SituationEvent } from './situation';

const history: SituationEvent[] = [];
const { ctx, act, now } = acting((events) => history.push(...events));

const communicate = (tasks: Array<{ what: string; who: string; due: string }>): PlaybookAction => ({
  type: 'record',
  step: 'communicate',
  data: { team_told: 'The pass reads tickets back', tasks },
});

describe('tasks and promises', () => {
  it('says how urgent a task is: overdue, due within a day, later, or done', () => {
    const now = '2026-03-01T12:00:00.000Z';
    const inMs = (ms: number) => new Date(Date.parse(now) + ms).toISOString();
    expect(urgencyOf(inMs(-1), null, now)).toBe('overdue');
    expect(urgencyOf(inMs(0), null, now)).toBe('due_soon');
    expect(urgencyOf(inMs(DUE_SOON_MS), null, now)).toBe('due_soon');
    expect(urgencyOf(inMs(DUE_SOON_MS + 1), null, now)).toBe('later');
    expect(urgencyOf(inMs(-1), now, now)).toBe('done');
  });

  it('tracks captured tasks; recording the step again keeps done work done and replaces the rest', () => {
    history.length = 0;
    let s = openedOn(method);
    s = act(
      s,
      communicate([
        { what: 'Re-label the pass', who: 'u2', due: at(60) },
        { what: 'Brief the evening shift', who: 'u1', due: at(120) },
      ]),
    );
    expect(s.tasks.map((t) => [t.kind, t.what, t.who])).toEqual([
      ['task', 'Re-label the pass', 'u2'],
      ['task', 'Brief the evening shift', 'u1'],
    ]);
    const relabel = s.tasks[0]!;
    s = act(s, { type: 'complete_task', taskId: relabel.id }, { actorId: 'u2' });
    expect(s.tasks[0]).toMatchObject({ doneBy: 'u2', doneAt: now() });

    s = act(
      s,
      communicate([
        { what: 'Re-label the pass', who: 'u2', due: at(60) },
        { what: 'Brief both shifts', who: 'u1', due: at(150) },
      ]),
    );
    expect(s.tasks.map((t) => [t.what, t.id === relabel.id, !!t.doneAt])).toEqual([
      ['Re-label the pass', true, true],
      ['Brief both shifts', false, false],
    ]);
    // The projection is a replay: the same history always gives the same tasks and ids.
    const opened = openSituation(
      s.id,
      details,
      { id: method.id, version: method.version },
      { at: at(0), actorId: 'u1' },
    );
    const replayed = project([opened, ...history], method);
    expect(replayed.tasks).toEqual(s.tasks);
  });

  it('refuses to tick off a task twice, or one that does not exist', () => {
    let s = act(
      openedOn(method),
      communicate([{ what: 'Call the supplier', who: 'u1', due: at(30) }]),
    );
    s = act(s, { type: 'complete_task', taskId: s.tasks[0]!.id });
    const twice = decide(s, { type: 'complete_task', taskId: s.tasks[0]!.id }, ctx());
    expect(twice).toBeInstanceOf(DomainError);
    expect((twice as DomainError).code).toBe('ILLEGAL_TRANSITION');
    const unknown = decide(s, { type: 'reopen_task', taskId: 'nope' }, ctx());
    expect((unknown as DomainError).code).toBe('NOT_FOUND');
  });
});
