import type { Kysely } from 'kysely';
import type { WebhookEvent, WebhookFormat } from '../../../domain/webhooks/events';
import type { DialectName } from '../database';
import { literalLimit, prepared } from '../prepared';
import type { DB } from '../schema';

export interface WebhookRecord {
  id: string;
  organizationId: string;
  url: string;
  events: WebhookEvent[];
  format: WebhookFormat;
  secret: string;
  active: boolean;
  createdAt: string;
}

export type DeliveryStatus = 'pending' | 'delivered' | 'retrying';

export interface DeliveryRecord {
  id: string;
  organizationId: string;
  webhookId: string;
  event: string;
  body: string;
  status: DeliveryStatus;
  attempts: number;
  responseStatus: number | null;
  error: string | null;
  createdAt: string;
  deliveredAt: string | null;
}

const WEBHOOK_COLUMNS = [
  'id',
  'organization_id',
  'url',
  'events',
  'format',
  'secret',
  'active',
  'created_at',
] as const;

function toWebhook(r: {
  id: string;
  organization_id: string;
  url: string;
  events: string;
  format: string;
  secret: string;
  active: number;
  created_at: string;
}): WebhookRecord {
  return {
    id: r.id,
    organizationId: r.organization_id,
    url: r.url,
    events: JSON.parse(r.events) as WebhookEvent[],
    format: r.format as WebhookFormat,
    secret: r.secret,
    active: Number(r.active) === 1,
    createdAt: r.created_at,
  };
}

// Every change to a situation asks which webhooks want it, so this one is prepared.
const webhooksOf = prepared((db, param) =>
  db
    .selectFrom('webhooks')
    .select(WEBHOOK_COLUMNS)
    .where('organization_id', '=', param('organizationId'))
    .orderBy('created_at')
    .orderBy('id'),
);

export function webhookQueries(db: Kysely<DB>, dialect: DialectName) {
  return {
    async list(organizationId: string): Promise<WebhookRecord[]> {
      const rows = await webhooksOf(db, dialect, { organizationId });
      return rows.map(toWebhook);
    },

    async byId(organizationId: string, id: string): Promise<WebhookRecord | undefined> {
      const row = await db
        .selectFrom('webhooks')
        .select(WEBHOOK_COLUMNS)
        .where('organization_id', '=', organizationId)
        .where('id', '=', id)
        .executeTakeFirst();
      return row && toWebhook(row);
    },

    async insert(w: WebhookRecord): Promise<void> {
      await db
        .insertInto('webhooks')
        .values({
          id: w.id,
          organization_id: w.organizationId,
          url: w.url,
          events: JSON.stringify(w.events),
          format: w.format,
          secret: w.secret,
          active: w.active ? 1 : 0,
          created_at: w.createdAt,
        })
        .execute();
    },

    async update(
      organizationId: string,
      id: string,
      change: Partial<Pick<WebhookRecord, 'url' | 'events' | 'format' | 'active'>>,
    ): Promise<void> {
      await db
        .updateTable('webhooks')
        .set({
          ...(change.url !== undefined && { url: change.url }),
          ...(change.events !== undefined && { events: JSON.stringify(change.events) }),
          ...(change.format !== undefined && { format: change.format }),
          ...(change.active !== undefined && { active: change.active ? 1 : 0 }),
        })
        .where('organization_id', '=', organizationId)
        .where('id', '=', id)
        .execute();
    },

    async remove(organizationId: string, id: string): Promise<boolean> {
      await db
        .deleteFrom('webhook_deliveries')
        .where('organization_id', '=', organizationId)
        .where('webhook_id', '=', id)
        .execute();
      const result = await db
        .deleteFrom('webhooks')
        .where('organization_id', '=', organizationId)
        .where('id', '=', id)
        .executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },

    async insertDelivery(d: DeliveryRecord): Promise<void> {
      await db
        .insertInto('webhook_deliveries')
        .values({
          id: d.id,
          organization_id: d.organizationId,
          webhook_id: d.webhookId,
          event: d.event,
          body: d.body,
          status: d.status,
          attempts: d.attempts,
          response_status: d.responseStatus,
          error: d.error,
          created_at: d.createdAt,
          delivered_at: d.deliveredAt,
        })
        .execute();
    },

    async delivery(organizationId: string, id: string): Promise<DeliveryRecord | undefined> {
      const row = await db
        .selectFrom('webhook_deliveries')
        .selectAll()
        .where('organization_id', '=', organizationId)
        .where('id', '=', id)
        .executeTakeFirst();
      return row && toDelivery(row);
    },

    /** One attempt's outcome: delivered, or to be tried again. */
    async recordAttempt(
      id: string,
      outcome: {
        delivered: boolean;
        /** No attempt follows this one: an undelivered delivery has failed for good. */
        last: boolean;
        responseStatus: number | null;
        error: string | null;
        at: string;
      },
    ): Promise<void> {
      await db
        .updateTable('webhook_deliveries')
        .set((eb) => ({
          attempts: eb('attempts', '+', 1),
          status: outcome.delivered ? 'delivered' : outcome.last ? 'failed' : 'retrying',
          response_status: outcome.responseStatus,
          error: outcome.error,
          ...(outcome.delivered && { delivered_at: outcome.at }),
        }))
        .where('id', '=', id)
        .execute();
    },

    /** The latest deliveries to one webhook, newest first. */
    async deliveries(
      organizationId: string,
      webhookId: string,
      limit: number,
    ): Promise<DeliveryRecord[]> {
      const rows = await db
        .selectFrom('webhook_deliveries')
        .selectAll()
        .where('organization_id', '=', organizationId)
        .where('webhook_id', '=', webhookId)
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .limit(literalLimit(limit))
        .execute();
      return rows.map(toDelivery);
    },
  };
}

function toDelivery(r: {
  id: string;
  organization_id: string;
  webhook_id: string;
  event: string;
  body: string;
  status: string;
  attempts: number;
  response_status: number | null;
  error: string | null;
  created_at: string;
  delivered_at: string | null;
}): DeliveryRecord {
  return {
    id: r.id,
    organizationId: r.organization_id,
    webhookId: r.webhook_id,
    event: r.event,
    body: r.body,
    status: r.status as DeliveryStatus,
    attempts: Number(r.attempts),
    responseStatus: r.response_status === null ? null : Number(r.response_status),
    error: r.error,
    createdAt: r.created_at,
    deliveredAt: r.delivered_at,
  };
}
