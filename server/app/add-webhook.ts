import { requirePermission } from '../../domain/access/permissions';
import type { WebhookEvent, WebhookFormat } from '../../domain/webhooks/events';
import type { WebhookRecord } from '../storage/queries/webhooks';
import { nowIso, type Actor, type Deps } from './deps';
import { checkWebhookUrl } from './webhook-target';

/** Registers a receiver; its signing secret is handed back this once. */
export async function addWebhook(
  deps: Deps,
  actor: Actor,
  input: { url: string; events: WebhookEvent[]; format: WebhookFormat },
): Promise<{ webhook: WebhookRecord; secret: string }> {
  requirePermission(actor.role, 'webhooks.manage');
  checkWebhookUrl(deps, input.url);
  const webhook: WebhookRecord = {
    id: deps.newId(),
    organizationId: actor.organizationId,
    ...input,
    secret: deps.secrets.newToken('whsec_'),
    active: true,
    createdAt: nowIso(deps),
  };
  await deps.storage.transaction((store) => store.webhooks.insert(webhook));
  return { webhook, secret: webhook.secret };
}
