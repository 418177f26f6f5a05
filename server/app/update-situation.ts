import { requirePermission } from '../../domain/access/permissions';
import {
  changeDetails,
  switchPlaybook,
  type SituationDetails,
} from '../../domain/situation/situation';
import type { SituationRecord } from '../storage/records';
import { checkSituationReferences } from './check-situation-references';
import { choosePlaybook } from './choose-playbook';
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
    const at = nowIso(deps);
    const event = changeDetails(situation, patch, { at, actorId: actor.userId });
    if (!event) return situation;
    // Only references that actually change are checked: an archived category may stay.
    const changed = event.type === 'details_changed' ? event.data.changes : {};
    const { partyName, ownerName } = await checkSituationReferences(store, actor.organizationId, {
      ...(changed.partyId && { partyId: changed.partyId.to }),
      ...(changed.locationId && { locationId: changed.locationId.to }),
      ...(changed.ownerId && { ownerId: changed.ownerId.to }),
      ...(changed.category && { category: changed.category.to }),
    });
    const updated = await recordSituationEvent(deps, store, situation, event, {
      ...(partyName !== undefined && { partyName }),
      ...(ownerName !== undefined && { ownerName }),
    });
    if (!changed.category) return updated;
    // A quick capture learns its category later: it then follows that category's playbook,
    // as long as nothing has been recorded yet.
    const { organization } = await store.playbooks.defaults(actor.organizationId);
    const playbook = await choosePlaybook(
      store,
      actor.organizationId,
      updated.category,
      organization,
      at,
    );
    const switched = switchPlaybook(updated, playbook, 'The category was set', {
      at,
      actorId: actor.userId,
    });
    return switched ? recordSituationEvent(deps, store, updated, switched) : updated;
  });
}
