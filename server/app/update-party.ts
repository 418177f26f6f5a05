import { requirePermission } from '../../domain/access/permissions';
import { DomainError } from '../../domain/shared/domain-error';
import type { PartyRecord } from '../storage/records';
import type { PartyInput } from './create-party';
import { nowIso, type Actor, type Deps } from './deps';

export async function updateParty(
  deps: Deps,
  actor: Actor,
  id: string,
  changes: Partial<PartyInput>,
): Promise<PartyRecord> {
  requirePermission(actor.role, 'parties.work');
  return deps.storage.transaction(async (store) => {
    const party = await store.parties.byId(actor.organizationId, id);
    if (!party) throw new DomainError('NOT_FOUND', 'There is no such party.');
    const next: PartyRecord = {
      ...party,
      kind: changes.kind ?? party.kind,
      name: changes.name ?? party.name,
      email: changes.email === undefined ? party.email : changes.email,
      phone: changes.phone === undefined ? party.phone : changes.phone,
      notes: changes.notes === undefined ? party.notes : changes.notes,
      tags: changes.tags ?? party.tags,
      updatedAt: nowIso(deps),
    };
    await store.parties.update(next);
    if (next.name !== party.name)
      await store.situations.renameParty(actor.organizationId, id, next.name);
    return next;
  });
}
