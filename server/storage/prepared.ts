import { CompiledQuery, sql, type Compilable, type Kysely } from 'kysely';
import { directRunFor, type DialectName } from './database';
import type { DB } from './schema';

const SLOT = '\u0000slot:';

type Slot = { name: string } | { constant: unknown };

/** Stands for a named parameter while a prepared query is compiled. */
export type Param = <T = string>(name: string) => T;

/**
 * Building and compiling a Kysely query costs as much as running a small one on SQLite. The
 * queries on every request's path (authentication, one situation, its timeline, the writes of
 * a new situation) have a fixed shape, so they are built once per dialect with placeholders,
 * and later runs only fill in the values. On SQLite they run straight on the connection
 * whenever Kysely would have run them at once (`DirectRun` in database.ts).
 */
export function prepared<Values extends Record<string, unknown>, Row>(
  build: (db: Kysely<DB>, param: Param) => Compilable<Row>,
) {
  const templates = new Map<DialectName, { sql: string; slots: Slot[] }>();

  function template(db: Kysely<DB>, dialect: DialectName) {
    let found = templates.get(dialect);
    if (!found) {
      const compiled = build(db, ((name: string) => `${SLOT}${name}`) as Param).compile();
      const slots = compiled.parameters.map((p): Slot =>
        typeof p === 'string' && p.startsWith(SLOT)
          ? { name: p.slice(SLOT.length) }
          : { constant: p },
      );
      found = { sql: compiled.sql, slots };
      templates.set(dialect, found);
    }
    return found;
  }

  return async function run(db: Kysely<DB>, dialect: DialectName, values: Values): Promise<Row[]> {
    const { sql, slots } = template(db, dialect);
    const parameters = slots.map((slot) => {
      if ('constant' in slot) return slot.constant;
      if (!(slot.name in values)) throw new Error(`prepared query: no value for "${slot.name}"`);
      return values[slot.name];
    });
    const rows = dialect === 'sqlite' ? directRunFor(db)?.(sql, parameters) : null;
    if (rows) return rows as Row[];
    return (await db.executeQuery<Row>(CompiledQuery.raw(sql, parameters))).rows;
  };
}

/** Placeholders for every column of a row, for prepared inserts and updates. */
export function params<K extends string>(param: Param, columns: readonly K[]): Record<K, never> {
  return Object.fromEntries(columns.map((c) => [c, param(c)])) as Record<K, never>;
}

/**
 * A row limit written into the SQL rather than bound. SQLite reads a bound LIMIT's value
 * while planning, so a statement with `limit ?` is planned afresh every time it runs, even
 * from the statement cache: the benchmark's inbox page query took 148 µs instead of 83. Each
 * limit in use gets its own cached statement instead.
 */
export function literalLimit(limit: number) {
  if (!Number.isSafeInteger(limit) || limit < 0)
    throw new Error(`a row limit must be a whole number, not ${limit}`);
  return sql.lit(limit);
}
