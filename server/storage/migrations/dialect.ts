import { PostgresAdapter, type Kysely } from 'kysely';

/** Migrations are shared; the few lines that differ per dialect ask which one they run on. */
export function isPostgres(db: Kysely<unknown>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

export function timestampType(db: Kysely<unknown>): 'timestamptz' | 'text' {
  return isPostgres(db) ? 'timestamptz' : 'text';
}
