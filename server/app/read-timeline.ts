import { DomainError } from '../../domain/shared/domain-error';
import type { StoredEvent } from '../storage/records';
import type { Actor, Deps } from './deps';

/**
 * A situation's events, oldest first. Every situation has at least its "opened" event, so
 * no events means no such situation in this organisation: one query answers both.
 */
export async function readTimeline(
  deps: Deps,
  actor: Actor,
  situationId: string,
): Promise<StoredEvent[]> {
  const events = await deps.storage.read.situations.events(actor.organizationId, situationId);
  if (events.length === 0) throw new DomainError('NOT_FOUND', 'There is no such situation.');
  return events;
}
