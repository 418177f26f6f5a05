import { sql, type Kysely } from 'kysely';
import type { DB } from './schema';
import { runAll, type AfterCommit } from './after-commit';

interface Pending<S> {
  run: (store: S) => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/**
 * SQLite commits are the expensive part of a small write (the WAL frame, the full-text
 * segment), and SQLite takes one writer at a time anyway. So transactions that arrive
 * together are run one after another inside a single database transaction, each in its own
 * savepoint: one that fails is rolled back alone and changes nothing, the others commit
 * together, and no caller hears back before its work is committed.
 */
export function groupCommit<S>(
  db: Kysely<DB>,
  storeFor: (db: Kysely<DB>, afterCommit: AfterCommit) => S,
) {
  let queue: Array<Pending<S>> = [];
  let scheduled = false;

  async function flush() {
    scheduled = false;
    const batch = queue;
    queue = [];
    const settled: Array<() => void> = [];
    try {
      await db.connection().execute(async (connection) => {
        await sql`begin immediate`.execute(connection);
        try {
          for (const item of batch) {
            // Each item keeps its own after-commit callbacks: one rolled back to its
            // savepoint must not announce what it never wrote.
            const committed: Array<() => void> = [];
            const store = storeFor(connection, (callback) => committed.push(callback));
            await sql`savepoint item`.execute(connection);
            try {
              const value = await item.run(store);
              await sql`release item`.execute(connection);
              settled.push(() => {
                runAll(committed);
                item.resolve(value);
              });
            } catch (error) {
              await sql`rollback to item`.execute(connection);
              await sql`release item`.execute(connection);
              settled.push(() => item.reject(error));
            }
          }
          await sql`commit`.execute(connection);
        } catch (error) {
          await sql`rollback`.execute(connection).catch(() => undefined);
          throw error;
        }
      });
      for (const settle of settled) settle();
    } catch (error) {
      // The batch as a whole could not commit: every caller in it hears the failure.
      for (const item of batch) item.reject(error);
    }
  }

  return function transaction<T>(run: (store: S) => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      queue.push({ run, resolve: resolve as (value: unknown) => void, reject });
      if (!scheduled) {
        scheduled = true;
        setImmediate(() => void flush());
      }
    });
  };
}
