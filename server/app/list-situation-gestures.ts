import { requirePermission } from '../../domain/access/permissions';
import type { Actor, Deps } from './deps';
import { loadSituation } from './load-situation';

/** The gestures asked for on one situation, oldest first. */
export async function listSituationGestures(deps: Deps, actor: Actor, situationId: string) {
  requirePermission(actor.role, 'situations.work');
  const store = deps.storage.read;
  await loadSituation(store, actor.organizationId, situationId);
  return store.gestures.gesturesOf(actor.organizationId, situationId);
}
