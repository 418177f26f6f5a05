import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { eventually } from '../test/eventually';
import { openDatabase, type Database } from './database';
import { checkpointInBackground, type WalCheckpointerOptions } from './wal-checkpointer';

const fast: WalCheckpointerOptions = { everyMs: 10, fallbackPages: 10_000 };
const MiB = 1024 * 1024;

describe('the SQLite log, checkpointed by a thread of its own', () => {
  let dir: string;
  let database: Database;
  const file = () => join(dir, 'turnaround.db');
  const sizeOf = (path: string) => {
    try {
      return statSync(path).size;
    } catch {
      return 0;
    }
  };
  /** One transaction writing about a mebibyte, as a burst of situations would. */
  const writeMiB = async () => {
    await database.db.transaction().execute(async (trx) => {
      for (let i = 0; i < 64; i++)
        await sql`insert into notes (body) values (${'x'.repeat(16 * 1024)})`.execute(trx);
    });
  };
  const autocheckpoint = async () =>
    (await sql<{ wal_autocheckpoint: number }>`pragma wal_autocheckpoint`.execute(database.db))
      .rows[0]!.wal_autocheckpoint;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'turnaround-wal-'));
    database = openDatabase({ dataDir: dir });
    await sql`create table notes (id integer primary key, body text not null)`.execute(database.db);
  });
  afterEach(async () => {
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('copies what was committed into the database file, which the server no longer does itself', async () => {
    const checkpointer = await checkpointInBackground(database, fast);
    expect(await autocheckpoint()).toBe(fast.fallbackPages);
    const before = sizeOf(file());
    await writeMiB();
    await writeMiB();
    // 2 MiB is 500 pages: far under the server's own threshold of 10,000.
    await eventually(() => sizeOf(file()) >= before + 2 * MiB);
    await checkpointer.stop();
  });

  it('keeps the log about as large as one burst, however many bursts come', async () => {
    const checkpointer = await checkpointInBackground(database, fast);
    for (let burst = 1; burst <= 8; burst++) {
      const target = sizeOf(file()) + MiB;
      await writeMiB();
      await eventually(() => sizeOf(file()) >= target);
    }
    // Each commit after a finished checkpoint writes the log from its start again.
    expect(sizeOf(`${file()}-wal`)).toBeLessThan(3 * MiB);
    await checkpointer.stop();
  });

  it('hands checkpoints back to the server when stopped', async () => {
    const checkpointer = await checkpointInBackground(database, fast);
    await checkpointer.stop();
    expect(await autocheckpoint()).toBe(1000);
    const before = sizeOf(file());
    await writeMiB();
    await new Promise((resolve) => setTimeout(resolve, 100));
    // Nobody copied the burst: 256 pages stay in the log, under the server's 1,000.
    expect(sizeOf(file())).toBe(before);
  });

  it('reports a thread that cannot run and hands checkpoints back to the server', async () => {
    const errors: unknown[] = [];
    const missing: Database = { ...database, sqliteFile: join(dir, 'gone', 'turnaround.db') };
    const checkpointer = await checkpointInBackground(missing, fast, (error) => errors.push(error));
    await eventually(async () => errors.length === 1 && (await autocheckpoint()) === 1000);
    expect(String(errors[0])).toMatch(/unable to open|does not exist/i);
    await checkpointer.stop();
  });
});
