import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import {
  Kysely,
  PostgresDialect,
  SqliteDialect,
  SqliteDriver,
  type DatabaseConnection,
  type SqliteDialectConfig,
} from 'kysely';
import pg from 'pg';
import type { DB } from './schema';

export type DialectName = 'sqlite' | 'postgres';

export interface Database {
  db: Kysely<DB>;
  dialect: DialectName;
  /** SQLite only: the file, for backups. */
  sqliteFile: string | null;
  /** SQLite only: when the connection last ran a statement, for upkeep that waits for quiet. */
  statementClock: StatementClock | null;
  close(): Promise<void>;
}

export interface StatementClock {
  /** performance.now() when the last statement was prepared to run. */
  lastAt: number;
}

export interface OpenOptions {
  databaseUrl?: string | undefined;
  dataDir: string;
  /** SQLite file name inside dataDir; tests use ':memory:'. */
  sqliteFileName?: string;
}

export function openDatabase(options: OpenOptions): Database {
  return options.databaseUrl
    ? openPostgres(options.databaseUrl)
    : openSqlite(options.dataDir, options.sqliteFileName ?? 'turnaround.db');
}

function openSqlite(dataDir: string, fileName: string): Database {
  const file = fileName === ':memory:' ? ':memory:' : join(dataDir, fileName);
  if (file !== ':memory:') mkdirSync(dataDir, { recursive: true });
  const sqlite = new BetterSqlite3(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  // Reads go through memory-mapped pages and a 64 MiB page cache instead of a read() call
  // per page: the inbox and timelines touch pages all over the file. The most SQLite maps is
  // just under 2 GiB; past what is mapped, each page is read and copied again. At 1,000,000
  // situations (a 1.8 GB file) a search served 11% more requests a second with all of it
  // mapped than with 1 GiB.
  sqlite.pragma('mmap_size = 2147418112');
  sqlite.pragma('cache_size = -65536');
  // Group commit runs each request in a savepoint, and SQLite keeps the earlier content of
  // every page a savepoint changes so it can undo it. In a temporary file (the default) that
  // was a write system call per page, a third of a new situation's time; in memory it is a
  // copy. Sorts too large for the page cache also stay in memory.
  sqlite.pragma('temp_store = MEMORY');
  const statementClock: StatementClock = { lastAt: performance.now() };
  const statements = withStatementCache(sqlite, statementClock);
  const dialect = new WatchedSqliteDialect({ database: statements });
  const db = new Kysely<DB>({ dialect });
  const run = (sql: string, parameters: readonly unknown[]) => {
    const statement = statements.prepare(sql);
    if (statement.reader) return statement.all(parameters) as unknown[];
    statement.run(parameters);
    return [];
  };
  directRuns.set(db, (sql, parameters) => (dialect.connectionHeld() ? null : run(sql, parameters)));
  boundDirectRuns.set(db, run);
  return {
    db,
    dialect: 'sqlite',
    sqliteFile: file === ':memory:' ? null : file,
    statementClock,
    close: () => db.destroy(),
  };
}

/**
 * Runs a statement straight on SQLite's one connection, past Kysely's executor: its layers of
 * promises, the connection lock and result wrapping were 5–10 µs a statement on the
 * benchmark's machine, more than a small statement's own work. Answers the rows (none for a
 * write without RETURNING), or null when it cannot run now: the connection is held, by a
 * transaction or a statement still in Kysely's hands, and the caller must queue through
 * Kysely as before. See `prepared` in prepared.ts, its one user.
 */
export type DirectRun = (sql: string, parameters: readonly unknown[]) => unknown[] | null;

const directRuns = new WeakMap<Kysely<DB>, DirectRun>();
const boundDirectRuns = new WeakMap<Kysely<DB>, DirectRun>();

/** How statements on this Kysely instance may run directly; undefined: only through Kysely. */
export function directRunFor(db: Kysely<DB>): DirectRun | undefined {
  return directRuns.get(db);
}

/**
 * Lets statements on `held` (what `root.connection()` handed out) run directly: while it is
 * in use it holds the connection, so its statements run there whoever else is waiting, as
 * Kysely would run them. Answers how to run one, for statements not written with Kysely.
 */
export function runDirectlyWhileHeld(root: Kysely<DB>, held: Kysely<DB>): DirectRun | undefined {
  const run = boundDirectRuns.get(root);
  if (run) directRuns.set(held, run);
  return run;
}

/**
 * Kysely's SQLite dialect, telling whether the connection is held. Kysely hands its one
 * connection to one user at a time (a statement, a transaction, a `connection()` block) and
 * queues the rest; a statement run directly while someone holds it would land inside their
 * transaction, so direct runs wait for it to be free.
 */
class WatchedSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;
  #driver: WatchedSqliteDriver | null = null;

  constructor(config: SqliteDialectConfig) {
    super(config);
    this.#config = config;
  }

  override createDriver() {
    this.#driver = new WatchedSqliteDriver(this.#config);
    return this.#driver;
  }

  connectionHeld(): boolean {
    return this.#driver?.held ?? true;
  }
}

