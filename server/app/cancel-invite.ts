import { requirePermission } from '../../domain/access/permissions';
import { DomainError } from '../../domain/shared/domain-error';
import type { Actor, Deps } from './deps';

export async function cancelInvite(deps: Deps, actor: Actor, inviteId: string): Promise<void> {
  requirePermission(actor.role, 'members.manage');
  const deleted = await deps.storage.read.members.deleteInvite(actor.organizationId, inviteId);
  if (!deleted) throw new DomainError('NOT_FOUND', 'There is no such open invite.');
}
