import type { Kysely } from 'kysely';
import { timestampType } from './dialect';

/**
 * Playbooks: an organisation's own (cloned and edited) playbooks with every saved version,
 * the default per organisation and per category, and on each situation the playbook version
 * it started with and its progress through it (the cached projection of its step events).
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- migrations are frozen in time and must not depend on today's schema types */
export async function up(db: Kysely<any>): Promise<void> {
  const ts = timestampType(db);

  await db.schema
    .createTable('playbooks')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('current_version', 'integer', (c) => c.notNull())
    .addColumn('archived', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .addUniqueConstraint('playbooks_org_key', ['organization_id', 'key'])
    .execute();

  // Every saved version stays: situations run on the version they started with. Built-in
  // playbooks are stored here too (organization_id null) the first time a situation uses them.
  await db.schema
    .createTable('playbook_versions')
    .addColumn('playbook_id', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('organization_id', 'text', (c) => c.references('organizations.id'))
    .addColumn('document', 'text', (c) => c.notNull())
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addPrimaryKeyConstraint('playbook_versions_pk', ['playbook_id', 'version'])
    .execute();

  await db.schema.alterTable('organizations').addColumn('default_playbook_id', 'text').execute();
  await db.schema.alterTable('categories').addColumn('playbook_id', 'text').execute();

  // Situations opened before playbooks existed start on the built-in method at its first step.
  const initialProgress = JSON.stringify({
    steps: {},
    focus: null,
    currentStep: 'listen',
    currentSince: null,
    outcome: null,
    firstResponseAt: null,
  });
  for (const [column, type, fallback] of [
    ['playbook_id', 'text', 'builtin-default'],
    ['playbook_version', 'integer', 1],
    ['progress', 'text', initialProgress],
  ] as const) {
    await db.schema
      .alterTable('situations')
      .addColumn(column, type, (c) => c.notNull().defaultTo(fallback))
      .execute();
  }
  await db.schema.alterTable('situations').addColumn('current_step', 'text').execute();
}

export async function down(): Promise<void> {
  throw new Error('The playbooks migration cannot be undone; restore a backup instead.');
}
