import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from './database';
import { migrateToLatest } from './migrate';
import { prepared } from './prepared';
import { makeStorage, type Storage } from './store';

describe('group commit on SQLite', () => {
  let database: Database;
  let storage: Storage;
  beforeAll(async () => {
    database = openDatabase({ dataDir: '/nonexistent', sqliteFileName: ':memory:' });
    await migrateToLatest(database.db);
    storage = makeStorage(database);
  });
  afterAll(() => database.close());

  const org = (id: string) => ({
    id,
    name: id,
    createdAt: '2026-11-22T00:00:00.000Z',
    followUpAfterHours: 48,
    surveyTiming: 'off' as const,
    inboundMailbox: id,
  });

  it('commits transactions that arrive together, and rolls back only the one that fails', async () => {
    const results = await Promise.allSettled([
      storage.transaction(async (store) => {
        await store.organizations.insert(org('first'));
        return 'first';
      }),
      storage.transaction(async (store) => {
        await store.organizations.insert(org('doomed'));
        await store.organizations.nextSituationNumber('doomed');
        throw new Error('refused half-way');
      }),
      storage.transaction(async (store) => {
        await store.organizations.insert(org('third'));
        return (await store.organizations.byId('first'))?.name;
      }),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((results[2] as PromiseFulfilledResult<string>).value).toBe('first');
    expect((await storage.read.organizations.list()).map((o) => o.id).sort()).toEqual([
      'first',
      'third',
    ]);
  });

  // Prepared statements run straight on the connection when they can (database.ts).
  const counterOf = prepared((db, param) =>
    db.selectFrom('organizations').select('situation_counter').where('id', '=', param('id')),
  );

  it('keeps a read from outside waiting for a transaction under way, and shows it only what was committed', async () => {
    await storage.transaction((store) => store.organizations.insert(org('gated')));
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    let inside: unknown;
    const failing = storage.transaction(async (store) => {
      await store.organizations.nextSituationNumber('gated');
      inside = (await store.organizations.nextSituationNumber('gated')).number;
      await gate;
      throw new Error('refused after writing');
    });
    // Let the batch start and reach the gate, holding the connection.
    while (inside === undefined) await new Promise((resolve) => setImmediate(resolve));
    let outside: unknown;
    const reading = counterOf(database.db, 'sqlite', { id: 'gated' }).then((rows) => {
      outside = rows;
    });
    await new Promise((resolve) => setImmediate(resolve));
    expect(outside).toBeUndefined();
    open();
    await expect(failing).rejects.toThrow('refused after writing');
    await reading;
    expect(inside).toBe(2);
    expect(outside).toEqual([{ situation_counter: 0 }]);
  });

  it('waits for transactions that keep arriving, turn after turn, and commits them together', async () => {
    const heard: string[] = [];
    const write = (id: string) =>
      storage
        .transaction((store) => store.organizations.insert(org(id)))
        .then(() => heard.push(`${id} committed`));
    const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));
    // As under load: each turn of the event loop reads another request that wants to write.
    const writes = [write('turn-1')];
    await nextTurn();
    heard.push('turn-2 sent');
    writes.push(write('turn-2'));
    await nextTurn();
    heard.push('turn-3 sent');
    writes.push(write('turn-3'));
    await Promise.all(writes);
    expect(heard).toEqual([
      'turn-2 sent',
      'turn-3 sent',
      'turn-1 committed',
      'turn-2 committed',
      'turn-3 committed',
    ]);
  });

  it('does not keep a lone transaction waiting for company', async () => {
    let committed = false;
    const lone = storage
      .transaction((store) => store.organizations.insert(org('lone')))
      .then(() => (committed = true));
    // One quiet turn to see that nothing else is coming, a few more for the commit's own steps.
    for (let turn = 0; turn < 5 && !committed; turn++)
      await new Promise<void>((resolve) => setImmediate(resolve));
    expect(committed).toBe(true);
    await lone;
  });

  it('keeps working after a batch in which every transaction failed', async () => {
    await expect(storage.transaction(() => Promise.reject(new Error('no')))).rejects.toThrow('no');
    await storage.transaction((store) => store.organizations.insert(org('after')));
    expect(await storage.read.organizations.byId('after')).toBeDefined();
  });
});
