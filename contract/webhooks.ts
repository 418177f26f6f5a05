import { z } from 'zod';
import { WEBHOOK_EVENTS, WEBHOOK_FORMATS } from '../domain/webhooks/events';
import { ZId, ZTimestamp } from './common';

const ZWebhookUrl = z
  .string()
  .max(2000, 'Keep the address under 2000 characters.')
  .refine((v) => {
    try {
      const url = new URL(v);
      return url.protocol === 'https:' || url.protocol === 'http:';
    } catch {
      return false;
    }
  }, 'Give the full address it should be posted to, starting with https://.');

const ZEvents = z
  .array(z.enum(WEBHOOK_EVENTS))
  .min(1, 'Choose at least one event.')
  .max(WEBHOOK_EVENTS.length)
  .transform((events) => [...new Set(events)]);

export const ZWebhookRequest = z
  .strictObject({
    url: ZWebhookUrl,
    events: ZEvents,
    format: z
      .enum(WEBHOOK_FORMATS)
      .default('json')
      .describe('json: Turnaround’s own body; slack: a message for a Slack incoming webhook'),
  })
  .meta({ id: 'WebhookRequest' });

export const ZWebhookUpdate = z
  .strictObject({
    url: ZWebhookUrl.optional(),
    events: ZEvents.optional(),
    format: z.enum(WEBHOOK_FORMATS).optional(),
    active: z.boolean().optional(),
  })
  .meta({ id: 'WebhookUpdate' });

export const ZWebhook = z
  .object({
    id: ZId,
    url: z.string(),
    events: z.array(z.enum(WEBHOOK_EVENTS)),
    format: z.enum(WEBHOOK_FORMATS),
    active: z.boolean(),
    createdAt: ZTimestamp,
  })
  .meta({ id: 'Webhook' });
export type TWebhook = z.infer<typeof ZWebhook>;

export const ZCreatedWebhook = z
  .object({
    webhook: ZWebhook,
    secret: z
      .string()
      .describe(
        'Shown once. Each delivery carries X-Turnaround-Signature: sha256=HMAC-SHA256(secret, "<X-Turnaround-Timestamp>.<body>") in hex.',
      ),
  })
  .meta({ id: 'CreatedWebhook' });
export type TCreatedWebhook = z.infer<typeof ZCreatedWebhook>;

export const ZDelivery = z
  .object({
    id: z.string(),
    event: z.string(),
    status: z.enum(['pending', 'delivered', 'retrying', 'failed']),
    attempts: z.number().int(),
    responseStatus: z.number().int().nullable(),
    error: z.string().nullable(),
    createdAt: ZTimestamp,
    deliveredAt: ZTimestamp.nullable(),
  })
  .meta({ id: 'WebhookDelivery' });
export type TDelivery = z.infer<typeof ZDelivery>;
