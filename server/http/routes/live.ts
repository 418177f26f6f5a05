import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../app/deps';
import { followLiveUpdates } from '../../app/follow-live-updates';
import type { LiveMessage } from '../../live/live-feed';
import { actorOf } from '../auth';

/** A comment line now and then keeps proxies from closing a quiet stream. */
const HEARTBEAT_MS = 20_000;
/**
 * Streams end after a while and the browser reconnects by itself; reconnecting signs in
 * again, so a member whose sessions were revoked stops hearing within this time.
 */
const STREAM_LIFETIME_MS = 10 * 60_000;
/** How long the browser waits before reconnecting. */
const RETRY_MS = 3_000;

/**
 * `GET /api/v1/live`: Server-Sent Events telling the inbox and situation pages what changed.
 * Each `situation` event carries `{situationId, seq, status}`; `resync` means some may have
 * been missed and everything on screen should be read again.
 */
export function liveRoutes(app: FastifyInstance, deps: Deps) {
  const open = new Set<() => void>();
  // Closing the server waits for requests in flight; an event stream never finishes by
  // itself, so each is ended first.
  app.addHook('preClose', (done) => {
    for (const end of [...open]) end();
    done();
  });

  app.get(
    '/api/v1/live',
    {
      schema: {
        tags: ['live'],
        summary: 'Server-Sent Events: situations of your organisation that changed',
        description:
          'event: situation, data: {"situationId","seq","status"} after every change, from any instance; event: resync when updates may have been missed.',
      },
    },
    (request, reply) => {
      const actor = actorOf(request);
      reply.hijack();
      const raw = reply.raw;
      raw.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store',
        connection: 'keep-alive',
        // Tells nginx not to buffer the stream.
        'x-accel-buffering': 'no',
      });
      raw.write(`retry: ${RETRY_MS}\n: connected\n\n`);

      const send = (message: LiveMessage) => {
        if (message.kind === 'resync') raw.write('event: resync\ndata: {}\n\n');
        else {
          const { situationId, seq, status } = message.notice;
          raw.write(`event: situation\ndata: ${JSON.stringify({ situationId, seq, status })}\n\n`);
        }
      };
      const unsubscribe = followLiveUpdates(deps, actor, send);
      const heartbeat = setInterval(() => raw.write(': still here\n\n'), HEARTBEAT_MS);
      const lifetime = setTimeout(() => end(), STREAM_LIFETIME_MS);
      const end = () => {
        if (!open.delete(end)) return;
        unsubscribe();
        clearInterval(heartbeat);
        clearTimeout(lifetime);
        raw.end();
      };
      open.add(end);
      request.raw.on('close', end);
    },
  );
}
