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

    /** First writer wins: a concurrent retry with the same key keeps the first answer. */
    async save(principal: string, key: string, response: StoredResponse, at: string) {
      await db
        .insertInto('idempotency_keys')
        .values({
          principal,
          key,
          method: response.method,
          path: response.path,
          status_code: response.statusCode,
          body: response.body,
          created_at: at,
        })
        .onConflict((oc) => oc.columns(['principal', 'key']).doNothing())
        .execute();
    },
  };
}
