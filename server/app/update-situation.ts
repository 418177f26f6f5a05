import { requirePermission } from '../../domain/access/permissions';
import { changeDetails, type SituationDetails } from '../../domain/situation/situation';
import type { SituationRecord } from '../storage/records';
import { checkSituationReferences } from './check-situation-references';
import { nowIso, type Actor, type Deps } from './deps';
import { loadSituation } from './load-situation';
import { recordSituationEvent } from './record-situation-event';

export async function updateSituation(
  deps: Deps,
  actor: Actor,
  id: string,
  patch: Partial<SituationDetails>,
): Promise<SituationRecord> {
  requirePermission(actor.role, 'situations.work');
  return deps.storage.transaction(async (store) => {
    const situation = await loadSituation(store, actor.organizationId, id);
    const event = changeDetails(situation, patch, { at: nowIso(deps), actorId: actor.userId });
    if (!event) return situation;
    // Only references that actually change are checked: an archived category may stay.
    const changed = event.type === 'details_changed' ? event.data.changes : {};
    const { partyName, ownerName } = await checkSituationReferences(store, actor.organizationId, {
      ...(changed.partyId && { partyId: changed.partyId.to }),
      ...(changed.locationId && { locationId: changed.locationId.to }),
      ...(changed.ownerId && { ownerId: changed.ownerId.to }),
      ...(changed.category && { category: changed.category.to }),
    });
    return recordSituationEvent(deps, store, situation, event, {
      ...(partyName !== undefined && { partyName }),
      ...(ownerName !== undefined && { ownerName }),
    });
  });
}
