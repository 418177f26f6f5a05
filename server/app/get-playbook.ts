import { requirePermission } from '../../domain/access/permissions';
import type { Actor, Deps } from './deps';
import { findPlaybook, type PlaybookView } from './find-playbook';

/** A playbook's whole document, at its latest version or at the one a situation runs on. */
export async function getPlaybook(
  deps: Deps,
  actor: Actor,
  id: string,
  version?: number,
): Promise<PlaybookView> {
  requirePermission(actor.role, 'situations.work');
  return findPlaybook(deps.storage.read, actor.organizationId, id, version);
}
