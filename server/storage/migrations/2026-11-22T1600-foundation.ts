import { sql, type Kysely } from 'kysely';
import { isPostgres, timestampType } from './dialect';

/* eslint-disable @typescript-eslint/no-explicit-any -- migrations are frozen in time and must not depend on today's schema types */
export async function up(db: Kysely<any>): Promise<void> {
  const ts = timestampType(db);
  const pg = isPostgres(db);

  await db.schema
    .createTable('organizations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('situation_counter', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', ts, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('locations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('archived', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', ts, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('locations_org').on('locations').column('organization_id').execute();

  await db.schema
    .createTable('users')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('location_id', 'text', (c) => c.references('locations.id'))
    .addColumn('created_at', ts, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('users_org').on('users').column('organization_id').execute();

  await db.schema
    .createTable('sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('organization_id', 'text', (c) => c.notNull())
    .addColumn('csrf_token', 'text', (c) => c.notNull())
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('expires_at', ts, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('sessions_user').on('sessions').column('user_id').execute();

  await db.schema
    .createTable('api_tokens')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('last_used_at', ts)
    .addColumn('revoked_at', ts)
    .execute();

  await db.schema
    .createTable('invites')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('location_id', 'text', (c) => c.references('locations.id'))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('expires_at', ts, (c) => c.notNull())
    .addColumn('accepted_at', ts)
    .execute();
  await db.schema.createIndex('invites_org').on('invites').column('organization_id').execute();

  await db.schema
    .createTable('categories')
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('archived', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('categories_pk', ['organization_id', 'key'])
    .execute();

  await db.schema
    .createTable('parties')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('email', 'text')
    .addColumn('phone', 'text')
    .addColumn('phone_digits', 'text')
    .addColumn('notes', 'text')
    .addColumn('tags', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('parties_org_name')
    .on('parties')
    .columns(['organization_id', 'name'])
    .execute();
  await db.schema
    .createIndex('parties_org_email')
    .on('parties')
    .columns(['organization_id', 'email'])
    .execute();
  await db.schema
    .createIndex('parties_org_phone')
    .on('parties')
    .columns(['organization_id', 'phone_digits'])
    .execute();

  let situations = db.schema.createTable('situations');
  // SQLite's full-text index refers to rows by an integer key that must survive VACUUM,
  // so SQLite gets an explicit INTEGER PRIMARY KEY; the text id stays the public key.
  situations = pg
    ? situations.addColumn('id', 'text', (c) => c.primaryKey())
    : situations
        .addColumn('rid', 'integer', (c) => c.primaryKey().autoIncrement())
        .addColumn('id', 'text', (c) => c.notNull().unique());
  await situations
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('account', 'text')
    .addColumn('channel', 'text')
    .addColumn('live', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('party_id', 'text', (c) => c.references('parties.id'))
    .addColumn('party_name', 'text')
    .addColumn('location_id', 'text', (c) => c.references('locations.id'))
    .addColumn('category', 'text')
    .addColumn('severity', 'text')
    .addColumn('mood', 'text')
    .addColumn('owner_id', 'text', (c) => c.references('users.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('opened_at', ts, (c) => c.notNull())
    .addColumn('resolved_at', ts)
    .addColumn('closed_at', ts)
    .addColumn('updated_at', ts, (c) => c.notNull())
    .addColumn('opened_by', 'text', (c) => c.references('users.id'))
    .addColumn('event_count', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();

  // The inbox always filters by organisation and pages by (time, id); the filters that are
  // selective enough to need it get an index ending in that sort key, so a page is read in
  // order instead of sorted. Broad filters (location, category, mood…) scan the time index
  // until a page is full, which is cheaper than keeping an index for each on every write.
  const inboxIndexes: Array<[string, string[]]> = [
    ['situations_org_opened', ['organization_id', 'opened_at', 'id']],
    ['situations_org_updated', ['organization_id', 'updated_at', 'id']],
    ['situations_org_status', ['organization_id', 'status', 'opened_at', 'id']],
    ['situations_org_owner', ['organization_id', 'owner_id', 'opened_at', 'id']],
    ['situations_party', ['party_id']],
  ];
  for (const [name, columns] of inboxIndexes) {
    await db.schema.createIndex(name).on('situations').columns(columns).execute();
  }

  if (pg) {
    await sql`
      ALTER TABLE situations ADD COLUMN search tsvector GENERATED ALWAYS AS (
        to_tsvector('simple', coalesce(title, '') || ' ' || coalesce(account, '') || ' ' || coalesce(party_name, ''))
      ) STORED`.execute(db);
    await sql`CREATE INDEX situations_search ON situations USING gin (search)`.execute(db);
  } else {
    await sql`
      CREATE VIRTUAL TABLE situations_fts USING fts5(
        title, account, party_name,
        content = 'situations', content_rowid = 'rid',
        tokenize = 'unicode61 remove_diacritics 2',
        -- Search needs which words a field holds, not where: column detail keeps the index
        -- small, and prefix indexes answer "marg*" without scanning every term.
        detail = column, prefix = '2 3 4'
      )`.execute(db);
    await sql`
      CREATE TRIGGER situations_fts_insert AFTER INSERT ON situations BEGIN
        INSERT INTO situations_fts (rowid, title, account, party_name)
        VALUES (new.rid, new.title, new.account, new.party_name);
      END`.execute(db);
    await sql`
      CREATE TRIGGER situations_fts_delete AFTER DELETE ON situations BEGIN
        INSERT INTO situations_fts (situations_fts, rowid, title, account, party_name)
        VALUES ('delete', old.rid, old.title, old.account, old.party_name);
      END`.execute(db);
    await sql`
      CREATE TRIGGER situations_fts_update AFTER UPDATE OF title, account, party_name ON situations BEGIN
        INSERT INTO situations_fts (situations_fts, rowid, title, account, party_name)
        VALUES ('delete', old.rid, old.title, old.account, old.party_name);
        INSERT INTO situations_fts (rowid, title, account, party_name)
        VALUES (new.rid, new.title, new.account, new.party_name);
      END`.execute(db);
  }

  await db.schema
    .createTable('situation_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', (c) => c.notNull())
    .addColumn('situation_id', 'text', (c) =>
      c.notNull().references('situations.id').onDelete('cascade'),
    )
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('at', ts, (c) => c.notNull())
    .addColumn('actor_id', 'text')
    .addColumn('data', 'text', (c) => c.notNull())
    .addUniqueConstraint('situation_events_seq', ['situation_id', 'seq'])
    .execute();

  await db.schema
    .createTable('idempotency_keys')
    .addColumn('principal', 'text', (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('method', 'text', (c) => c.notNull())
    .addColumn('path', 'text', (c) => c.notNull())
    .addColumn('status_code', 'integer', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('created_at', ts, (c) => c.notNull())
    .addPrimaryKeyConstraint('idempotency_keys_pk', ['principal', 'key'])
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('The foundation migration cannot be undone; restore a backup instead.');
}
