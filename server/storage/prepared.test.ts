import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from './database';
import { literalLimit, prepared } from './prepared';

describe('prepared queries', () => {
  let database: Database;
  beforeAll(async () => {
    database = openDatabase({ dataDir: '/nonexistent', sqliteFileName: ':memory:' });
    await sql`create table organizations (id text primary key, name text, situation_counter integer, created_at text)`.execute(
      database.db,
    );
    await sql`insert into organizations values ('a', 'Alpha', 0, 'x'), ('b', 'Beta', 5, 'y')`.execute(
      database.db,
    );
  });
  afterAll(() => database.close());

  const byName = prepared((db, param) =>
    db
      .selectFrom('organizations')
      .select(['id', 'situation_counter'])
      .where('name', '=', param('name'))
      .where('situation_counter', '>=', 0)
      .limit(param<number>('limit')),
  );

  it('fills the named values in and keeps the constants of the query', async () => {
    expect(await byName(database.db, 'sqlite', { name: 'Beta', limit: 10 })).toEqual([
      { id: 'b', situation_counter: 5 },
    ]);
    expect(await byName(database.db, 'sqlite', { name: 'Alpha', limit: 10 })).toEqual([
      { id: 'a', situation_counter: 0 },
    ]);
    expect(await byName(database.db, 'sqlite', { name: 'Alpha', limit: 0 })).toEqual([]);
  });

  it('refuses to run with a value missing rather than bind the placeholder', async () => {
    await expect(byName(database.db, 'sqlite', { name: 'Alpha' })).rejects.toThrow(
      /no value for "limit"/,
    );
  });

  it('writes a row limit into the query, and only a whole number', async () => {
    const names = (limit: number) =>
      database.db
        .selectFrom('organizations')
        .select('name')
        .orderBy('name')
        .limit(literalLimit(limit))
        .execute();
    expect(await names(1)).toEqual([{ name: 'Alpha' }]);
    expect(await names(5)).toEqual([{ name: 'Alpha' }, { name: 'Beta' }]);
    expect(() => literalLimit(2.5)).toThrow(/whole number/);
    expect(() => literalLimit(-1)).toThrow(/whole number/);
    expect(() => literalLimit(Number.NaN)).toThrow(/whole number/);
  });
});
