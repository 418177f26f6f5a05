import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { buildApp } from './http/app';
import type { Config } from './config';
import { compose, type Composed } from './compose';
import { jobHandlers } from './jobs/handlers';
import { startInboundServer } from './mail/inbound-server';
import { keepSearchIndexCompact } from './storage/search-index-upkeep';
import { checkpointInBackground } from './storage/wal-checkpointer';

export const WEB_ROOT = fileURLToPath(new URL('../dist/web', import.meta.url));

export interface RunningServer {
  app: FastifyInstance;
  composed: Composed;
  url: string;
  stop(): Promise<void>;
}

/** Starts Turnaround: migrate, build the app, listen, and stop cleanly on SIGTERM/SIGINT. */
export async function startServer(
  config: Config,
  options: { handleSignals?: boolean } = {},
): Promise<RunningServer> {
  const composed = await compose(config);
  const app = await buildApp({
    deps: composed.deps,
    logger: { level: config.logLevel },
    secureCookies: config.secureCookies,
    loginRateLimit: config.loginRateLimit,
    trustProxy: config.trustProxy,
    webRoot: WEB_ROOT,
  });
  if (!existsSync(WEB_ROOT)) {
    app.log.warn(
      `The web app is not built (${WEB_ROOT} is missing): run "npm run build". The API works without it.`,
    );
  }
  await app.listen({ port: config.port, host: config.host });
  // Reminders that fell due while the server was down run now, once.
  await composed.deps.jobs.start(jobHandlers(composed.deps), app.log);
  const searchIndexUpkeep = keepSearchIndexCompact(composed.database, undefined, (error) =>
    app.log.warn({ err: error }, 'merging the search index failed; it will be tried again'),
  );
  const walCheckpointer = await checkpointInBackground(composed.database, undefined, (error) =>
    app.log.warn(
      { err: error },
      'the background checkpoint of the SQLite log stopped; the server checkpoints it itself',
    ),
  );
  const inbound = config.inboundSmtpPort
    ? await startInboundServer(composed.deps, {
        port: config.inboundSmtpPort,
        host: config.host,
        maxBytes: config.inboundMaxBytes,
        logger: app.log,
      })
    : null;
  if (inbound)
    app.log.info(
      `Mail in: listening for SMTP on ${config.host}:${inbound.port} for @${config.inboundDomain}`,
    );
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;

  let stopping: Promise<void> | null = null;
  const stop = () => {
    // Mail in stops first; close stops accepting connections and waits for in-flight requests;
    // then the upkeep and the checkpoint thread stop and the job runner finishes what it is
    // running; only then is the database closed, so no request or job loses its connection
    // mid-transaction.
    stopping ??= (async () => {
      await inbound?.close();
      await app.close();
      await searchIndexUpkeep.stop();
      // Before the database closes: its last connection folds the log into the file.
      await walCheckpointer.stop();
      await composed.close();
    })();
    return stopping;
  };
  if (options.handleSignals) {
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      process.once(signal, () => {
        app.log.info({ signal }, 'shutting down');
        const force = setTimeout(() => process.exit(1), 10_000);
        force.unref();
        stop().then(
          () => process.exit(0),
          (error: unknown) => {
            app.log.error({ err: error }, 'shutdown failed');
            process.exit(1);
          },
        );
      });
    }
  }
  return { app, composed, url, stop };
}
