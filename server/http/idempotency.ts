import type { FastifyInstance } from 'fastify';
import { DomainError } from '../../domain/shared/domain-error';
import type { Deps } from '../app/deps';

const HEADER = 'idempotency-key';
const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** How long a second request with the same key waits for the first one's answer. */
const WAIT_FOR_FIRST_MS = 5_000;
/** A claim older than this belongs to a request that will never finish. */
const ABANDONED_AFTER_MS = 60_000;

declare module 'fastify' {
  interface FastifyRequest {
    idempotencyKey: string | null;
  }
}

/**
 * A client that retries a write with the same Idempotency-Key gets the first answer again
 * instead of a second record, also when both arrive at once: the first claims the key, the
 * second waits for its answer. Keys are per caller; reusing one for a different request is
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
    const store = deps.storage.read.idempotency;
    const { principal } = request.auth;
    const now = () => deps.clock().toISOString();
    if (await store.reserve(principal, key, request.method, request.url, now())) {
      request.idempotencyKey = key;
      return;
    }
    // Someone holds the key: the same request sent twice at once (a double tap), or an
    // earlier one. Wait for its answer and give the same one.
    const deadline = Date.now() + WAIT_FOR_FIRST_MS;
    let stored = await store.find(principal, key);
    while (stored && stored.statusCode === 0 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      stored = await store.find(principal, key);
    }
    if (!stored) {
      // It failed and gave the key back meanwhile: this request runs in its place.
      if (await store.reserve(principal, key, request.method, request.url, now())) {
        request.idempotencyKey = key;
        return;
      }
      stored = await store.find(principal, key);
    }
    if (stored && (stored.method !== request.method || stored.path !== request.url)) {
      throw new DomainError(
        'CONFLICT',
        'This Idempotency-Key was already used for a different request.',
        [{ path: 'Idempotency-Key', message: 'Use a new key for each new request.' }],
      );
    }
    if (!stored || stored.statusCode === 0) {
      const abandonedBefore = new Date(Date.now() - ABANDONED_AFTER_MS).toISOString();
      if (await store.takeOverAbandoned(principal, key, abandonedBefore, now())) {
        request.idempotencyKey = key;
        return;
      }
      throw new DomainError(
        'CONFLICT',
        'A request with this Idempotency-Key is still running; try again in a moment.',
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
    if (!key || !request.auth) return payload;
    const store = deps.storage.read.idempotency;
    if (reply.statusCode >= 300 || typeof payload !== 'string') {
      await store.release(request.auth.principal, key);
    } else {
      await store.complete(request.auth.principal, key, {
        method: request.method,
        path: request.url,
        statusCode: reply.statusCode,
        body: payload,
      });
    }
    return payload;
  });
}
