import { Worker } from 'node:worker_threads';
import { sql } from 'kysely';
import type { Database } from './database';

/**
 * SQLite appends each commit to its write-ahead log, and by default the commit that takes the
 * log past 1,000 pages copies them into the database file and flushes it to disk. That commit
 * takes about 10 ms instead of 0.4, with the whole server waiting on it: logging situations
 * in a burst, one commit in thirty did, and those commits were about half of all the time
 * spent committing.
 *
 * So while the server runs, a worker thread with its own connection does the copying (a
 * passive checkpoint, which never waits for or holds up a reader or the writer), every tenth
 * of a second. The log starts again from its beginning only at a commit that finds all of it
 * copied: after a pause in writing, that is the next commit. Under writes that never pause,
 * the log grows to the server's own threshold, kept at 10,000 pages (40 MiB), and that commit
 * copies the little the thread has not yet and starts the log afresh: one slow commit per 40
 * MiB written instead of one per 4 MiB, each with less to copy. The same threshold bounds the
 * log if the thread stops. PostgreSQL checkpoints in its own processes; this is SQLite's.
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
