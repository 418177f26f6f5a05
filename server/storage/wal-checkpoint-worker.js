// @ts-check
/**
 * The thread that copies SQLite's write-ahead log into the database file, on a connection of
 * its own (started and stopped by wal-checkpointer.ts). Plain JavaScript: a worker thread
 * does not inherit the TypeScript loader the server runs under.
 */
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';

/** @type {{ file: string, everyMs: number }} */
const { file, everyMs } = workerData;
const db = new Database(file, { fileMustExist: true });
// A passive checkpoint waits for nobody: it copies what no reader still needs and leaves the
// rest for the next one. An error (a full disk, say) ends the thread; the server then hands
// checkpoints back to its own connection.
const checkpoint = db.prepare('pragma wal_checkpoint(PASSIVE)');
const timer = setInterval(() => checkpoint.get(), everyMs);

parentPort?.once('message', () => {
  clearInterval(timer);
  db.close();
  parentPort?.close();
});
