import { requirePermission } from '../../domain/access/permissions';
import { DomainError } from '../../domain/shared/domain-error';
import type { GestureRecord } from '../storage/queries/gestures';
import { nowIso, type Actor, type Deps } from './deps';
import { loadSituation } from './load-situation';
import { recordGesture } from './record-gesture';

/**
 * Takes back a granted gesture (a voucher never used, a refund that bounced). The grant stays
 * in the ledger; the reversal is a new entry with its reason.
 */
export async function reverseGesture(deps: Deps, actor: Actor, id: string, reason: string) {
  requirePermission(actor.role, 'gestures.approve');
  return deps.storage.transaction(async (store) => {
    const gesture = await store.gestures.gesture(actor.organizationId, id);
    if (!gesture) throw new DomainError('NOT_FOUND', 'There is no such gesture.');
    if (gesture.status !== 'granted') {
      throw new DomainError('ALREADY_DECIDED', 'Only a granted gesture can be reversed.');
    }
    const situation = await loadSituation(store, actor.organizationId, gesture.situationId);
    const at = nowIso(deps);
    const reversed: GestureRecord = { ...gesture, status: 'reversed', updatedAt: at };
    await store.gestures.updateGesture(reversed);
    const next = await recordGesture(deps, store, situation, reversed, {
      ledger: 'reversed',
      event: 'gesture_reversed',
      actorId: actor.userId,
      at,
      note: reason,
    });
    return { gesture: reversed, situation: next };
  });
}
