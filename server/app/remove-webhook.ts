import { requirePermission } from '../../domain/access/permissions';
import { DomainError } from '../../domain/shared/domain-error';
import type { Actor, Deps } from './deps';

/** Removes a webhook and its delivery log; deliveries still queued find it gone and stop. */
export async function removeWebhook(deps: Deps, actor: Actor, id: string): Promise<void> {
  requirePermission(actor.role, 'webhooks.manage');
  const removed = await deps.storage.transaction((store) =>
    store.webhooks.remove(actor.organizationId, id),
  );
  if (!removed) throw new DomainError('NOT_FOUND', 'There is no such webhook.');
}
