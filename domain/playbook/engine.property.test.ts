import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { apply, changeDetails, project, type SituationEvent } from '../situation/situation';
import { MOODS } from '../situation/vocabulary';
import { DomainError } from '../shared/domain-error';
import { BUILT_IN_PLAYBOOKS } from './builtin';
import { decide, type PlaybookAction } from './engine';
import { isCaptured, stepProgress } from './progress';
import type { Playbook } from './schema';
import { at, openedOn, validValue } from './test-support';

type Move =
  { kind: 'action'; action: PlaybookAction } | { kind: 'edit'; mood: (typeof MOODS)[number] };

/** Random actions over a playbook's steps: mostly well-formed, some not, in any order. */
function movesOver(playbook: Playbook): fc.Arbitrary<Move> {
  const stepIds = [...playbook.steps.map((s) => s.id), 'no_such_step'];
  const stepArb = fc.constantFrom(...stepIds);
  const reasonArb = fc.constantFrom('', '   ', 'Not needed here', null);
  const recordArb = fc
    .tuple(stepArb, fc.nat(), fc.boolean())
    .map(([stepId, pick, spoil]): PlaybookAction => {
      const step = playbook.steps.find((s) => s.id === stepId);
      if (!step || step.fields.length === 0)
        return { type: 'record', step: stepId, data: { x: 1 } };
      // A non-empty subset of the step's fields, sometimes with a value of the wrong type.
      const fields = step.fields.filter(
        (_, i) => (pick >> i) & 1 || i === pick % step.fields.length,
      );
      const data = Object.fromEntries(fields.map((f) => [f.id, validValue(f, at(1000))]));
      if (spoil) data[fields[0]!.id] = { nonsense: true };
      return { type: 'record', step: stepId, data };
    });
  return fc.oneof(
    { weight: 6, arbitrary: recordArb.map((action) => ({ kind: 'action' as const, action })) },
    {
      weight: 1,
      arbitrary: fc.tuple(stepArb, reasonArb).map(([step, reason]) => ({
        kind: 'action' as const,
        action: { type: 'skip', step, reason: reason ?? '' } as PlaybookAction,
      })),
    },
    {
      weight: 1,
      arbitrary: stepArb.map((step) => ({
        kind: 'action' as const,
        action: { type: 'loop_back', step } as PlaybookAction,
      })),
    },
    {
      weight: 2,
      arbitrary: fc
        .constantFrom('vent_only', 'resolve', 'reopen', 'close')
        .map((type) => ({ kind: 'action' as const, action: { type } as PlaybookAction })),
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom(...MOODS).map((mood) => ({ kind: 'edit' as const, mood })),
    },
  );
}

describe.each(BUILT_IN_PLAYBOOKS.map((p) => [p.key, p] as const))(
  'the engine on %s (property)',
  (_key, playbook) => {
    it('keeps its invariants over any sequence of actions', () => {
      fc.assert(
        fc.property(fc.array(movesOver(playbook), { maxLength: 40 }), (moves) => {
          let state = openedOn(playbook);
          let events: SituationEvent[] = [
            {
              type: 'opened',
              situationId: state.id,
              at: state.openedAt,
              actorId: 'u1',
              data: {
                title: state.title,
                account: state.account,
                channel: state.channel,
                live: state.live,
                partyId: state.partyId,
                locationId: state.locationId,
                category: state.category,
                severity: state.severity,
                mood: state.mood,
                ownerId: state.ownerId,
                playbook: { id: playbook.id, version: playbook.version },
              },
            },
          ];
          moves.forEach((move, i) => {
            const ctx = {
              playbook,
              at: at(i + 1),
              actorId: 'u2',
              memberIds: new Set(['u1', 'u2']),
            };
            const before = state;
            let produced: SituationEvent[] | DomainError;
            if (move.kind === 'edit') {
              try {
                const event = changeDetails(state, { mood: move.mood }, ctx);
                produced = event ? [event] : [];
              } catch (error) {
                produced = error as DomainError;
              }
            } else {
              produced = decide(state, move.action, ctx);
              // A closed situation accepts nothing but reopen.
              if (before.status === 'closed' && move.action.type !== 'reopen') {
                expect(produced).toBeInstanceOf(DomainError);
                expect((produced as DomainError).code).toBe('SITUATION_CLOSED');
              }
            }
            if (produced instanceof DomainError) {
              // A refusal changes nothing.
              expect(state).toBe(before);
              return;
            }
            for (const event of produced) {
              // No apology before a diagnosis: a guarded apology step is only ever recorded
              // once the cause and whose it is were captured.
              if (event.type === 'step_recorded') {
                const step = playbook.steps.find((s) => s.id === event.data.step)!;
                for (const guard of step.guards.filter(
                  (g) => g.code === 'APOLOGY_BEFORE_DIAGNOSIS',
                )) {
                  for (const need of guard.requires) {
                    expect(
                      isCaptured(stepProgress(state.progress, need.step).captures[need.field]),
                    ).toBe(true);
                  }
                }
              }
              // Every skip has a reason.
              if (event.type === 'step_skipped') expect(event.data.reason.trim()).not.toBe('');
              state = apply(state, event, playbook);
              events = [...events, event];
            }
          });
          // The projection equals a replay of the events.
          expect(project(events, playbook)).toEqual(state);
          // Timestamps never go backwards.
          for (let k = 1; k < events.length; k++) {
            expect(Date.parse(events[k]!.at)).toBeGreaterThanOrEqual(Date.parse(events[k - 1]!.at));
          }
          // Status and its times agree; closed situations have no step in focus.
          expect(state.status === 'closed').toBe(state.closedAt !== null);
          if (state.status === 'closed') expect(state.progress.currentStep).toBeNull();
          if (state.status !== 'open') expect(state.resolvedAt ?? state.closedAt).not.toBeNull();
        }),
        { numRuns: 300 },
      );
    });
  },
);
