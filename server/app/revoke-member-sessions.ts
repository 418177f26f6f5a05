import { requirePermission } from '../../domain/access/permissions';
import { DomainError } from '../../domain/shared/domain-error';
import type { Actor, Deps } from './deps';

/** Signs a member out everywhere (a lost phone, someone leaving); returns how many sessions ended. */
export async function revokeMemberSessions(
  deps: Deps,
  actor: Actor,
  memberId: string,
): Promise<number> {
  requirePermission(actor.role, 'members.manage');
  return deps.storage.transaction(async (store) => {
    const member = await store.members.userInOrg(actor.organizationId, memberId);
    if (!member) throw new DomainError('NOT_FOUND', 'There is no such member.');
    return store.members.deleteSessionsOf(memberId);
  });
}
