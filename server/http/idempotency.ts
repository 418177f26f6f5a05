import type { FastifyInstance } from 'fastify';
import { DomainError } from '../../domain/shared/domain-error';
import type { Deps } from '../app/deps';

const HEADER = 'idempotency-key';
const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

declare module 'fastify' {
  interface FastifyRequest {
    idempotencyKey: string | null;
  }
}

/**
 * A client that retries a write with the same Idempotency-Key gets the first answer again
 * instead of a second record. Keys are per caller; reusing one for a different request is
 * refused rather than silently answered with the wrong body.
 */
export function registerIdempotency(app: FastifyInstance, deps: Deps) {
  app.decorateRequest('idempotencyKey', null);

  app.addHook('preHandler', async (request, reply) => {
    const key = request.headers[HEADER];
    if (typeof key !== 'string' || !request.auth || !WRITE_METHODS.has(request.method)) return;
    if (key.length === 0 || key.length > 200) {
      throw new DomainError(
        'VALIDATION',
        'The Idempotency-Key header must be 1 to 200 characters.',
        [{ path: 'Idempotency-Key', message: 'Use 1 to 200 characters, e.g. a UUID.' }],
      );
    }
    const stored = await deps.storage.read.idempotency.find(request.auth.principal, key);
    if (!stored) {
      request.idempotencyKey = key;
      return;
    }
    if (stored.method !== request.method || stored.path !== request.url) {
      throw new DomainError(
        'CONFLICT',
        'This Idempotency-Key was already used for a different request.',
        [{ path: 'Idempotency-Key', message: 'Use a new key for each new request.' }],
      );
    }
    return reply
      .status(stored.statusCode)
      .header('idempotent-replayed', 'true')
      .type('application/json; charset=utf-8')
      .send(stored.body);
  });

  app.addHook('onSend', async (request, reply, payload) => {
    const key = request.idempotencyKey;
    if (!key || !request.auth || reply.statusCode >= 300 || typeof payload !== 'string')
      return payload;
    await deps.storage.read.idempotency.save(
      request.auth.principal,
      key,
      { method: request.method, path: request.url, statusCode: reply.statusCode, body: payload },
      deps.clock().toISOString(),
    );
    return payload;
  });
}
