import { DomainError } from '../../domain/shared/domain-error';
import type { SituationRecord } from '../storage/records';
import type { Store } from '../storage/store';

export async function loadSituation(
  store: Store,
  organizationId: string,
  id: string,
): Promise<SituationRecord> {
  const situation = await store.situations.byId(organizationId, id);
  if (!situation) throw new DomainError('NOT_FOUND', 'There is no such situation.');
  return situation;
}
