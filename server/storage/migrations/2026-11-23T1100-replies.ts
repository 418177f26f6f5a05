import type { Kysely } from 'kysely';
import { timestampType } from './dialect';

/**
 * Replies sent by email: held for a cool-down, then sent by a job (or taken back). The
 * Message-ID of each sent one threads the next.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- migrations are frozen in time and must not depend on today's schema types */
export async function up(db: Kysely<any>): Promise<void> {
  const ts = timestampType(db);
  await db.schema
    .createTable('replies')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('situation_id', 'text', (c) => c.notNull().references('situations.id'))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('to_email', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('send_at', ts, (c) => c.notNull())
    .addColumn('cool_down_reason', 'text')
    .addColumn('sent_at', ts)
    .addColumn('message_id', 'text')
    .addColumn('error', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', ts, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('replies_situation')
    .on('replies')
    .columns(['organization_id', 'situation_id', 'created_at'])
    .execute();
}
