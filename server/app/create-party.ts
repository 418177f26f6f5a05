import { requirePermission } from '../../domain/access/permissions';
import type { PartyKind } from '../../domain/situation/vocabulary';
import type { PartyRecord } from '../storage/records';
import { nowIso, type Actor, type Deps } from './deps';

export interface PartyInput {
  kind: PartyKind;
  name: string;
  email?: string | null | undefined;
  phone?: string | null | undefined;
  notes?: string | null | undefined;
  tags?: string[] | undefined;
}

export async function createParty(
  deps: Deps,
  actor: Actor,
  input: PartyInput,
): Promise<PartyRecord> {
  requirePermission(actor.role, 'parties.work');
  const at = nowIso(deps);
  const party = {
    id: deps.newId(),
    organizationId: actor.organizationId,
    kind: input.kind,
    name: input.name,
    email: input.email ?? null,
    phone: input.phone ?? null,
    notes: input.notes ?? null,
    tags: input.tags ?? [],
    createdAt: at,
    updatedAt: at,
  };
  await deps.storage.read.parties.insert(party);
  return { ...party, situationCount: 0 };
}
