import { requirePermission } from '../../domain/access/permissions';
import type { GestureRecord } from '../storage/queries/gestures';
import { nowIso, type Actor, type Deps } from './deps';
import { pendingGesture } from './find-pending-gesture';
import { loadSituation } from './load-situation';
import { recordGesture } from './record-gesture';

/** An approver says no, with a note the requester sees. */
export async function denyGesture(deps: Deps, actor: Actor, id: string, note: string | null) {
  requirePermission(actor.role, 'gestures.approve');
  return deps.storage.transaction(async (store) => {
    const gesture = await pendingGesture(store, actor, id);
    const situation = await loadSituation(store, actor.organizationId, gesture.situationId);
    const at = nowIso(deps);
    const denied: GestureRecord = {
      ...gesture,
      status: 'denied',
      decidedBy: actor.userId,
      decisionNote: note,
      updatedAt: at,
    };
    await store.gestures.updateGesture(denied);
    const next = await recordGesture(deps, store, situation, denied, {
      ledger: 'denied',
      event: 'gesture_denied',
      actorId: actor.userId,
      at,
      note,
    });
    return { gesture: denied, situation: next };
  });
}
