import { decide as decideStep } from '../../domain/playbook/engine';
import type { GestureEventType, SituationEvent } from '../../domain/situation/situation';
import type { GestureRecord, LedgerType } from '../storage/queries/gestures';
import type { SituationRecord } from '../storage/records';
import type { Store } from '../storage/store';
import type { Deps } from './deps';
import { loadPlaybook } from './load-playbook';
import { recordSituationEvent } from './record-situation-event';

/**
 * Writes what happened to a gesture everywhere it shows: an immutable ledger entry, the
 * situation's timeline, and, once it is granted, the make-it-up step of the playbook.
 */
export async function recordGesture(
  deps: Deps,
  store: Store,
  situation: SituationRecord,
  gesture: GestureRecord,
  what: {
    ledger: LedgerType;
    event: GestureEventType;
    actorId: string;
    at: string;
    note: string | null;
  },
): Promise<SituationRecord> {
  await store.gestures.appendLedger({
    id: deps.newId(),
    organizationId: gesture.organizationId,
    gestureId: gesture.id,
    situationId: gesture.situationId,
    locationId: gesture.locationId,
    type: what.ledger,
    actorId: what.actorId,
    requesterId: gesture.requesterId,
    kind: gesture.kind,
    name: gesture.name,
    amount: gesture.amount,
    currency: gesture.currency,
    reason:
      what.ledger === 'granted' || what.ledger === 'approval_requested'
        ? gesture.reason
        : (what.note ?? ''),
    at: what.at,
  });
  const event: SituationEvent = {
    type: what.event,
    situationId: situation.id,
    at: what.at,
    actorId: what.actorId,
    data: {
      gestureId: gesture.id,
      name: gesture.name,
      kind: gesture.kind,
      amount: { minor: gesture.amount, currency: gesture.currency },
      reason: gesture.reason,
      note: what.note,
    },
  };
  let next = await recordSituationEvent(deps, store, situation, event);
  if (what.event === 'gesture_granted' || what.event === 'gesture_approved') {
    next = await fillGestureStep(deps, store, next, gesture, what.actorId, what.at);
  }
  return next;
}

/**
 * The playbook's gesture step (the method's "make it up") records what was granted: its
 * `gesture`, `value` and `fit` fields, where the step has them. A playbook without such a
 * step keeps the gesture on the timeline only.
 */
async function fillGestureStep(
  deps: Deps,
  store: Store,
  situation: SituationRecord,
  gesture: GestureRecord,
  actorId: string,
  at: string,
): Promise<SituationRecord> {
  const playbook = await loadPlaybook(store, {
    id: situation.playbookId,
    version: situation.playbookVersion,
  });
  const step = playbook.steps.find((s) => s.marks.includes('gesture'));
  if (!step) return situation;
  const values: Record<string, unknown> = {
    gesture: gesture.name,
    value: { minor: gesture.amount, currency: gesture.currency },
    fit: gesture.reason,
  };
  const data = Object.fromEntries(
    step.fields.filter((f) => f.id in values).map((f) => [f.id, values[f.id]]),
  );
  if (Object.keys(data).length === 0) return situation;
  const events = decideStep(
    situation,
    { type: 'record', step: step.id, data },
    {
      playbook,
      at,
      actorId,
      memberIds: null,
    },
  );
  // The gesture stands even where the step cannot take it (a closed situation, a custom
  // field of another type): the ledger and the timeline have it.
  if (!Array.isArray(events)) return situation;
  let next = situation;
  for (const event of events) next = await recordSituationEvent(deps, store, next, event);
  return next;
}
