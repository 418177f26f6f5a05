import { requirePermission } from '../../domain/access/permissions';
import type { Actor, Deps } from './deps';

/** The organisation's gestures, active and not; everyone who works situations may see them. */
export async function listGestureCatalog(deps: Deps, actor: Actor) {
  requirePermission(actor.role, 'situations.work');
  return deps.storage.read.gestures.catalog(actor.organizationId);
}
