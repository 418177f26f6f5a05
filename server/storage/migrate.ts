import { Migrator, sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import { isPostgres } from './migrations/dialect';
import * as foundation from './migrations/2026-11-22T1600-foundation';
import * as playbooks from './migrations/2026-11-22T1900-playbooks';
import * as empowerment from './migrations/2026-11-22T2000-empowerment';
import * as phrasebook from './migrations/2026-11-22T2100-phrasebook';
import * as followThrough from './migrations/2026-11-23T0900-follow-through';
import * as jobs from './migrations/2026-11-23T1000-jobs';
import * as replies from './migrations/2026-11-23T1100-replies';
import * as webhooks from './migrations/2026-11-23T1200-webhooks';
import * as surveys from './migrations/2026-11-23T1300-surveys';
import * as emailIn from './migrations/2026-11-23T1400-email-in';
import * as replyClaims from './migrations/2026-11-23T1500-reply-claims';
import * as searchIndexByStore from './migrations/2026-12-01T1300-search-index-by-store';
import * as searchIndexByStatus from './migrations/2026-12-06T0900-search-index-by-status';
import * as situationOpeningOrder from './migrations/2026-12-06T1200-situation-opening-order';

/** Every migration, by timestamped name; new ones are appended here. */
const MIGRATIONS: Record<string, Migration> = {
  '2026-11-22T1600-foundation': foundation,
  '2026-11-22T1900-playbooks': playbooks,
  '2026-11-22T2000-empowerment': empowerment,
  '2026-11-22T2100-phrasebook': phrasebook,
  '2026-11-23T0900-follow-through': followThrough,
  '2026-11-23T1000-jobs': jobs,
  '2026-11-23T1100-replies': replies,
  '2026-11-23T1200-webhooks': webhooks,
  '2026-11-23T1300-surveys': surveys,
  '2026-11-23T1400-email-in': emailIn,
  '2026-11-23T1500-reply-claims': replyClaims,
  '2026-12-01T1300-search-index-by-store': searchIndexByStore,
  '2026-12-06T0900-search-index-by-status': searchIndexByStatus,
  '2026-12-06T1200-situation-opening-order': situationOpeningOrder,
};

const provider: MigrationProvider = { getMigrations: () => Promise.resolve(MIGRATIONS) };

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the migrator works on any schema
export async function migrateToLatest(db: Kysely<any>): Promise<string[]> {
  // On PostgreSQL the bookkeeping tables live in the schema we work in (the first on the
  // search_path), never in whichever schema Kysely finds them first.
  const schema = isPostgres(db)
    ? (await sql<{ schema: string }>`select current_schema() as schema`.execute(db)).rows[0]?.schema
    : undefined;
  const migrator = new Migrator({
    db,
    provider,
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
