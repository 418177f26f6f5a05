import type { Kysely } from 'kysely';
import { timestampType } from './dialect';

/**
 * Surveys: one row per link sent to a person, answered at most once. The link carries the
 * row's id and a signature; nothing secret is stored.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- migrations are frozen in time and must not depend on today's schema types */
export async function up(db: Kysely<any>): Promise<void> {
  const ts = timestampType(db);
  await db.schema
    .alterTable('organizations')
    .addColumn('survey_timing', 'text', (c) => c.notNull().defaultTo('follow_up_due'))
    .execute();
  await db.schema
    .createTable('surveys')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('situation_id', 'text', (c) => c.notNull().references('situations.id'))
    .addColumn('to_email', 'text')
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('expires_at', ts, (c) => c.notNull())
    .addColumn('sent_at', ts)
    .addColumn('answered_at', ts)
    .addColumn('put_right', 'text')
    .addColumn('score', 'integer')
    .addColumn('come_back', 'text')
    .addColumn('comment', 'text')
    .execute();
  await db.schema
    .createIndex('surveys_situation')
    .on('surveys')
    .columns(['organization_id', 'situation_id', 'created_at'])
    .execute();
}
