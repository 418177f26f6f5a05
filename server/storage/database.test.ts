import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from './database';

describe('rows read from SQLite', () => {
  let database: Database;
  beforeAll(() => {
    database = openDatabase({ dataDir: '/nonexistent', sqliteFileName: ':memory:' });
  });
  afterAll(() => database.close());

  it('come back as plain objects with every column, value and type as stored', async () => {
    await sql`create table samples (id integer primary key, label text, amount real, raw blob, note text)`.execute(
      database.db,
    );
    await sql`insert into samples values (1, 'Café ☕', 12.5, x'00ff', null), (2, '', -3, null, 'Ω')`.execute(
      database.db,
    );
    const { rows } = await sql`select * from samples order by id`.execute(database.db);
    expect(rows).toEqual([
      { id: 1, label: 'Café ☕', amount: 12.5, raw: Buffer.from([0, 255]), note: null },
      { id: 2, label: '', amount: -3, raw: null, note: 'Ω' },
    ]);
    expect(Object.keys(rows[0] as object)).toEqual(['id', 'label', 'amount', 'raw', 'note']);
  });

  it('keep column names that need quoting exactly as SQLite reports them', async () => {
    const { rows } =
      await sql`select 1 as "it's", 2 as "say ""hi""", 3 as "back\\slash", 4 as "naïve ☕", 5 as "a,b: c", 6 as "__proto__"`.execute(
        database.db,
      );
    expect(rows).toEqual([
      { "it's": 1, 'say "hi"': 2, 'back\\slash': 3, 'naïve ☕': 4, 'a,b: c': 5, ['__proto__']: 6 },
    ]);
    // An own property, as every other column; not the row's prototype.
    expect(Object.hasOwn(rows[0] as object, '__proto__')).toBe(true);
  });

  it('keep up with a table that gained a column after the query was first run', async () => {
    await sql`create table growing (a text)`.execute(database.db);
    await sql`insert into growing values ('first')`.execute(database.db);
    const all = () => sql`select * from growing`.execute(database.db);
    expect((await all()).rows).toEqual([{ a: 'first' }]);
    await sql`alter table growing add column b text default 'added'`.execute(database.db);
    expect((await all()).rows).toEqual([{ a: 'first', b: 'added' }]);
  });

  it('answer writes as before, and the same statement twice gives the same rows', async () => {
    await sql`create table counters (n integer)`.execute(database.db);
    const insert = await sql`insert into counters values (7)`.execute(database.db);
    expect(insert.numAffectedRows).toBe(1n);
    const read = () => sql<{ n: number }>`select n from counters`.execute(database.db);
    expect((await read()).rows).toEqual([{ n: 7 }]);
    expect((await read()).rows).toEqual([{ n: 7 }]);
  });
});
