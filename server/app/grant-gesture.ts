import { requirePermission } from '../../domain/access/permissions';
import { decide } from '../../domain/empowerment/decide';
import type { GestureKind } from '../../domain/empowerment/policy';
import { DomainError } from '../../domain/shared/domain-error';
import type { GestureRecord } from '../storage/queries/gestures';
import type { SituationRecord } from '../storage/records';
import { nowIso, type Actor, type Deps } from './deps';
import { gestureHistory } from './gesture-history';
import { loadSituation } from './load-situation';
import { recordGesture } from './record-gesture';

export interface GestureInput {
  catalogItemId?: string | undefined;
  kind: GestureKind;
  amount: { minor: number; currency: string };
  reason: string;
  name?: string | undefined;
}

/**
 * Make it up to the person: granted on the spot within the member's limit, otherwise an
 * approval request to those who may agree, or refused when the location's budget is spent.
 */
export async function grantGesture(
  deps: Deps,
  actor: Actor,
  situationId: string,
  input: GestureInput,
): Promise<{ gesture: GestureRecord; situation: SituationRecord }> {
  requirePermission(actor.role, 'situations.work');
  return deps.storage.transaction(async (store) => {
    const org = actor.organizationId;
    await store.gestures.lockOrganization(org);
    const situation = await loadSituation(store, org, situationId);
    if (situation.status === 'closed') {
      throw new DomainError('SITUATION_CLOSED', 'This situation is closed. Reopen it first.');
    }
    const currency = await store.gestures.currencyOf(org);
    if (input.amount.currency !== currency) {
      throw new DomainError('VALIDATION', `Gestures here are recorded in ${currency}.`, [
        { path: 'amount.currency', message: `Use ${currency}.` },
      ]);
    }
    const item = input.catalogItemId
      ? await store.gestures.catalogItem(org, input.catalogItemId)
      : undefined;
    if (input.catalogItemId && !item?.active) {
      throw new DomainError('VALIDATION', 'That gesture is not in the catalogue.', [
        { path: 'catalogItemId', message: 'Choose an active gesture from the catalogue.' },
      ]);
    }
    const at = nowIso(deps);
    const member = { id: actor.userId, role: actor.role };
    const policy = await store.gestures.policy(org);
    const history = await gestureHistory(store, situation, member, policy, at);
    const decision = decide(
      {
        amount: input.amount.minor,
        currency,
        situationId: situation.id,
        locationId: situation.locationId,
        at,
      },
      member,
      history,
      policy,
      await store.members.withRole(org, 'manager'),
    );
    if (decision.outcome === 'deny') throw new DomainError('GESTURE_DENIED', decision.why);
    const granted = decision.outcome === 'grant';
    const gesture: GestureRecord = {
      id: deps.newId(),
      organizationId: org,
      situationId: situation.id,
      locationId: situation.locationId,
      requesterId: actor.userId,
      catalogItemId: item?.id ?? null,
      name: input.name?.trim() || item?.name || input.kind.replace('_', ' '),
      kind: input.kind,
      amount: input.amount.minor,
      currency,
      reason: input.reason.trim(),
      status: granted ? 'granted' : 'pending_approval',
      needs: granted ? null : decision.by,
      why: granted ? null : decision.why,
      decidedBy: null,
      decisionNote: null,
      grantedAt: granted ? at : null,
      createdAt: at,
      updatedAt: at,
    };
    await store.gestures.insertGesture(gesture);
    const next = await recordGesture(deps, store, situation, gesture, {
      ledger: granted ? 'granted' : 'approval_requested',
      event: granted ? 'gesture_granted' : 'gesture_requested',
      actorId: actor.userId,
      at,
      note: granted
        ? null
        : `${decision.why} A${decision.by === 'owner' ? 'n owner' : ' manager'} can approve it.`,
    });
    return { gesture, situation: next };
  });
}
