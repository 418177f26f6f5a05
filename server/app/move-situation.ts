import { requirePermission } from '../../domain/access/permissions';
import { moveStatus, type StatusMove } from '../../domain/situation/situation';
import type { SituationRecord } from '../storage/records';
import { nowIso, type Actor, type Deps } from './deps';
import { loadSituation } from './load-situation';
import { recordSituationEvent } from './record-situation-event';

/** Resolve, reopen or close: the playbook engine builds its richer actions on this seam. */
export async function moveSituation(
  deps: Deps,
  actor: Actor,
  id: string,
  move: StatusMove,
  reason: string | null,
): Promise<SituationRecord> {
  requirePermission(actor.role, 'situations.work');
  return deps.storage.transaction(async (store) => {
    const situation = await loadSituation(store, actor.organizationId, id);
    const event = moveStatus(situation, move, reason, { at: nowIso(deps), actorId: actor.userId });
    return recordSituationEvent(deps, store, situation, event);
  });
}
