import { requirePermission } from '../../domain/access/permissions';
import { DomainError } from '../../domain/shared/domain-error';
import type { WebhookEvent, WebhookFormat } from '../../domain/webhooks/events';
import type { WebhookRecord } from '../storage/queries/webhooks';
import type { Actor, Deps } from './deps';
import { checkWebhookUrl } from './webhook-target';

/** Changes where a webhook posts, what it hears about, its format, or pauses it. */
export async function updateWebhook(
  deps: Deps,
  actor: Actor,
  id: string,
  change: {
    url?: string | undefined;
    events?: WebhookEvent[] | undefined;
    format?: WebhookFormat | undefined;
    active?: boolean | undefined;
  },
): Promise<WebhookRecord> {
  requirePermission(actor.role, 'webhooks.manage');
  if (change.url !== undefined) checkWebhookUrl(deps, change.url);
  return deps.storage.transaction(async (store) => {
    const hook = await store.webhooks.byId(actor.organizationId, id);
    if (!hook) throw new DomainError('NOT_FOUND', 'There is no such webhook.');
    const defined = Object.fromEntries(
      Object.entries(change).filter(([, v]) => v !== undefined),
    ) as Partial<Pick<WebhookRecord, 'url' | 'events' | 'format' | 'active'>>;
    await store.webhooks.update(actor.organizationId, id, defined);
    return { ...hook, ...defined };
  });
}
