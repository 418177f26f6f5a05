import { requirePermission } from '../../domain/access/permissions';
import {
  apply,
  openSituation as decideOpen,
  type SituationDetails,
} from '../../domain/situation/situation';
import type { SituationRecord } from '../storage/records';
import type { Store } from '../storage/store';
import { checkSituationReferences } from './check-situation-references';
import { choosePlaybook } from './choose-playbook';
import { nowIso, type Actor, type Deps } from './deps';
import { announceChange } from './announce-change';
import { situationWebhooks } from './situation-webhooks';

export type OpenSituationInput = Partial<SituationDetails> & { title: string };

/**
 * Quick capture: a title is enough. Everything else can be filled in later, on the floor
 * or at a desk, and each change lands on the timeline.
 */
export async function openSituation(
  deps: Deps,
  actor: Actor,
  input: OpenSituationInput,
): Promise<SituationRecord> {
  requirePermission(actor.role, 'situations.work');
  return deps.storage.transaction((store) =>
    openSituationIn(deps, store, actor.organizationId, actor, input),
  );
}

/**
 * Opens a situation in the caller's transaction, on behalf of a member or, for a situation
 * that arrived by email, of nobody (no actor, no owner until someone takes it).
 */
export async function openSituationIn(
  deps: Deps,
  store: Store,
  organizationId: string,
  openedBy: { userId: string | null; name: string | null },
  input: OpenSituationInput,
): Promise<SituationRecord> {
  const { partyName, ownerName } = await checkSituationReferences(store, organizationId, input);
  const details: SituationDetails = {
    title: input.title,
    account: input.account ?? null,
    channel: input.channel ?? null,
    live: input.live ?? false,
    partyId: input.partyId ?? null,
    locationId: input.locationId ?? null,
    category: input.category ?? null,
    severity: input.severity ?? null,
    mood: input.mood ?? null,
    ownerId: input.ownerId === undefined ? openedBy.userId : input.ownerId,
  };
  const id = deps.newId();
  const at = nowIso(deps);
  const { number, defaultPlaybookId } =
    await store.organizations.nextSituationNumber(organizationId);
  const playbook = await choosePlaybook(
    store,
    organizationId,
    details.category,
    defaultPlaybookId,
    at,
  );
  const event = decideOpen(
    id,
    details,
    { id: playbook.id, version: playbook.version },
    { at, actorId: openedBy.userId },
  );
  // Added to the fresh state, not spread into a new literal with more keys: V8 copies the
  // latter slowly (see toRecord in storage/queries/situations.ts).
  const record: SituationRecord = Object.assign(apply(null, event, playbook), {
    organizationId,
    number,
    partyName: partyName ?? null,
    ownerName:
      details.ownerId && details.ownerId === openedBy.userId ? openedBy.name : (ownerName ?? null),
    eventCount: 1,
  });
  await store.situations.insert(record);
  await store.situations.appendEvent(organizationId, deps.newId(), 1, event);
  await situationWebhooks(deps, store, record, event);
  await announceChange(deps, store, record);
  return record;
}
