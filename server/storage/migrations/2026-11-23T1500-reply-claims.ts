import type { Kysely } from 'kysely';
import { timestampType } from './dialect';

/**
 * When a runner took a reply to send it: a reply left "sending" by a runner that stopped
 * mid-way can be taken up again once that is long enough ago.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- migrations are frozen in time and must not depend on today's schema types */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('replies').addColumn('claimed_at', timestampType(db)).execute();
}
