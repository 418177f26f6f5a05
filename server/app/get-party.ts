import { DomainError } from '../../domain/shared/domain-error';
import type { PartyRecord } from '../storage/records';
import type { Actor, Deps } from './deps';

export async function getParty(deps: Deps, actor: Actor, id: string): Promise<PartyRecord> {
  const party = await deps.storage.read.parties.byId(actor.organizationId, id);
  if (!party) throw new DomainError('NOT_FOUND', 'There is no such party.');
  return party;
}
