import { DomainError } from '../../domain/shared/domain-error';
import type { GestureRecord } from '../storage/queries/gestures';
import type { Store } from '../storage/store';
import type { Actor } from './deps';

/** A gesture still waiting for an approver, in the actor's organisation. */
export async function pendingGesture(
  store: Store,
  actor: Actor,
  id: string,
): Promise<GestureRecord> {
  const gesture = await store.gestures.gesture(actor.organizationId, id);
  if (!gesture) throw new DomainError('NOT_FOUND', 'There is no such approval request.');
  if (gesture.status !== 'pending_approval') {
    throw new DomainError(
      'ALREADY_DECIDED',
      `This request was already ${gesture.status.replace('_', ' ')}.`,
    );
  }
  return gesture;
}
