import { sql, type Kysely } from 'kysely';
import { isPostgres } from './dialect';

/**
 * SQLite: the full-text index of situations is kept by the storage layer, once per commit
 * (server/storage/search-index.ts), instead of by triggers that wrote it row by row. The
 * index already holds every situation's words, so only the triggers go.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- migrations are frozen in time and must not depend on today's schema types */
export async function up(db: Kysely<any>): Promise<void> {
  if (isPostgres(db)) return;
  await sql`DROP TRIGGER IF EXISTS situations_fts_insert`.execute(db);
  await sql`DROP TRIGGER IF EXISTS situations_fts_update`.execute(db);
  await sql`DROP TRIGGER IF EXISTS situations_fts_delete`.execute(db);
}
