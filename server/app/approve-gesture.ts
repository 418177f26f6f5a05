import { requirePermission } from '../../domain/access/permissions';
import { mayApprove } from '../../domain/empowerment/decide';
import { DomainError } from '../../domain/shared/domain-error';
import type { GestureRecord } from '../storage/queries/gestures';
import { nowIso, type Actor, type Deps } from './deps';
import { pendingGesture } from './find-pending-gesture';
import { gestureHistory } from './gesture-history';
import { loadSituation } from './load-situation';
import { recordGesture } from './record-gesture';

/**
 * An approver agrees to a gesture over the requester's limit: within the approver's own
 * limit, never their own request, and only while the location's budget still covers it.
 */
export async function approveGesture(deps: Deps, actor: Actor, id: string, note: string | null) {
  requirePermission(actor.role, 'gestures.approve');
  return deps.storage.transaction(async (store) => {
    await store.gestures.lockOrganization(actor.organizationId);
    const gesture = await pendingGesture(store, actor, id);
    const situation = await loadSituation(store, actor.organizationId, gesture.situationId);
    const requester = await store.members.userInOrg(actor.organizationId, gesture.requesterId);
    const at = nowIso(deps);
    const policy = await store.gestures.policy(actor.organizationId);
    const requesterAsMember = { id: gesture.requesterId, role: requester?.role ?? 'staff' };
    const history = await gestureHistory(store, situation, requesterAsMember, policy, at);
    const verdict = mayApprove(
      {
        amount: gesture.amount,
        currency: gesture.currency,
        situationId: situation.id,
        locationId: gesture.locationId,
        at,
      },
      requesterAsMember,
      { id: actor.userId, role: actor.role },
      history,
      policy,
    );
    if (verdict.outcome === 'refuse') throw new DomainError('APPROVAL_REFUSED', verdict.why);
    const approved: GestureRecord = {
      ...gesture,
      status: 'granted',
      decidedBy: actor.userId,
      decisionNote: note,
      grantedAt: at,
      updatedAt: at,
    };
    await store.gestures.updateGesture(approved);
    const next = await recordGesture(deps, store, situation, approved, {
      ledger: 'approved',
      event: 'gesture_approved',
      actorId: actor.userId,
      at,
      note,
    });
    return { gesture: approved, situation: next };
  });
}
