import { requirePermission } from '../../domain/access/permissions';
import type { Actor, Deps } from './deps';

/** The limits and budgets in force, and the currency they are in. */
export async function getEmpowerment(deps: Deps, actor: Actor) {
  requirePermission(actor.role, 'situations.work');
  const store = deps.storage.read;
  return {
    currency: await store.gestures.currencyOf(actor.organizationId),
    policy: await store.gestures.policy(actor.organizationId),
  };
}
