import type { Kysely } from 'kysely';
import type { DB } from '../schema';

export interface StoredResponse {
  method: string;
  path: string;
  statusCode: number;
  body: string;
}

export function idempotencyQueries(db: Kysely<DB>) {
  return {
    async find(principal: string, key: string): Promise<StoredResponse | undefined> {
      const row = await db
        .selectFrom('idempotency_keys')
        .select(['method', 'path', 'status_code', 'body'])
        .where('principal', '=', principal)
        .where('key', '=', key)
        .executeTakeFirst();
      return (
        row && { method: row.method, path: row.path, statusCode: row.status_code, body: row.body }
      );
    },

    /**
     * Claims a key for a request about to run (status 0 until its answer is stored). Only one
     * request can hold a key: true when this one got it.
     */
    async reserve(principal: string, key: string, method: string, path: string, at: string) {
      const result = await db
        .insertInto('idempotency_keys')
        .values({ principal, key, method, path, status_code: 0, body: '', created_at: at })
        .onConflict((oc) => oc.columns(['principal', 'key']).doNothing())
        .executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
    },

    /** Takes over a claim whose request never finished (the process stopped half-way). */
    async takeOverAbandoned(principal: string, key: string, olderThan: string, at: string) {
      const result = await db
        .updateTable('idempotency_keys')
        .set({ created_at: at })
        .where('principal', '=', principal)
        .where('key', '=', key)
        .where('status_code', '=', 0)
        .where('created_at', '<', olderThan)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    async complete(principal: string, key: string, response: StoredResponse) {
      await db
        .updateTable('idempotency_keys')
        .set({ status_code: response.statusCode, body: response.body })
        .where('principal', '=', principal)
        .where('key', '=', key)
        .execute();
    },

    /** A request that failed gives its key back, so a corrected retry can run. */
    async release(principal: string, key: string) {
      await db
        .deleteFrom('idempotency_keys')
        .where('principal', '=', principal)
        .where('key', '=', key)
        .where('status_code', '=', 0)
        .execute();
    },
  };
}
