import type { Kysely } from 'kysely';
import { timestampType } from './dialect';

/**
 * Tasks, promises and follow-ups. A situation keeps its tasks (JSON, part of its projection)
 * and when its follow-up is due; `situation_tasks` repeats each task as a row so "my tasks"
 * and "overdue" are one indexed query across situations.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- migrations are frozen in time and must not depend on today's schema types */
export async function up(db: Kysely<any>): Promise<void> {
  const ts = timestampType(db);
  await db.schema
    .alterTable('organizations')
    .addColumn('follow_up_after_hours', 'integer', (c) => c.notNull().defaultTo(48))
    .execute();
  await db.schema
    .alterTable('situations')
    .addColumn('tasks', 'text', (c) => c.notNull().defaultTo('[]'))
    .execute();
  await db.schema.alterTable('situations').addColumn('follow_up_due_at', ts).execute();
  await db.schema
    .createIndex('situations_follow_up_due')
    .on('situations')
    .columns(['organization_id', 'follow_up_due_at'])
    .execute();

  await db.schema
    .createTable('situation_tasks')
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('situation_id', 'text', (c) => c.notNull().references('situations.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('what', 'text', (c) => c.notNull())
    .addColumn('assignee_id', 'text')
    .addColumn('due_at', ts, (c) => c.notNull())
    .addColumn('done_at', ts)
    .addPrimaryKeyConstraint('situation_tasks_pk', ['situation_id', 'id'])
    .execute();
  await db.schema
    .createIndex('situation_tasks_assignee')
    .on('situation_tasks')
    .columns(['organization_id', 'assignee_id', 'due_at'])
    .execute();
  await db.schema
    .createIndex('situation_tasks_due')
    .on('situation_tasks')
    .columns(['organization_id', 'due_at'])
    .execute();
}
