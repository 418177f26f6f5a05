import { requirePermission } from '../../domain/access/permissions';
import type { LedgerFilter } from '../storage/queries/gestures';
import type { Actor, Deps } from './deps';

/** Every ledger entry for a period and filter, oldest first, with names: for exports and totals. */
export async function readLedger(deps: Deps, actor: Actor, filter: LedgerFilter) {
  requirePermission(actor.role, 'ledger.read');
  const entries = await deps.storage.read.gestures.ledger(actor.organizationId, filter);
  return { entries, ...(await ledgerNames(deps, actor)) };
}

/** Who and where, by id, for showing ledger entries. */
export async function ledgerNames(deps: Deps, actor: Actor) {
  const store = deps.storage.read;
  const members = await store.members.memberNames(actor.organizationId);
  const locations = new Map(
    (await store.settings.listLocations(actor.organizationId)).map((l) => [l.id, l.name]),
  );
  return { members, locations };
}
