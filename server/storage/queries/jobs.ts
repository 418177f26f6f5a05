import { CompiledQuery, type Kysely } from 'kysely';
import { literalLimit } from '../prepared';
import type { DB, JobsTable } from '../schema';

export interface JobRow {
  id: string;
  organizationId: string;
  name: string;
  data: Record<string, unknown>;
  runAt: string;
  attempts: number;
  lastError: string | null;
  finishedAt: string | null;
}

function toJob(r: Omit<JobsTable, 'attempts'> & { attempts: number }): JobRow {
  return {
    id: r.id,
    organizationId: r.organization_id,
    name: r.name,
    data: JSON.parse(r.data) as Record<string, unknown>,
    runAt: r.run_at,
    attempts: Number(r.attempts),
    lastError: r.last_error,
    finishedAt: r.finished_at,
  };
}

/** The SQLite job table (server/jobs/table-scheduler.ts); PostgreSQL uses pg-boss. */
export function jobQueries(db: Kysely<DB>) {
  return {
    async insert(job: {
      id: string;
      organizationId: string;
      name: string;
      data: Record<string, unknown>;
      runAt: string;
      createdAt: string;
    }): Promise<void> {
      await db
        .insertInto('jobs')
        .values({
          id: job.id,
          organization_id: job.organizationId,
          name: job.name,
          data: JSON.stringify(job.data),
          run_at: job.runAt,
          state: 'pending',
          created_at: job.createdAt,
        })
        .execute();
    },

    /** Jobs left running by a process that stopped mid-way go back in the queue. */
    async releaseRunning(): Promise<void> {
      await db
        .updateTable('jobs')
        .set({ state: 'pending' })
        .where('state', '=', 'running')
        .execute();
    },

    async due(now: string, limit: number): Promise<JobRow[]> {
      const rows = await db
        .selectFrom('jobs')
        .selectAll()
        .where('state', '=', 'pending')
        .where('run_at', '<=', now)
        .orderBy('run_at')
        .orderBy('id')
        .limit(literalLimit(limit))
        .execute();
      return rows.map(toJob);
    },

    /** Takes a pending job for this runner; false when another took it first. */
    async claim(id: string): Promise<boolean> {
      const result = await db
        .updateTable('jobs')
        .set({ state: 'running' })
        .where('id', '=', id)
        .where('state', '=', 'pending')
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    async finish(id: string, at: string): Promise<void> {
      await db
        .updateTable('jobs')
        .set({ state: 'done', finished_at: at })
        .where('id', '=', id)
        .execute();
    },

    /** A failed attempt: tried again at `retryAt`, or, with null, failed for good. */
    async fail(id: string, error: string, retryAt: string | null, at: string): Promise<void> {
      await db
        .updateTable('jobs')
        .set((eb) => ({
          attempts: eb('attempts', '+', 1),
          last_error: error,
          ...(retryAt
            ? { state: 'pending' as const, run_at: retryAt }
            : { state: 'failed' as const, finished_at: at }),
        }))
        .where('id', '=', id)
        .execute();
    },

    async failed(organizationId: string, limit: number): Promise<JobRow[]> {
      const rows = await db
        .selectFrom('jobs')
        .selectAll()
        .where('organization_id', '=', organizationId)
        .where('state', '=', 'failed')
        .orderBy('finished_at', 'desc')
        .limit(literalLimit(limit))
        .execute();
      return rows.map(toJob);
    },
  };
}

/** Raw SQL on this store's connection or transaction, for libraries that bring their own. */
export function rawExecutor(db: Kysely<DB>) {
  return {
    async executeSql(text: string, values: unknown[]): Promise<{ rows: unknown[] }> {
      const result = await db.executeQuery(CompiledQuery.raw(text, values));
      return { rows: result.rows as unknown[] };
    },
  };
}
