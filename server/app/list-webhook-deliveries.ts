import { requirePermission } from '../../domain/access/permissions';
import { DomainError } from '../../domain/shared/domain-error';
import type { DeliveryRecord } from '../storage/queries/webhooks';
import type { Actor, Deps } from './deps';

/** The latest deliveries to one webhook, newest first: what was sent and how it went. */
export async function listWebhookDeliveries(
  deps: Deps,
  actor: Actor,
  webhookId: string,
): Promise<DeliveryRecord[]> {
  requirePermission(actor.role, 'webhooks.manage');
  const read = deps.storage.read;
  if (!(await read.webhooks.byId(actor.organizationId, webhookId)))
    throw new DomainError('NOT_FOUND', 'There is no such webhook.');
  return read.webhooks.deliveries(actor.organizationId, webhookId, 50);
}
