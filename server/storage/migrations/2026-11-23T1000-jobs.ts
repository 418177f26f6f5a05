import type { Kysely } from 'kysely';
import { isPostgres, timestampType } from './dialect';

/**
 * Background jobs on SQLite (reminders now; delayed sends and webhook deliveries later): a
 * job is written in the same transaction as the change that asks for it, and the in-process
 * runner takes it when it falls due. PostgreSQL keeps its jobs in pg-boss's own schema.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- migrations are frozen in time and must not depend on today's schema types */
export async function up(db: Kysely<any>): Promise<void> {
  if (isPostgres(db)) return;
  const ts = timestampType(db);
  await db.schema
    .createTable('jobs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('run_at', ts, (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_error', 'text')
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('finished_at', ts)
    .execute();
  await db.schema.createIndex('jobs_due').on('jobs').columns(['state', 'run_at']).execute();
  await db.schema
    .createIndex('jobs_org_state')
    .on('jobs')
    .columns(['organization_id', 'state'])
    .execute();
}
