import { webhookBody, type WebhookEvent, type WebhookSubject } from '../../domain/webhooks/events';
import type { Store } from '../storage/store';
import { nowIso, type Deps } from './deps';

/**
 * Tells every webhook of the organisation that wants this event, in the caller's
 * transaction: one delivery row each (the exact body, kept for retries and the log) and one
 * job that posts it.
 */
export async function emitWebhookEvent(
  deps: Deps,
  store: Store,
  organizationId: string,
  event: WebhookEvent,
  subject: WebhookSubject,
  /** Makes emitting idempotent: a job retried after it emitted does not emit twice. */
  onceKey?: string,
): Promise<void> {
  const hooks = (await store.webhooks.list(organizationId)).filter(
    (h) => h.active && h.events.includes(event),
  );
  const at = nowIso(deps);
  for (const hook of hooks) {
    const id = onceKey ? `${onceKey}:${hook.id}` : deps.newId();
    if (onceKey && (await store.webhooks.delivery(organizationId, id))) continue;
    await store.webhooks.insertDelivery({
      id,
      organizationId,
      webhookId: hook.id,
      event,
      body: JSON.stringify(webhookBody(hook.format, event, subject, id, at)),
      status: 'pending',
      attempts: 0,
      responseStatus: null,
      error: null,
      createdAt: at,
      deliveredAt: null,
    });
    await deps.jobs.schedule(store, {
      name: 'webhook.deliver',
      data: { organizationId, deliveryId: id },
      runAt: at,
    });
  }
}

/** The situation as a webhook names it, with the address people open it at. */
export function situationSubject(
  deps: Deps,
  situation: { id: string; number: number; title: string },
  summary: string,
  details?: Record<string, unknown>,
): WebhookSubject {
  return {
    situation: {
      id: situation.id,
      number: situation.number,
      title: situation.title,
      url: `${deps.config.publicUrl}/situations/${situation.id}`,
    },
    summary,
    ...(details && { details }),
  };
}
