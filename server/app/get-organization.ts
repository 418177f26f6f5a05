import { DomainError } from '../../domain/shared/domain-error';
import type { OrganizationRecord } from '../storage/records';
import type { Actor, Deps } from './deps';

export async function getOrganization(deps: Deps, actor: Actor): Promise<OrganizationRecord> {
  const org = await deps.storage.read.organizations.byId(actor.organizationId);
  if (!org) throw new DomainError('NOT_FOUND', 'There is no such organisation.');
  return org;
}
