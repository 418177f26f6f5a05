import { requirePermission } from '../../domain/access/permissions';
import { decide, type PlaybookAction } from '../../domain/playbook/engine';
import type { PlaybookStep } from '../../domain/playbook/schema';
import { DomainError } from '../../domain/shared/domain-error';
import type { SituationRecord } from '../storage/records';
import { nowIso, type Actor, type Deps } from './deps';
import { loadPlaybook } from './load-playbook';
import { loadSituation } from './load-situation';
import { recordSituationEvent } from './record-situation-event';

/**
 * One playbook action (record a step, skip it, loop back, the vent-only path, resolve,
 * reopen, close; tick off a task or promise; move the follow-up): the only way a situation
 * moves. The engine decides; this writes what it
 * decided, events and projection, in one transaction.
 */
export async function actOnSituation(
  deps: Deps,
  actor: Actor,
  id: string,
  action: PlaybookAction,
): Promise<SituationRecord> {
  requirePermission(actor.role, 'situations.work');
  return deps.storage.transaction(async (store) => {
    let situation = await loadSituation(store, actor.organizationId, id);
    const playbook = await loadPlaybook(store, {
      id: situation.playbookId,
      version: situation.playbookVersion,
    });
    // Members are looked up only when the step names people (tasks, a person field).
    const step = 'step' in action ? playbook.steps.find((s) => s.id === action.step) : undefined;
    const namesPeople =
      action.type === 'record' &&
      step?.fields.some((f) => f.type === 'person' || f.type === 'tasks');
    const memberIds = namesPeople ? await store.members.memberIds(actor.organizationId) : null;
    const resolving = action.type === 'resolve' || action.type === 'vent_only';
    const organization = resolving ? await store.organizations.byId(actor.organizationId) : null;
    const decided = decide(situation, action, {
      playbook,
      at: nowIso(deps),
      actorId: actor.userId,
      memberIds,
      checkGesture: (capture) => valueWithoutGrant(step, capture, situation.id),
      ...(organization && { followUpAfterHours: organization.followUpAfterHours }),
    });
    if (decided instanceof DomainError) throw decided;
    for (const event of decided) {
      situation = await recordSituationEvent(deps, store, situation, event);
    }
    return situation;
  });
}

/**
 * Anything of value given to a person goes through the empowerment policy (limits, budgets,
 * approvals) and the ledger: recorded here, a value would bypass both. A gesture without a
 * value (a handwritten card) may be recorded by hand.
 */
function valueWithoutGrant(
  step: PlaybookStep | undefined,
  capture: Record<string, unknown>,
  situationId: string,
): DomainError | null {
  const money = step?.fields.find(
    (f) => f.type === 'money' && (capture[f.id] as { minor?: number } | undefined)?.minor,
  );
  if (!money) return null;
  return new DomainError('VALIDATION', 'A gesture with a value is granted, not recorded by hand.', [
    {
      path: `data.${money.id}`,
      message: `Grant it instead (the gestures offered in this step, or POST /api/v1/situations/${situationId}/gestures), so limits and budgets apply.`,
    },
  ]);
}
