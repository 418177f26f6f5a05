import PgBoss from 'pg-boss';
import {
  DEFAULT_RETRY,
  JOB_NAMES,
  type JobFailure,
  type JobHandlers,
  type JobLog,
  type RetryPolicy,
  type Scheduler,
} from './scheduler';

/** pg-boss names schemas itself; ours must be a plain identifier to go into its SQL. */
const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * The scheduler on PostgreSQL: pg-boss, so every app instance on the database shares the
 * work and SKIP LOCKED hands each job to exactly one of them. Jobs are sent on the caller's
 * transaction, so a rolled-back change leaves no job behind.
 */
export async function pgBossScheduler(options: {
  connectionString: string;
  schema?: string;
  pollSeconds?: number;
  retry?: RetryPolicy;
  onError?: (error: Error) => void;
}): Promise<Scheduler> {
  const schema = options.schema ?? 'pgboss';
  if (!SCHEMA_NAME.test(schema)) throw new Error(`Not a usable schema name for jobs: "${schema}"`);
  const retry = options.retry ?? DEFAULT_RETRY;
  const boss = new PgBoss({
    connectionString: options.connectionString,
    schema,
    max: 4,
    // Failed jobs stay where owners can see them for a month.
    archiveFailedAfterSeconds: 30 * 24 * 3600,
  });
  boss.on('error', (error) => options.onError?.(error));
  await boss.start();
  for (const name of JOB_NAMES) {
    if (!(await boss.getQueue(name))) {
      await boss
        .createQueue(name, {
          name,
          retryLimit: retry.retries,
          retryDelay: retry.delaySeconds,
          retryBackoff: true,
        })
        // Another instance starting at the same moment may have created it first.
        .catch(async (error: unknown) => {
          if (!(await boss.getQueue(name))) throw error;
        });
    }
  }
  const workers: string[] = [];

  return {
    retry,
    async schedule(store, job) {
      await boss.send(job.name, job.data, {
        startAfter: new Date(job.runAt),
        retryLimit: retry.retries,
        retryDelay: retry.delaySeconds,
        retryBackoff: true,
        db: store.raw,
      });
    },

    async start(handlers: JobHandlers, log: JobLog) {
      for (const name of JOB_NAMES) {
        workers.push(
          await boss.work<Record<string, unknown>>(
            name,
            { pollingIntervalSeconds: options.pollSeconds ?? 2, batchSize: 1 },
            async ([job]) => {
              if (!job) return;
              try {
                await handlers[name](job.data);
              } catch (error) {
                log.error({ err: error, job: job.id, name }, 'job failed');
                throw error;
              }
            },
          ),
        );
      }
    },

    async stop() {
      await boss.stop({ graceful: true, wait: true, close: true, timeout: 10_000 });
    },

    async failures(organizationId, limit): Promise<JobFailure[]> {
      const db = boss.getDb();
      const columns = `id, name, data, output, retry_count, completed_on`;
      const { rows } = await db.executeSql(
        `SELECT * FROM (
           SELECT ${columns} FROM ${schema}.job WHERE state = 'failed' AND data->>'organizationId' = $1
           UNION ALL
           SELECT ${columns} FROM ${schema}.archive WHERE state = 'failed' AND data->>'organizationId' = $1
         ) failed ORDER BY completed_on DESC LIMIT $2`,
        [organizationId, limit],
      );
      return (rows as FailedRow[]).map((r) => ({
        id: r.id,
        name: r.name,
        data: r.data,
        error: messageOf(r.output),
        attempts: Number(r.retry_count) + 1,
        failedAt: r.completed_on ? new Date(r.completed_on).toISOString() : null,
      }));
    },
  };
}

interface FailedRow {
  id: string;
  name: string;
  data: Record<string, unknown>;
  output: unknown;
  retry_count: number;
  completed_on: string | Date | null;
}

/** pg-boss keeps a failed handler's error as its output. */
function messageOf(output: unknown): string | null {
  if (output && typeof output === 'object') {
    const o = output as { message?: unknown; value?: { message?: unknown } };
    if (typeof o.message === 'string') return o.message;
    if (typeof o.value?.message === 'string') return o.value.message;
  }
  return output == null ? null : JSON.stringify(output);
}
