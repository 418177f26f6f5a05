import { Worker } from 'node:worker_threads';
import { sql } from 'kysely';
import type { Database } from './database';

/**
 * SQLite appends each commit to its write-ahead log, and by default the commit that takes the
 * log past 1,000 pages copies them into the database file and flushes it to disk. That commit
 * takes about 10 ms instead of 0.4, with the whole server waiting on it: logging situations
 * in a burst, one commit in thirty did, and the copying came to about a quarter of every
 * commit's cost.
 *
 * So while the server runs, a worker thread with its own connection does the copying (a
 * passive checkpoint, which never waits for or holds up a reader or the writer), every tenth
 * of a second. The server's own connection keeps a far higher threshold, so if the thread falls
 * behind or stops, the log still cannot grow without bound. Once the copying has caught up,
 * the next commit starts the log from its beginning again, so it stays about as large as a
 * tenth of a second of writes. PostgreSQL checkpoints in its own processes; this is SQLite's.
 */
export interface WalCheckpointerOptions {
  /** How often the thread checkpoints. */
  everyMs: number;
  /** Log pages after which the server's own connection checkpoints anyway. */
  fallbackPages: number;
}

export const WAL_CHECKPOINTS: WalCheckpointerOptions = { everyMs: 100, fallbackPages: 10_000 };

/** SQLite's own threshold, in pages: what the connection goes back to without the thread. */
const SQLITE_DEFAULT_PAGES = 1000;

export interface WalCheckpointer {
  stop(): Promise<void>;
}

export async function checkpointInBackground(
  database: Database,
  options: WalCheckpointerOptions = WAL_CHECKPOINTS,
  onError: (error: unknown) => void = () => undefined,
): Promise<WalCheckpointer> {
  const file = database.sqliteFile;
  if (database.dialect !== 'sqlite' || !file) return { stop: async () => undefined };
  const checkpointEvery = (pages: number) =>
    sql.raw(`pragma wal_autocheckpoint = ${Math.trunc(pages)}`).execute(database.db);

  await checkpointEvery(options.fallbackPages);
  const worker = new Worker(new URL('./wal-checkpoint-worker.js', import.meta.url), {
    workerData: { file, everyMs: options.everyMs },
  });
  // Never the reason the process stays up: a start-up that fails after this still exits.
  worker.unref();
  let handedBack: Promise<unknown> | null = null;
  const handBack = () => (handedBack ??= checkpointEvery(SQLITE_DEFAULT_PAGES).catch(onError));
  worker.on('error', (error) => {
    onError(error);
    void handBack();
  });
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));

  return {
    async stop() {
      worker.postMessage('stop');
      await exited;
      await handBack();
    },
  };
}
