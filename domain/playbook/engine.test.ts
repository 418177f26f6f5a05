import { describe, expect, it } from 'vitest';
import { apply, type SituationState } from '../situation/situation';
import { DomainError } from '../shared/domain-error';
import { decide, type DecideContext, type PlaybookAction } from './engine';
import { stepStatus, timingsOf } from './progress';
import { acting, at, fullCapture, method, openedOn } from './test-support';

const { ctx, act } = acting();

/** The refusal an action must meet. */
function refusal(state: SituationState, action: PlaybookAction, extra?: Partial<DecideContext>) {
  const result = decide(state, action, ctx(extra));
  if (!(result instanceof DomainError)) throw new Error(`accepted: ${JSON.stringify(result)}`);
  return result;
}

const record = (step: string, data = fullCapture(method, step)): PlaybookAction => ({
  type: 'record',
  step,
  data,
});
const status = (state: SituationState, id: string) =>
  stepStatus(
    method.steps.find((s) => s.id === id)!,
    state.progress,
  );

function throughDiagnosis() {
  let s = openedOn(method);
  for (const step of ['listen', 'empathize', 'diagnose']) s = act(s, record(step));
  return s;
}

describe('the playbook engine on the default method', () => {
  it('refuses an apology before the root cause and whose it is are known, saying what to do first', () => {
    let s = act(openedOn(method), record('listen'));
    const refused = refusal(s, record('apologize', { apology: 'So sorry about your dish.' }));
    expect(refused.code).toBe('APOLOGY_BEFORE_DIAGNOSIS');
    expect(refused.message).toMatch(/root cause and whose it is first/);
    // The cause alone is not enough: whose it is matters for an honest apology.
    s = act(s, record('diagnose', { root_cause: 'The ticket was misread at the pass' }));
    expect(refusal(s, record('apologize', { apology: 'Sorry.' })).code).toBe(
      'APOLOGY_BEFORE_DIAGNOSIS',
    );
    s = act(s, record('diagnose', { cause_owner: 'ours' }));
    s = act(s, record('apologize', { apology: 'I am sorry we misread your order at the pass.' }));
    expect(status(s, 'apologize')).toBe('in_progress');
  });

  it('records the apology as offered, then accepted or declined, never the answer first', () => {
    let s = throughDiagnosis();
    expect(refusal(s, record('apologize', { response: 'accepted' })).code).toBe(
      'STEP_PREREQUISITE',
    );
    s = act(s, record('apologize', { apology: 'I am sorry we misread your order.' }));
    s = act(s, record('apologize', { response: 'declined' }));
    expect(status(s, 'apologize')).toBe('done');
    expect(s.progress.steps.apologize!.captures).toMatchObject({ response: 'declined' });
  });

  it('needs at least one option, each with its cost and why it fits, plus their proposal and the choice', () => {
    const s = throughDiagnosis();
    const base = { their_proposal: 'A fresh plate', chosen: 'A fresh plate' };
    expect(refusal(s, record('alternatives', { ...base, options: [] })).errors).toEqual([
      { path: 'data.options', message: 'Give at least 1 entry.' },
    ]);
    const noCost = refusal(
      s,
      record('alternatives', {
        ...base,
        options: [{ description: 'A fresh plate', fit: 'Hungry' }],
      }),
    );
    expect(noCost.errors?.[0]?.message).toMatch(/Option 1: Give the cost/);
    const noFit = refusal(
      s,
      record('alternatives', {
        ...base,
        options: [{ description: 'A fresh plate', cost: { minor: 900, currency: 'EUR' } }],
      }),
    );
    expect(noFit.errors?.[0]?.message).toBe('Option 1: say why it fits this person.');
    const partial = act(
      s,
      record('alternatives', { options: fullCapture(method, 'alternatives').options }),
    );
    expect(status(partial, 'alternatives')).toBe('in_progress');
    expect(status(act(partial, record('alternatives', base)), 'alternatives')).toBe('done');
  });

  it('gives every promise a deadline', () => {
    const s = throughDiagnosis();
    const refused = refusal(
      s,
      record('solve', { actions: ['New plate'], promises: [{ what: 'Call tomorrow' }] }),
    );
    expect(refused.code).toBe('VALIDATION');
    expect(refused.errors?.[0]).toEqual({
      path: 'data.promises',
      message: 'Promise 1: every promise needs a deadline (a date and time).',
    });
  });

  it('resolves only once it is solved, and closes only after the follow-up is done or skipped', () => {
    let s = throughDiagnosis();
    const unsolved = refusal(s, { type: 'resolve' });
    expect(unsolved.code).toBe('RESOLVE_WITHOUT_SOLUTION');
    expect(unsolved.message).toMatch(/Record "Solve it" first.*vent-only/);
    s = act(s, record('solve'));
    s = act(s, { type: 'resolve', reason: 'Fresh plate served' });
    expect(s).toMatchObject({ status: 'resolved', progress: { outcome: 'solved' } });
    expect(refusal(s, { type: 'close' }).code).toBe('CLOSE_WITHOUT_FOLLOW_UP');
    expect(refusal(s, { type: 'skip', step: 'follow_up', reason: '  ' }).code).toBe('VALIDATION');
    s = act(s, { type: 'skip', step: 'follow_up', reason: 'They left no way to reach them' });
    s = act(s, { type: 'close' });
    expect(s.status).toBe('closed');
  });

  it('accepts nothing but reopen once closed, and asks for a new follow-up after reopening', () => {
    let s = act(throughDiagnosis(), record('solve'));
    s = act(s, { type: 'resolve' });
    s = act(s, record('follow_up'));
    s = act(s, { type: 'close' });
    for (const action of [
      record('listen'),
      { type: 'skip', step: 'make_it_up', reason: 'n/a' },
      { type: 'resolve' },
      { type: 'close' },
      { type: 'vent_only' },
      { type: 'loop_back', step: 'listen' },
    ] as PlaybookAction[]) {
      expect(refusal(s, action).code).toBe('SITUATION_CLOSED');
    }
    s = act(s, { type: 'reopen', reason: 'The fix did not hold' });
    expect(s.status).toBe('open');
    expect(status(s, 'follow_up')).toBe('pending');
    expect(status(s, 'solve')).toBe('done');
  });

  it('lets a person who only wanted to vent be resolved after listening and empathy, recorded as such', () => {
    let s = act(openedOn(method), record('listen'));
    const early = refusal(s, { type: 'vent_only' });
    expect(early.code).toBe('VENT_ONLY_UNAVAILABLE');
    expect(early.message).toMatch(/"Show empathy"/);
    s = act(s, record('empathize'));
    s = act(s, { type: 'vent_only', reason: 'They wanted to be heard' });
    expect(s).toMatchObject({ status: 'resolved', progress: { outcome: 'vent_only' } });
    expect(status(s, 'diagnose')).toBe('not_needed');
    expect(status(s, 'make_it_up')).toBe('not_needed');
    expect(status(s, 'follow_up')).toBe('pending');
    expect(s.progress.currentStep).toBe('follow_up');
  });

  it('loops back only where the step allows, and comes forward again once the step is recorded', () => {
    let s = act(act(openedOn(method), record('listen')), record('empathize'));
    expect(s.progress.currentStep).toBe('diagnose');
    s = act(s, { type: 'loop_back', step: 'listen', reason: 'More of the story came out' });
    expect(s.progress.currentStep).toBe('listen');
    expect(status(s, 'listen')).toBe('in_progress');
    s = act(s, record('listen', { account: 'And the manager walked away from them.' }));
    expect(s.progress.currentStep).toBe('diagnose');
    s = act(s, record('diagnose'));
    s = act(s, record('alternatives'));
    const refused = refusal(s, { type: 'loop_back', step: 'listen' });
    expect(refused.code).toBe('LOOP_NOT_ALLOWED');
    expect(refused.message).toMatch(/does not loop back/);
  });

  it('skips only with a reason, and never the steps that cannot be skipped', () => {
    const s = openedOn(method);
    expect(refusal(s, { type: 'skip', step: 'listen', reason: 'busy' }).code).toBe(
      'STEP_NOT_SKIPPABLE',
    );
    const skipped = act(s, {
      type: 'skip',
      step: 'make_it_up',
      reason: 'They would be embarrassed',
    });
    expect(status(skipped, 'make_it_up')).toBe('skipped');
    expect(skipped.progress.steps.make_it_up!.skipReason).toBe('They would be embarrassed');
  });

  it('names unknown steps and fields in a 400-style validation error', () => {
    const s = openedOn(method);
    const step = refusal(s, record('dance', { x: 1 }));
    expect(step).toMatchObject({ code: 'VALIDATION', errors: [{ path: 'step' }] });
    const field = refusal(s, record('listen', { account: 'x', shoe_size: 42 }));
    expect(field.code).toBe('VALIDATION');
    expect(field.errors).toEqual([
      expect.objectContaining({
        path: 'data.shoe_size',
        message: expect.stringMatching(/no field "shoe_size"/),
      }),
    ]);
    expect(refusal(s, record('listen', {})).code).toBe('VALIDATION');
  });

  it('checks people against the team', () => {
    const s = throughDiagnosis();
    const due = at(500);
    const refused = refusal(
      s,
      record('communicate', { team_told: 'x', tasks: [{ what: 'Call', who: 'stranger', due }] }),
    );
    expect(refused.errors?.[0]?.message).toBe('Task 1: choose who in the team does it.');
  });

  it('leaves a seam for the empowerment policy on the make-it-up step', () => {
    const s = throughDiagnosis();
    const overLimit = new DomainError('FORBIDDEN', 'Over your limit: ask a manager.');
    expect(refusal(s, record('make_it_up'), { checkGesture: () => overLimit })).toBe(overLimit);
    expect(status(act(s, record('make_it_up'), { checkGesture: () => null }), 'make_it_up')).toBe(
      'done',
    );
  });

  it('times the first response, each step and the recovery from the events', () => {
    const s0 = openedOn(method); // opened at minute 0
    const first = decide(s0, record('listen'), { ...ctx(), at: at(3) });
    if (first instanceof DomainError) throw first;
    let s = first.reduce((st, e) => apply(st, e, method), s0);
    const step = (state: SituationState, action: PlaybookAction, minuteAt: number) => {
      const events = decide(state, action, { ...ctx(), at: at(minuteAt) });
      if (events instanceof DomainError) throw events;
      return events.reduce((st, e) => apply(st, e, method), state);
    };
    s = step(s, record('empathize'), 5);
    s = step(s, record('diagnose'), 15);
    s = step(s, record('solve'), 40);
    s = step(s, { type: 'resolve' }, 45);
    expect(timingsOf(s)).toEqual({ firstResponseMs: 3 * 60_000, recoveryMs: 45 * 60_000 });
    const ms = (id: string) => s.progress.steps[id]!.ms;
    expect([ms('listen'), ms('empathize'), ms('diagnose')]).toEqual(
      [3, 2, 10].map((m) => m * 60_000),
    );
    // Alternatives held the focus from minute 15 until solve moved it on at 40; make-it-up
    // has held it since.
    expect(ms('alternatives')).toBe(25 * 60_000);
    expect(s.progress).toMatchObject({ currentStep: 'make_it_up', currentSince: at(40) });
  });

  it('refuses an action stamped before the last change, so the timeline never runs backwards', () => {
    const s = act(openedOn(method), record('listen'));
    const result = decide(s, record('empathize'), { ...ctx(), at: at(-5) });
    expect(result).toBeInstanceOf(DomainError);
  });
});
