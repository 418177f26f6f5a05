import { sql, type Kysely } from 'kysely';
import { runDirectlyWhileHeld } from './database';
import type { DB } from './schema';
import { runAll, type AfterCommit } from './after-commit';
import { SearchIndexChanges } from './search-index';

const BEGIN = 'begin immediate';
const SAVEPOINT = 'savepoint item';
const RELEASE = 'release item';
const ROLLBACK_TO = 'rollback to item';
const COMMIT = 'commit';
const ROLLBACK = 'rollback';

/** A batch stops waiting for more at this size, or this long after its first transaction. */
const MAX_BATCH = 64;
const MAX_WAIT_MS = 2;

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
 * together, and no caller hears back before its work is committed. The full-text index takes
 * in the words that the batch changed after the last savepoint (see search-index.ts).
 *
 * A batch is taken once a turn of the event loop brings no new transaction, as PostgreSQL's
 * commit_delay waits for siblings. Requests read in one turn are parsed and authenticated
 * before they ask for a transaction, so when the batch was taken at the first chance, the
 * clients answered by one commit sent their next requests while the others were being read:
 * ten writers split into two alternating batches of about five, each paying for a commit.
 * Taken once quiet, they commit as one: at ten writers, about 1.5 times as many new
 * situations a second. A transaction on its own waits one turn.
 */
export function groupCommit<S>(
  db: Kysely<DB>,
  storeFor: (db: Kysely<DB>, afterCommit: AfterCommit, searchIndex: SearchIndexChanges) => S,
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
        // The batch holds the connection: its statements, these included, run straight on it.
        const direct = runDirectlyWhileHeld(db, connection);
        const run = async (statement: string) => {
          if (direct) direct(statement, []);
          else await sql.raw(statement).execute(connection);
        };
        await run(BEGIN);
        try {
          const searchIndex = new SearchIndexChanges();
          for (const item of batch) {
            // Each item keeps its own after-commit callbacks and index changes: one rolled
            // back to its savepoint must not announce or index what it never wrote.
            const committed: Array<() => void> = [];
            const itemIndex = new SearchIndexChanges();
            const store = storeFor(connection, (callback) => committed.push(callback), itemIndex);
            await run(SAVEPOINT);
            try {
              const value = await item.run(store);
              await run(RELEASE);
              itemIndex.mergeInto(searchIndex);
              settled.push(() => {
                runAll(committed);
                item.resolve(value);
              });
            } catch (error) {
              await run(ROLLBACK_TO);
              await run(RELEASE);
              settled.push(() => item.reject(error));
            }
          }
          await searchIndex.apply(connection, 'sqlite');
          await run(COMMIT);
        } catch (error) {
          await run(ROLLBACK).catch(() => undefined);
          throw error;
        }
      });
      for (const settle of settled) settle();
    } catch (error) {
      // The batch as a whole could not commit: every caller in it hears the failure.
      for (const item of batch) item.reject(error);
    }
  }

  // How many were waiting at the last look, and when the first of them arrived.
  let seen = 0;
  let firstAt = 0;
  function flushOnceQuiet() {
    if (
      queue.length > seen &&
      queue.length < MAX_BATCH &&
      performance.now() - firstAt < MAX_WAIT_MS
    ) {
      seen = queue.length;
      setImmediate(flushOnceQuiet);
      return;
    }
    void flush();
  }

  return function transaction<T>(run: (store: S) => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      queue.push({ run, resolve: resolve as (value: unknown) => void, reject });
      if (!scheduled) {
        scheduled = true;
        seen = 0;
        firstAt = performance.now();
        setImmediate(flushOnceQuiet);
      }
    });
  };
}
