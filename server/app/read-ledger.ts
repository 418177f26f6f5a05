import { requirePermission } from '../../domain/access/permissions';
import type { LedgerFilter } from '../storage/queries/gestures';
import type { Actor, Deps } from './deps';

/** The ledger's entries for a period and filter, oldest first, with names to show. */
export async function readLedger(deps: Deps, actor: Actor, filter: LedgerFilter) {
  requirePermission(actor.role, 'ledger.read');
  const store = deps.storage.read;
  const entries = await store.gestures.ledger(actor.organizationId, filter);
  const members = new Map(
    (await store.members.listUsers(actor.organizationId, new Date(0).toISOString())).map((u) => [
      u.id,
      u.name,
    ]),
  );
  const locations = new Map(
    (await store.settings.listLocations(actor.organizationId)).map((l) => [l.id, l.name]),
  );
  return { entries, members, locations };
}
