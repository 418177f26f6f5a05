import { requirePermission } from '../../domain/access/permissions';
import type { Actor, Deps } from './deps';

/**
 * Requests waiting for an approver, oldest first, each with its situation's story so the
 * approver can judge without opening it.
 */
export async function listApprovals(deps: Deps, actor: Actor) {
  requirePermission(actor.role, 'gestures.approve');
  const store = deps.storage.read;
  const pending = await store.gestures.pendingApprovals(actor.organizationId);
  const items = [];
  for (const gesture of pending) {
    const situation = await store.situations.byId(actor.organizationId, gesture.situationId);
    const requester = await store.members.userInOrg(actor.organizationId, gesture.requesterId);
    if (situation) items.push({ gesture, situation, requesterName: requester?.name ?? null });
  }
  return items;
}
