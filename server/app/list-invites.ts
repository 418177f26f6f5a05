import { requirePermission } from '../../domain/access/permissions';
import type { InviteRecord } from '../storage/queries/members';
import type { Actor, Deps } from './deps';

/** Open invites name people who are not members yet: only those who invite may see them. */
export function listInvites(deps: Deps, actor: Actor): Promise<InviteRecord[]> {
  requirePermission(actor.role, 'members.manage');
  return deps.storage.read.members.listInvites(actor.organizationId);
}
