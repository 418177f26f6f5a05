import { createHmac } from 'node:crypto';
import { z } from 'zod';
import { nowIso, type Deps } from './deps';
import { refusalForTarget } from './webhook-target';

const ZDeliveryJob = z.object({ organizationId: z.string(), deliveryId: z.string() });

/** A receiver that takes longer than this is treated as down; the delivery is tried again. */
const TIMEOUT_MS = 10_000;

/**
 * The signature a receiver checks: HMAC-SHA256 of "<timestamp>.<body>" with the webhook's
 * secret, hex. The timestamp lets a receiver refuse old replays.
 */
export function signatureOf(secret: string, timestamp: string, body: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
}

/**
 * Posts one delivery. A 2xx answer delivers it; anything else (or no answer) is recorded on
 * the delivery and thrown, so the job runner tries again with growing waits; after the last
 * try the delivery shows as failed.
 */
export async function deliverWebhook(deps: Deps, data: unknown): Promise<'delivered' | 'stale'> {
  const job = ZDeliveryJob.parse(data);
  const store = deps.storage.read;
  const delivery = await store.webhooks.delivery(job.organizationId, job.deliveryId);
  if (!delivery || delivery.status === 'delivered') return 'stale';
  const hook = await store.webhooks.byId(job.organizationId, delivery.webhookId);
  if (!hook || !hook.active) return 'stale';
  const timestamp = String(Math.floor(deps.clock().getTime() / 1000));
  let responseStatus: number | null = null;
  let error: string | null = await refusalForTarget(deps, hook.url);
  if (!error)
    try {
      const response = await fetch(hook.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'user-agent': 'Turnaround-Webhooks',
          'x-turnaround-event': delivery.event,
          'x-turnaround-delivery': delivery.id,
          'x-turnaround-timestamp': timestamp,
          'x-turnaround-signature': `sha256=${signatureOf(hook.secret, timestamp, delivery.body)}`,
        },
        body: delivery.body,
        redirect: 'manual',
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
      responseStatus = response.status;
      await response.body?.cancel();
      if (!response.ok) error = `The receiver answered ${response.status}.`;
    } catch (caught) {
      error = `The receiver could not be reached: ${caught instanceof Error ? caught.message : String(caught)}`;
    }
  await store.webhooks.recordAttempt(delivery.id, {
    delivered: error === null,
    last: delivery.attempts + 1 > deps.jobs.retry.retries,
    responseStatus,
    error,
    at: nowIso(deps),
  });
  if (error) throw new Error(error);
  return 'delivered';
}
