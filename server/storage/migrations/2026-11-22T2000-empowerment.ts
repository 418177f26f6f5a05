import type { Kysely } from 'kysely';
import { timestampType } from './dialect';

/**
 * Making it up: the gesture catalogue, the limits and budgets owners set, each gesture asked
 * for (granted, waiting for approval, denied, reversed) and the ledger, whose entries are
 * only ever added.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- migrations are frozen in time and must not depend on today's schema types */
export async function up(db: Kysely<any>): Promise<void> {
  const ts = timestampType(db);

  await db.schema
    .alterTable('organizations')
    .addColumn('currency', 'text', (c) => c.notNull().defaultTo('EUR'))
    .execute();

  await db.schema
    .createTable('gesture_catalog')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('default_value_minor', 'integer', (c) => c.notNull())
    .addColumn('cost_minor', 'integer', (c) => c.notNull())
    .addColumn('percent', 'integer')
    .addColumn('fits_categories', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('fits_wants', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('gesture_catalog_org')
    .on('gesture_catalog')
    .column('organization_id')
    .execute();

  // subject: "role:staff", "role:manager", "role:owner" or "member:<user id>".
  await db.schema
    .createTable('empowerment_limits')
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('per_situation_minor', 'integer')
    .addColumn('per_period_minor', 'integer')
    .addColumn('period', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('empowerment_limits_pk', ['organization_id', 'subject'])
    .execute();

  await db.schema
    .createTable('location_budgets')
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('location_id', 'text', (c) => c.notNull().references('locations.id'))
    .addColumn('monthly_minor', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('location_budgets_pk', ['organization_id', 'location_id'])
    .execute();

  await db.schema
    .createTable('gestures')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('situation_id', 'text', (c) => c.notNull().references('situations.id'))
    .addColumn('location_id', 'text', (c) => c.references('locations.id'))
    .addColumn('requester_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('catalog_item_id', 'text', (c) => c.references('gesture_catalog.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('amount_minor', 'integer', (c) => c.notNull())
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('needs', 'text')
    .addColumn('why', 'text')
    .addColumn('decided_by', 'text', (c) => c.references('users.id'))
    .addColumn('decision_note', 'text')
    .addColumn('granted_at', ts)
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .execute();
  for (const [name, columns] of [
    ['gestures_org_status', ['organization_id', 'status', 'created_at']],
    ['gestures_org_location_granted', ['organization_id', 'location_id', 'granted_at']],
    ['gestures_org_requester_granted', ['organization_id', 'requester_id', 'granted_at']],
    ['gestures_situation', ['situation_id']],
  ] as const) {
    await db.schema
      .createIndex(name)
      .on('gestures')
      .columns([...columns])
      .execute();
  }

  await db.schema
    .createTable('ledger_entries')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('gesture_id', 'text', (c) => c.notNull().references('gestures.id'))
    .addColumn('situation_id', 'text', (c) => c.notNull())
    .addColumn('location_id', 'text')
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('requester_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('amount_minor', 'integer', (c) => c.notNull())
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('at', ts, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('ledger_org_at')
    .on('ledger_entries')
    .columns(['organization_id', 'at', 'id'])
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('The empowerment migration cannot be undone; restore a backup instead.');
}
