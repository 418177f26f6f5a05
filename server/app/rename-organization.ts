import { requirePermission } from '../../domain/access/permissions';
import { DomainError } from '../../domain/shared/domain-error';
import type { OrganizationRecord } from '../storage/records';
import type { Actor, Deps } from './deps';

export async function renameOrganization(
  deps: Deps,
  actor: Actor,
  name: string,
): Promise<OrganizationRecord> {
  requirePermission(actor.role, 'organization.edit');
  return deps.storage.transaction(async (store) => {
    const org = await store.organizations.byId(actor.organizationId);
    if (!org) throw new DomainError('NOT_FOUND', 'There is no such organisation.');
    await store.organizations.rename(org.id, name);
    return { ...org, name };
  });
}