class WatchedSqliteDriver extends SqliteDriver {
  held = false;

  override async acquireConnection(): Promise<DatabaseConnection> {
    const connection = await super.acquireConnection();
    this.held = true;
    return connection;
  }

  override async releaseConnection(): Promise<void> {
    this.held = false;
    await super.releaseConnection();
  }
}

const STATEMENT_CACHE_SIZE = 500;

/**
 * Kysely prepares every query afresh; preparing costs as much as running a small query, and
 * the same few hundred statements recur, so prepared statements are kept by their SQL text.
 */
function withStatementCache(sqlite: BetterSqlite3.Database, clock: StatementClock) {
  const cache = new Map<string, CachedStatement>();
  return {
    close: () => sqlite.close(),
    // Kysely prepares each statement right before running it.
    prepare(sql: string) {
      clock.lastAt = performance.now();
      let statement = cache.get(sql);
      if (statement) {
        // Re-insert to keep the map in least-recently-used order.
        cache.delete(sql);
      } else {
        statement = rowsBuiltInJs(sqlite.prepare(sql));
        if (cache.size >= STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value!);
      }
      cache.set(sql, statement);
      return statement;
    },
  };
}

type CachedStatement = Pick<BetterSqlite3.Statement, 'reader' | 'run' | 'all' | 'iterate'>;

/**
 * better-sqlite3 builds each result row as an object from C++, which costs about half a
 * microsecond a column: most of reading an inbox page of 26 situations. Rows fetched as
 * arrays and turned into objects here, with the same keys, values and order, cost less: an
 * inbox page went from about 260 to 200 µs, a timeline from 58 to 40 µs, on the benchmark's
 * 100,000 situations.
 */
function rowsBuiltInJs(statement: BetterSqlite3.Statement): CachedStatement {
  if (!statement.reader) return statement;
  const namesNow = () => statement.columns().map((column) => column.name);
  let names = namesNow();
  let build = rowBuilder(names);
  const arrays = statement.raw(true);
  const toObject = (values: unknown[]) => {
    // SQLite prepares a statement again after the schema changed, and "select *" may then
    // have other columns: take their names afresh.
    if (values.length !== names.length) {
      names = namesNow();
      build = rowBuilder(names);
    }
    return build(values);
  };
  return {
    reader: true,
    run: (...parameters: unknown[]) => arrays.run(...parameters),
    all: (...parameters: unknown[]) => (arrays.all(...parameters) as unknown[][]).map(toObject),
    *iterate(...parameters: unknown[]) {
      for (const values of arrays.iterate(...parameters) as IterableIterator<unknown[]>)
        yield toObject(values);
    },
  } as CachedStatement;
}

/**
 * A function that makes one row object from its values, as an object literal. Given its keys
 * one by one, a wide row (a situation has 28 columns) falls back to a dictionary of
 * properties in V8, slower to read and copy; a literal has a fixed shape from the start.
 * Reading one situation went from about 67 to 55 µs with it.
 */
function rowBuilder(names: string[]): (values: unknown[]) => Record<string, unknown> {
  // Column names go into the source as JSON strings, so any name is a safe property key;
  // "__proto__" is written as a computed key: as a plain key (or an assignment) it would set
  // the row's prototype, or be dropped, instead of becoming a column.
  const fields = names.map((name, i) =>
    name === '__proto__' ? `["__proto__"]: values[${i}]` : `${JSON.stringify(name)}: values[${i}]`,
  );
  return new Function('values', `return { ${fields.join(', ')} };`) as (
    values: unknown[],
  ) => Record<string, unknown>;
}

const TIMESTAMPTZ_OID = 1184;
const INT8_OID = 20;

function openPostgres(url: string): Database {
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    // Times come back as the same ISO strings SQLite stores, counts as numbers.
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
        if (oid === TIMESTAMPTZ_OID) return (v: string) => new Date(v).toISOString();
        if (oid === INT8_OID) return (v: string) => Number(v);
        return pg.types.getTypeParser(oid, format);
      }) as typeof pg.types.getTypeParser,
    },
  });
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    dialect: 'postgres',
    sqliteFile: null,
    statementClock: null,
    close: () => db.destroy(),
  };
}
