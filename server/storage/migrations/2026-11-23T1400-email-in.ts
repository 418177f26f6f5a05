import { sql, type Kysely } from 'kysely';
import { isPostgres, timestampType } from './dialect';

/**
 * Email in: each organisation gets a mailbox name (its inbound address is
 * `<mailbox>@<INBOUND_DOMAIN>`); the Message-IDs of mail in and out map threads to
 * situations; attachments are kept in the database, so every instance can serve them.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- migrations are frozen in time and must not depend on today's schema types */
export async function up(db: Kysely<any>): Promise<void> {
  const ts = timestampType(db);
  await db.schema.alterTable('organizations').addColumn('inbound_mailbox', 'text').execute();
  const orgs = await db.selectFrom('organizations').select(['id', 'name']).execute();
  // The same naming as domain/mail/inbound-address.ts has today, written out: a migration
  // must give the same result whatever that file becomes.
  for (const org of orgs as Array<{ id: string; name: string }>) {
    const slug =
      org.name
        .toLowerCase()
        .normalize('NFKD')
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .slice(0, 24)
        .replace(/-+$/, '') || 'desk';
    const suffix = org.id.replace(/-/g, '').slice(-6);
    await db
      .updateTable('organizations')
      .set({ inbound_mailbox: `${slug}-${suffix}` })
      .where('id', '=', org.id)
      .execute();
  }
  await db.schema
    .createIndex('organizations_inbound_mailbox')
    .on('organizations')
    .column('inbound_mailbox')
    .unique()
    .execute();

  await db.schema
    .createTable('email_messages')
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('message_id', 'text', (c) => c.notNull())
    .addColumn('situation_id', 'text', (c) => c.notNull().references('situations.id'))
    .addColumn('direction', 'text', (c) => c.notNull())
    .addColumn('created_at', ts, (c) => c.notNull())
    .addPrimaryKeyConstraint('email_messages_pk', ['organization_id', 'message_id'])
    .execute();

  await db.schema
    .createTable('attachments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('situation_id', 'text', (c) => c.notNull().references('situations.id'))
    .addColumn('filename', 'text', (c) => c.notNull())
    .addColumn('content_type', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('content', isPostgres(db) ? sql`bytea` : sql`blob`, (c) => c.notNull())
    .addColumn('created_at', ts, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('attachments_situation')
    .on('attachments')
    .columns(['organization_id', 'situation_id'])
    .execute();
}
