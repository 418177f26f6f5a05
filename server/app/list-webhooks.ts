import { requirePermission } from '../../domain/access/permissions';
import type { WebhookRecord } from '../storage/queries/webhooks';
import type { Actor, Deps } from './deps';

export async function listWebhooks(deps: Deps, actor: Actor): Promise<WebhookRecord[]> {
  requirePermission(actor.role, 'webhooks.manage');
  return deps.storage.read.webhooks.list(actor.organizationId);
}
