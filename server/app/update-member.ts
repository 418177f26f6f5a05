import { requirePermission } from '../../domain/access/permissions';
import { DomainError } from '../../domain/shared/domain-error';
import type { Role } from '../../domain/situation/vocabulary';
import { nowIso, type Actor, type Deps } from './deps';

export async function updateMember(
  deps: Deps,
  actor: Actor,
  memberId: string,
  changes: { role?: Role | undefined; locationId?: string | null | undefined },
) {
  requirePermission(actor.role, 'members.manage');
  return deps.storage.transaction(async (store) => {
    const member = await store.members.userInOrg(actor.organizationId, memberId);
    if (!member) throw new DomainError('NOT_FOUND', 'There is no such member.');
    if (
      changes.locationId &&
      !(await store.settings.locationInOrg(actor.organizationId, changes.locationId))
    ) {
      throw new DomainError('VALIDATION', 'That location does not exist.', [
        { path: 'locationId', message: 'Choose one of your locations.' },
      ]);
    }
    if (
      member.role === 'owner' &&
      changes.role !== undefined &&
      changes.role !== 'owner' &&
      (await store.members.countOwners(actor.organizationId)) <= 1
    ) {
      throw new DomainError(
        'LAST_OWNER',
        'An organisation needs at least one owner. Make someone else an owner first.',
      );
    }
    await store.members.updateUser(memberId, changes);
    const members = await store.members.listUsers(actor.organizationId, nowIso(deps));
    return members.find((m) => m.id === memberId)!;
  });
}
