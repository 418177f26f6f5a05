import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZId, ZProblem } from '../../../contract/common';
import {
  ZCreatedWebhook,
  ZDelivery,
  ZWebhook,
  ZWebhookRequest,
  ZWebhookUpdate,
  type TDelivery,
  type TWebhook,
} from '../../../contract/webhooks';
import { addWebhook } from '../../app/add-webhook';
import type { Deps } from '../../app/deps';
import { listWebhookDeliveries } from '../../app/list-webhook-deliveries';
import { listWebhooks } from '../../app/list-webhooks';
import { removeWebhook } from '../../app/remove-webhook';
import { updateWebhook } from '../../app/update-webhook';
import type { DeliveryRecord, WebhookRecord } from '../../storage/queries/webhooks';
import { actorOf } from '../auth';

const ZParams = z.object({ id: ZId });
const errors = { 400: ZProblem, 401: ZProblem, 403: ZProblem, 404: ZProblem, 409: ZProblem };
const tags = ['webhooks'];

function present(w: WebhookRecord): TWebhook {
  return {
    id: w.id,
    url: w.url,
    events: w.events,
    format: w.format,
    active: w.active,
    createdAt: w.createdAt,
  };
}

function presentDelivery(d: DeliveryRecord): TDelivery {
  return {
    id: d.id,
    event: d.event,
    status: d.status,
    attempts: d.attempts,
    responseStatus: d.responseStatus,
    error: d.error,
    createdAt: d.createdAt,
    deliveredAt: d.deliveredAt,
  };
}

/** Webhooks: owners register receivers; every delivery is signed, retried and logged. */
export function webhookRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/v1/webhooks',
    {
      schema: {
        tags,
        summary: "The organisation's webhooks (owners)",
        response: { 200: z.object({ items: z.array(ZWebhook) }), ...errors },
      },
    },
    async (request) => ({ items: (await listWebhooks(deps, actorOf(request))).map(present) }),
  );

  r.post(
    '/api/v1/webhooks',
    {
      schema: {
        tags,
        summary: 'Register a webhook; its signing secret is shown once (owners)',
        body: ZWebhookRequest,
        response: { 201: ZCreatedWebhook, ...errors },
      },
    },
    async (request, reply) => {
      const created = await addWebhook(deps, actorOf(request), request.body);
      return reply.status(201).send({ webhook: present(created.webhook), secret: created.secret });
    },
  );

  r.patch(
    '/api/v1/webhooks/:id',
    {
      schema: {
        tags,
        summary: 'Change a webhook, or pause it with active: false (owners)',
        params: ZParams,
        body: ZWebhookUpdate,
        response: { 200: ZWebhook, ...errors },
      },
    },
    async (request) =>
      present(await updateWebhook(deps, actorOf(request), request.params.id, request.body)),
  );

  r.delete(
    '/api/v1/webhooks/:id',
    {
      schema: {
        tags,
        summary: 'Remove a webhook and its delivery log (owners)',
        params: ZParams,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await removeWebhook(deps, actorOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  r.get(
    '/api/v1/webhooks/:id/deliveries',
    {
      schema: {
        tags,
        summary: 'The latest deliveries to a webhook, newest first (owners)',
        params: ZParams,
        response: { 200: z.object({ items: z.array(ZDelivery) }), ...errors },
      },
    },
    async (request) => ({
      items: (await listWebhookDeliveries(deps, actorOf(request), request.params.id)).map(
        presentDelivery,
      ),
    }),
  );
}
