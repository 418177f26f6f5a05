import type { SituationRecord } from '../storage/records';
import type { Store } from '../storage/store';
import type { Deps } from './deps';

/** Tells the organisation's open screens, once the caller's transaction commits, that a situation changed. */
export function announceChange(
  deps: Pick<Deps, 'live'>,
  store: Store,
  situation: SituationRecord,
): Promise<void> {
  return deps.live.announce(store, {
    organizationId: situation.organizationId,
    situationId: situation.id,
    seq: situation.eventCount,
    status: situation.status,
  });
}
