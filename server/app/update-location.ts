import { requirePermission } from '../../domain/access/permissions';
import { DomainError } from '../../domain/shared/domain-error';
import type { LocationRecord } from '../storage/queries/settings';
import type { Actor, Deps } from './deps';

export async function updateLocation(
  deps: Deps,
  actor: Actor,
  id: string,
  changes: { name: string; archived?: boolean | undefined },
): Promise<LocationRecord> {
  requirePermission(actor.role, 'settings.edit');
  return deps.storage.transaction(async (store) => {
    const location = await store.settings.locationInOrg(actor.organizationId, id);
    if (!location) throw new DomainError('NOT_FOUND', 'There is no such location.');
    const next = {
      ...location,
      name: changes.name,
      archived: changes.archived ?? location.archived,
    };
    await store.settings.updateLocation(actor.organizationId, id, next.name, next.archived);
    return next;
  });
}
