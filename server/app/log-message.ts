import { requirePermission } from '../../domain/access/permissions';
import type { SituationRecord } from '../storage/records';
import { coachReading } from './coach-context';
import { nowIso, type Actor, type Deps } from './deps';
import { loadPlaybook } from './load-playbook';
import { loadSituation } from './load-situation';
import { recordSituationEvent } from './record-situation-event';

/**
 * Puts a message on the situation's timeline: what the person said (their mood and its cues
 * read by the coach) or a reply we gave, with the coach's findings as they stood when sent.
 */
export async function logMessage(
  deps: Deps,
  actor: Actor,
  id: string,
  input: { direction: 'in' | 'out'; text: string },
): Promise<SituationRecord> {
  requirePermission(actor.role, 'situations.work');
  return deps.storage.transaction(async (store) => {
    const situation = await loadSituation(store, actor.organizationId, id);
    const playbook = await loadPlaybook(store, {
      id: situation.playbookId,
      version: situation.playbookVersion,
    });
    const role = input.direction === 'in' ? 'customer' : 'agent';
    return recordSituationEvent(deps, store, situation, {
      type: 'message_logged',
      situationId: situation.id,
      at: nowIso(deps),
      actorId: actor.userId,
      data: {
        direction: input.direction,
        text: input.text,
        coach: coachReading(situation, playbook, input.text, role),
      },
    });
  });
}
