import { requirePermission } from '../../domain/access/permissions';
import type { LocationRecord } from '../storage/queries/settings';
import { nowIso, type Actor, type Deps } from './deps';

export async function addLocation(
  deps: Deps,
  actor: Actor,
  options: { name: string },
): Promise<LocationRecord> {
  requirePermission(actor.role, 'settings.edit');
  const location = {
    id: deps.newId(),
    name: options.name,
    archived: false,
    createdAt: nowIso(deps),
  };
  await deps.storage.read.settings.insertLocation(actor.organizationId, location);
  return location;
}
