import pg from 'pg';
import { STATUSES } from '../../domain/situation/vocabulary';
import { listenerRegistry, type LiveFeed, type LiveNotice } from './live-feed';

export const LIVE_CHANNEL = 'turnaround_live';
const RECONNECT_MS = 2_000;

interface Logger {
  warn(object: unknown, message?: string): void;
}

/**
 * Several instances on one PostgreSQL: a notice is sent with NOTIFY inside the transaction
 * that made the change, so PostgreSQL delivers it on commit (and never on rollback) to every
 * instance LISTENing, this one included. Each instance keeps one connection for listening.
 */
export async function pgLiveFeed(options: {
  connectionString: string;
  logger?: Logger;
}): Promise<LiveFeed> {
  const listeners = listenerRegistry();
  let client: pg.Client | null = null;
  let stopped = false;
  let retry: NodeJS.Timeout | null = null;

  async function connect(): Promise<void> {
    const next = new pg.Client({ connectionString: options.connectionString });
    next.on('notification', (message) => {
      const notice = parseNotice(message.payload);
      if (notice) listeners.notify(notice);
    });
    next.on('error', (error) => {
      options.logger?.warn({ err: error }, 'live updates: the listening connection failed');
      reconnectSoon(next);
    });
    next.on('end', () => reconnectSoon(next));
    await next.connect();
    await next.query(`LISTEN ${LIVE_CHANNEL}`);
    client = next;
  }

  function reconnectSoon(failed: pg.Client) {
    if (stopped || client !== failed || retry) return;
    client = null;
    retry = setTimeout(() => {
      retry = null;
      connect().then(
        // Whatever was announced while nobody listened is lost: screens re-read everything.
        () => listeners.resyncAll(),
        () => {
          if (!stopped) reconnectSoon(failed);
        },
      );
    }, RECONNECT_MS);
    retry.unref();
  }

  await connect();
  return {
    async announce(store, notice) {
      await store.raw.executeSql('select pg_notify($1, $2)', [
        LIVE_CHANNEL,
        JSON.stringify(notice),
      ]);
    },
    subscribe: listeners.subscribe,
    async stop() {
      stopped = true;
      if (retry) clearTimeout(retry);
      listeners.clear();
      const closing = client;
      client = null;
      await closing?.end().catch(() => undefined);
    },
  };
}

function parseNotice(payload: string | undefined): LiveNotice | null {
  if (!payload) return null;
  try {
    const value = JSON.parse(payload) as Partial<LiveNotice>;
    if (
      typeof value.organizationId === 'string' &&
      typeof value.situationId === 'string' &&
      typeof value.seq === 'number' &&
      STATUSES.includes(value.status as LiveNotice['status'])
    )
      return value as LiveNotice;
  } catch {
    // Not ours: something else notified on the channel.
  }
  return null;
}
